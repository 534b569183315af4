// Platform origins the user worked with lately, newest first. Origins only: no logins, no tokens.

import { parsePlatformOrigin } from '../platform/origin';
import type { MetadataStorage } from './accountStore';

const KEY = 'vap.recentPlatforms';
const MAX = 5;

export class RecentPlatforms {
  readonly #storage: MetadataStorage;
  constructor(storage: MetadataStorage) {
    this.#storage = storage;
  }

  list(): string[] {
    const stored = this.#storage.get<unknown>(KEY);
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
  }

  async remember(address: string): Promise<void> {
    const origin = parsePlatformOrigin(address);
    await this.#storage.update(KEY, [origin, ...this.list().filter((item) => item !== origin)].slice(0, MAX));
  }
}
