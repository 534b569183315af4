// Which environments an action of ours runs on right now (the rows say "Stopping…", a second click sends nothing).

import type { BusyState } from './envState';
import { EnvRef, refKey } from './storeTypes';

export class BusyMarks {
  readonly #states = new Map<string, { readonly ref: EnvRef; readonly state: BusyState }>();

  get(ref: EnvRef): BusyState | undefined {
    return this.#states.get(refKey(ref))?.state;
  }

  refs(): EnvRef[] {
    return [...this.#states.values()].map(({ ref }) => ref);
  }

  /** @returns whether anything changed */
  set(ref: EnvRef, state: BusyState | undefined): boolean {
    const key = refKey(ref);
    if (!state) return this.#states.delete(key);
    this.#states.set(key, { ref: { accountId: ref.accountId, envName: ref.envName }, state });
    return true;
  }

  forgetAccount(accountId: string): void {
    for (const [key, { ref }] of this.#states) if (ref.accountId === accountId) this.#states.delete(key);
  }

  clear(): void {
    this.#states.clear();
  }
}
