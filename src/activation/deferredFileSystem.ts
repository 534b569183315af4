// A file system provider that is registered for its scheme at activation (so editors restored from a `vap:` URI
// and the `onFileSystem` activation event find it), while the real one arrives with the rest of the extension: the
// first call loads it.

import { vscode } from '../ui/vscodeApi';
import type { FileSystemSlot } from '../ui/slots';

export class DeferredFileSystemProvider implements vscode.FileSystemProvider, FileSystemSlot, vscode.Disposable {
  readonly #changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.#changes.event;
  #provider: vscode.FileSystemProvider | undefined;
  #forwarding: vscode.Disposable | undefined;
  readonly #load: () => Promise<unknown>;

  /** @param load brings in the code that attaches the real provider (once; later calls return the same). */
  constructor(load: () => Promise<unknown>) {
    this.#load = load;
  }

  attach(provider: vscode.FileSystemProvider): void {
    this.#provider = provider;
    this.#forwarding?.dispose();
    this.#forwarding = provider.onDidChangeFile((events) => this.#changes.fire(events));
  }

  async #real(): Promise<vscode.FileSystemProvider> {
    if (!this.#provider) await this.#load();
    if (!this.#provider) throw vscode.FileSystemError.Unavailable();
    return this.#provider;
  }

  watch(uri: vscode.Uri, options: { readonly recursive: boolean; readonly excludes: readonly string[] }): vscode.Disposable {
    // VS Code asks for a watch synchronously; it starts once the real provider is here and stops with the returned one.
    let watching: vscode.Disposable | undefined;
    let disposed = false;
    void this.#real().then(
      (provider) => {
        if (!disposed) watching = provider.watch(uri, options);
      },
      () => undefined,
    );
    return {
      dispose: () => {
        disposed = true;
        watching?.dispose();
      },
    };
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    return (await this.#real()).stat(uri);
  }

  async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    return (await this.#real()).readDirectory(uri);
  }

  async createDirectory(uri: vscode.Uri): Promise<void> {
    return (await this.#real()).createDirectory(uri);
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return (await this.#real()).readFile(uri);
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void> {
    return (await this.#real()).writeFile(uri, content, options);
  }

  async delete(uri: vscode.Uri, options: { readonly recursive: boolean }): Promise<void> {
    return (await this.#real()).delete(uri, options);
  }

  async rename(oldUri: vscode.Uri, newUri: vscode.Uri, options: { readonly overwrite: boolean }): Promise<void> {
    return (await this.#real()).rename(oldUri, newUri, options);
  }

  dispose(): void {
    this.#forwarding?.dispose();
    this.#changes.dispose();
  }
}
