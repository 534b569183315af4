// In-memory stand-ins for VS Code's Memento and SecretStorage, shaped like the parts AccountStore uses.

import type { MetadataStorage, SecretStore } from '../../../src/accounts/accountStore';

export class MemoryMemento implements MetadataStorage {
  readonly values = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    const value = this.values.get(key);
    // Like VS Code's Memento: what comes back went through JSON.
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
  }

  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }
}

/** A SecretStorage shared by several "windows": each store/delete fires onDidChange in every window. */
export class SharedSecrets {
  readonly values = new Map<string, string>();
  private readonly windows = new Set<(event: { key: string }) => unknown>();

  window(): SecretStore {
    return {
      get: async (key) => this.values.get(key),
      store: async (key, value) => {
        this.values.set(key, value);
        this.fire(key);
      },
      delete: async (key) => {
        this.values.delete(key);
        this.fire(key);
      },
      onDidChange: (listener) => {
        this.windows.add(listener);
        return { dispose: () => this.windows.delete(listener) };
      },
    };
  }

  private fire(key: string): void {
    for (const listener of [...this.windows]) listener({ key });
  }
}

export function sequentialIds(prefix = 'id'): () => string {
  let next = 1;
  return () => `${prefix}-${next++}`;
}
