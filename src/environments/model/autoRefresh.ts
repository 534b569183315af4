// The optional auto-refresh (setting `vap.autoRefreshSeconds`, 0 = off): one GetEnvs per shown account every N
// seconds, but only while the window has focus and the Environments view is visible. Off, it holds no timer.

import { Disposable } from '../../util/emitter';
import { EnvironmentStore } from './environmentStore';
import { TimerHandle, Timing } from './scheduler';

/** Shorter intervals than this are raised to it: a platform is not a chat server. */
export const AUTO_REFRESH_MIN_SECONDS = 10;

/** The interval in ms for a setting value; 0 (off) for 0, negatives and garbage. */
export function autoRefreshIntervalMs(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.max(seconds, AUTO_REFRESH_MIN_SECONDS) * 1000;
}

export class AutoRefresh implements Disposable {
  #timer?: TimerHandle;
  #running = false;
  #disposed = false;

  readonly #store: EnvironmentStore;
  readonly #timing: Timing;
  /** The setting's value, in seconds. */
  readonly #seconds: () => unknown;
  /** Window focused and the view visible. */
  readonly #active: () => boolean;
  constructor(store: EnvironmentStore, timing: Timing, seconds: () => unknown, active: () => boolean) {
    this.#store = store;
    this.#timing = timing;
    this.#seconds = seconds;
    this.#active = active;
  }

  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  /** Re-evaluates after a change of the setting, the window focus or the view's visibility. */
  update(): void {
    const interval = autoRefreshIntervalMs(this.#seconds());
    const wanted = !this.#disposed && interval > 0 && this.#active();
    if (!wanted) {
      this.#timer?.cancel();
      this.#timer = undefined;
      return;
    }
    if (!this.#timer && !this.#running) this.#timer = this.#timing.scheduler.schedule(interval, () => void this.#tick());
  }

  /** Moves a pending timer to the current scheduler. */
  reschedule(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
    this.update();
  }

  dispose(): void {
    this.#disposed = true;
    this.#timer?.cancel();
    this.#timer = undefined;
  }

  async #tick(): Promise<void> {
    this.#timer = undefined;
    if (!this.#active()) return;
    this.#running = true;
    try {
      await this.#store.reload({ onlyLoaded: true });
    } finally {
      this.#running = false;
    }
    this.update();
  }
}
