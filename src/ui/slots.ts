// What a feature plugs into at activation: command handlers and the real provider of a tree view. Both are made before
// the feature's code loads (src/activation/), so the feature only sees these two small interfaces.

import type { vscode } from './vscodeApi';

/** Handlers for command ids that are already registered with VS Code. */
export interface CommandRegistry {
  register<A extends unknown[]>(id: string, handler: (...args: A) => unknown): vscode.Disposable;
}

/** A tree view that exists since activation, waiting for its real data provider. */
export interface TreeSlot<T> {
  readonly view: vscode.TreeView<T>;
  attach(provider: vscode.TreeDataProvider<T>): void;
}

/** A file system registered for its scheme since activation, waiting for its real provider. */
export interface FileSystemSlot {
  attach(provider: vscode.FileSystemProvider): void;
}
