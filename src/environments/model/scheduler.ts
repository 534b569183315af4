// Time, made injectable: every timer of the Environments feature (polling, backoff, auto-refresh) goes through a
// Scheduler, so tests drive time with a manual scheduler instead of sleeping, and can prove that nothing is pending.

export interface TimerHandle {
  cancel(): void;
}

export interface Scheduler {
  /** Milliseconds on this scheduler's clock. */
  now(): number;
  /** Runs `callback` once after `ms`; cancel() before that prevents it. */
  schedule(ms: number, callback: () => void): TimerHandle;
}

export const realScheduler: Scheduler = {
  now: () => Date.now(),
  schedule(ms, callback) {
    const timer = setTimeout(callback, Math.max(0, ms));
    return { cancel: () => clearTimeout(timer) };
  },
};

/** Polling and watching: how often, and for how long. All values in milliseconds. */
export interface Timing {
  scheduler: Scheduler;
  /** First poll of an environment in a transitional state. */
  pollInitialMs: number;
  /** Each further poll waits this much longer… */
  pollFactor: number;
  /** …up to this. */
  pollMaxMs: number;
  /** After a long request was cut, keep watching the state this long before giving up. */
  watchMaxMs: number;
  /**
   * A deadline on this scheduler for the blocking Start/Stop/Sleep/Restart call; past it the call counts as timed out
   * (outcome unknown: the state is watched, nothing is re-sent). Unset: only the platform client's own action timeout.
   */
  actionTimeoutMs?: number;
}

export function defaultTiming(): Timing {
  return { scheduler: realScheduler, pollInitialMs: 2_000, pollFactor: 1.5, pollMaxMs: 30_000, watchMaxMs: 30 * 60_000 };
}

/** The delay after `current`: ×factor, capped. */
export function nextDelay(current: number, timing: Pick<Timing, 'pollFactor' | 'pollMaxMs'>): number {
  return Math.min(Math.round(current * timing.pollFactor), timing.pollMaxMs);
}

/** The first `count` delays of the backoff, e.g. 2 s, 3 s, 4.5 s, … 30 s, 30 s. */
export function backoffDelays(count: number, timing: Pick<Timing, 'pollInitialMs' | 'pollFactor' | 'pollMaxMs'>): number[] {
  const delays: number[] = [];
  let delay = Math.min(timing.pollInitialMs, timing.pollMaxMs);
  for (let index = 0; index < count; index++) {
    delays.push(delay);
    delay = nextDelay(delay, timing);
  }
  return delays;
}

/** Resolves after `ms` on the scheduler; rejects with the signal's reason when aborted first. */
export function wait(scheduler: Scheduler, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new WaitAborted());
    const onAbort = (): void => {
      handle.cancel();
      reject(new WaitAborted());
    };
    const handle = scheduler.schedule(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class WaitAborted extends Error {
  constructor() {
    super('aborted');
    this.name = 'WaitAborted';
  }
}
