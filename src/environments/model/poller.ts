// Polls only environments in a transitional state (Launching, Stopping, Creating…), one GetEnvInfo each, with
// backoff, until they settle. Nothing else is ever polled: with nothing transitional, no timer exists at all.

import { isTransitional } from '../../platform';
import { Disposable } from '../../util/emitter';
import { isTokenProblem } from './envErrors';
import { EnvironmentStore } from './environmentStore';
import { EnvLogger, EnvRef, refKey } from './storeTypes';
import { TimerHandle, Timing, nextDelay } from './scheduler';

interface Watch {
  readonly ref: EnvRef;
  delay: number;
  timer?: TimerHandle;
  inFlight: boolean;
}

export class TransitionPoller implements Disposable {
  readonly #watches = new Map<string, Watch>();
  readonly #subscription: Disposable;
  #disposed = false;

  readonly #store: EnvironmentStore;
  readonly #timing: Timing;
  readonly #log: EnvLogger;
  constructor(
    store: EnvironmentStore,
    timing: Timing,
    log: EnvLogger,
  ) {
    this.#store = store;
    this.#timing = timing;
    this.#log = log;
    this.#subscription = store.onDidChange(() => this.sync());
    this.sync();
  }

  /** Environments being watched right now (for tests and the log). */
  get watched(): EnvRef[] {
    return [...this.#watches.values()].map((watch) => watch.ref);
  }

  /** Starts watching what became transitional, stops watching what settled, went away or is busy with our action. */
  sync(): void {
    if (this.#disposed) return;
    const wanted = new Map<string, EnvRef>();
    for (const account of this.#store.accounts()) {
      if (this.#store.authFailed(account.id)) continue;
      for (const env of this.#store.view(account.id).envs) {
        const ref = { accountId: account.id, envName: env.envName };
        if (isTransitional(env.status) && !this.#store.busy(ref)) wanted.set(refKey(ref), ref);
      }
    }
    for (const [key, watch] of this.#watches) {
      if (wanted.has(key)) continue;
      watch.timer?.cancel();
      this.#watches.delete(key);
    }
    for (const [key, ref] of wanted) {
      if (this.#watches.has(key)) continue;
      const watch: Watch = { ref, delay: Math.min(this.#timing.pollInitialMs, this.#timing.pollMaxMs), inFlight: false };
      this.#watches.set(key, watch);
      this.#schedule(watch);
    }
  }

  /** Moves pending timers to the current scheduler (tests swap it). */
  reschedule(): void {
    for (const watch of this.#watches.values()) {
      if (!watch.timer) continue;
      watch.timer.cancel();
      this.#schedule(watch);
    }
  }

  dispose(): void {
    this.#disposed = true;
    this.#subscription.dispose();
    for (const watch of this.#watches.values()) watch.timer?.cancel();
    this.#watches.clear();
  }

  #schedule(watch: Watch): void {
    watch.timer = this.#timing.scheduler.schedule(watch.delay, () => void this.#poll(watch));
  }

  async #poll(watch: Watch): Promise<void> {
    watch.timer = undefined;
    watch.inFlight = true;
    const key = refKey(watch.ref);
    let stop = false;
    try {
      stop = (await this.#store.refreshEnvironment(watch.ref)) === undefined;
    } catch (error) {
      // The token cannot read it: polling again will not help until the token changes.
      stop = isTokenProblem(error);
      this.#log.debug(`Polling ${watch.ref.envName} failed${stop ? '; stopped until the token changes' : '; will try again'}`);
    } finally {
      watch.inFlight = false;
    }
    if (this.#disposed || this.#watches.get(key) !== watch) return;
    if (stop) {
      this.#watches.delete(key);
      return;
    }
    // Still transitional (sync() drops the watch as soon as the refreshed state settles).
    watch.delay = nextDelay(watch.delay, this.#timing);
    this.#schedule(watch);
  }
}
