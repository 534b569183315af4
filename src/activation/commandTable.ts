// Every command is registered when the extension activates, so the palette, menus and keybindings can run it at
// once; most handlers come with the rest of the extension (src/activation/features.ts), loaded the first time one is needed.

import { vscode } from '../ui/vscodeApi';

type Handler = (...args: never[]) => unknown;

/** Runs one command as an operation (e.g. keeps the secrets it uses masked until its error has been reported). */
export type OperationScope = (run: () => Promise<unknown>) => Promise<unknown>;

export class CommandTable implements vscode.Disposable {
  readonly #handlers = new Map<string, Handler>();
  readonly #load: () => Promise<unknown>;
  readonly #scope: OperationScope;

  /**
   * @param load brings in the code that registers the remaining handlers (once; later calls return the same).
   * @param scope wraps every command run, from the palette, a menu or another extension.
   */
  constructor(load: () => Promise<unknown>, scope: OperationScope = (run) => run()) {
    this.#load = load;
    this.#scope = scope;
  }

  /** Registers the ids with VS Code; a call waits for the handler's code when it is not loaded yet. */
  registerAll(ids: readonly string[]): vscode.Disposable[] {
    return ids.map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) =>
        this.#scope(async () => {
          if (!this.#handlers.has(id)) await this.#load();
          const handler = this.#handlers.get(id);
          if (handler === undefined) throw new Error(`The command ${id} has no handler.`);
          return (handler as (...args: unknown[]) => unknown)(...args);
        }),
      ),
    );
  }

  /** Same shape as `vscode.commands.registerCommand`, for an id given to registerAll. */
  register<A extends unknown[]>(id: string, handler: (...args: A) => unknown): vscode.Disposable {
    this.#handlers.set(id, handler as Handler);
    return {
      dispose: () => {
        if (this.#handlers.get(id) === handler) this.#handlers.delete(id);
      },
    };
  }

  /** Whether a handler is registered for the id (the loaded extension has one for every command). */
  has(id: string): boolean {
    return this.#handlers.has(id);
  }

  dispose(): void {
    this.#handlers.clear();
  }
}
