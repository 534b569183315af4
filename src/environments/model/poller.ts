// Polls only accounts that have an environment in a transitional state (Launching, Stopping, Creating…), with backoff,
// until everything settles: ONE GetEnvs per account per interval, however many of its environments are transitional
// (platform-api.md: GetEnvs answers `infos[]`, each shaped like GetEnvInfo's answer [C]). Nothing else is ever
// polled: with nothing transitional, no timer exists at all.

import { isTransitional } from '../../platform';
import { Disposable } from '../../util/emitter';
import type { EnvironmentStore } from './environmentStore';
import { isTokenProblem } from './envErrors';
import type { EnvLogger, EnvRef } from './storeTypes';
import { TimerHandle, Timing, nextDelay } from './scheduler';

interface Watch {
  readonly accountId: string;
  /** The transitional environments the last sync saw. */
  envNames: Set<string>;
  delay: number;
  timer?: TimerHandle;
  inFlight: boolean;
  /** Set when something started moving while a poll was in flight: the next wait is the first delay, not a longer one. */
  restart?: boolean;
}

export class TransitionPoller implements Disposable {
  /** By account id. */
  readonly #watches = new Map<string, Watch>();
  readonly #subscription: Disposable;
  #disposed = false;

  readonly #store: EnvironmentStore;
  readonly #timing: Timing;
  readonly #log: EnvLogger;
  constructor(store: EnvironmentStore, timing: Timing, log: EnvLogger) {
    this.#store = store;
    this.#timing = timing;
    this.#log = log;
    this.#subscription = store.onDidChange(() => this.sync());
    this.sync();
  }

  /** Environments being followed right now (for tests and the log). */
  get watched(): EnvRef[] {
    return [...this.#watches.values()].flatMap((watch) => [...watch.envNames].map((envName) => ({ accountId: watch.accountId, envName })));
  }

  /** Accounts polled right now: one timer, and one GetEnvs per tick, each. */
  get polledAccounts(): string[] {
    return [...this.#watches.keys()];
  }

  /**
   * Follows the accounts with something transitional that is not busy with our own action (the action follows its
   * environment itself); drops accounts where everything settled, went away, or whose token was refused.
   */
  sync(): void {
    if (this.#disposed) return;
    const wanted = new Map<string, Set<string>>();
    for (const account of this.#store.accounts()) {
      if (this.#store.authFailed(account.id)) continue;
      const names = new Set<string>();
      for (const env of this.#store.view(account.id).envs) {
        if (isTransitional(env.status) && !this.#store.busy({ accountId: account.id, envName: env.envName })) names.add(env.envName);
      }
      if (names.size > 0) wanted.set(account.id, names);
    }
    for (const [accountId, watch] of this.#watches) {
      if (wanted.has(accountId)) continue;
      watch.timer?.cancel();
      this.#watches.delete(accountId);
    }
    for (const [accountId, envNames] of wanted) {
      const watch = this.#watches.get(accountId);
      if (!watch) {
        const fresh: Watch = { accountId, envNames, delay: this.#firstDelay(), inFlight: false };
        this.#watches.set(accountId, fresh);
        this.#schedule(fresh);
        continue;
      }
      const started = [...envNames].some((envName) => !watch.envNames.has(envName));
      watch.envNames = envNames;
      // Something new started moving: look soon again, not at the end of a backed-off interval.
      if (started && (watch.delay > this.#firstDelay() || watch.inFlight)) {
        watch.delay = this.#firstDelay();
        if (watch.timer) {
          watch.timer.cancel();
          this.#schedule(watch);
        } else if (watch.inFlight) {
          watch.restart = true;
        }
      }
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

  #firstDelay(): number {
    return Math.min(this.#timing.pollInitialMs, this.#timing.pollMaxMs);
  }

  #schedule(watch: Watch): void {
    watch.timer = this.#timing.scheduler.schedule(watch.delay, () => void this.#poll(watch));
  }

  async #poll(watch: Watch): Promise<void> {
    watch.timer = undefined;
    watch.inFlight = true;
    let stop = false;
    try {
      await this.#store.pollAccount(watch.accountId);
    } catch (error) {
      // The token cannot read the list: polling again will not help until the token changes.
      stop = isTokenProblem(error);
      this.#log.debug(`Polling the environments of ${watch.accountId} failed${stop ? '; stopped until the token changes' : '; will try again'}`);
    } finally {
      watch.inFlight = false;
    }
    if (this.#disposed || this.#watches.get(watch.accountId) !== watch) return;
    if (stop) {
      this.#watches.delete(watch.accountId);
      return;
    }
    // Still something transitional (sync() drops the watch as soon as the account's environments settle).
    watch.delay = watch.restart ? this.#firstDelay() : nextDelay(watch.delay, this.#timing);
    watch.restart = false;
    this.#schedule(watch);
  }
}
