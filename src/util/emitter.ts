// A minimal event emitter shaped like vscode.EventEmitter, for the parts that run (and are unit-tested) without VS Code.

export interface Disposable {
  dispose(): void;
}

export type Event<T> = (listener: (event: T) => void) => Disposable;

export class Emitter<T> implements Disposable {
  readonly #listeners = new Set<(event: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  };

  fire(event: T): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch {
        // One failing listener must not keep the others from hearing about it.
      }
    }
  }

  dispose(): void {
    this.#listeners.clear();
  }
}
