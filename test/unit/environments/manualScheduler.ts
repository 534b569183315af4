// A Scheduler whose time moves only when a test says so: polling and backoff are driven without sleeping, and a
// test can prove that nothing is pending. Also used by the integration suites (through the extension's API).

import type { Scheduler, TimerHandle } from '../../../src/environments/model/scheduler';

interface Timer {
  readonly due: number;
  readonly seq: number;
  readonly callback: () => void;
  cancelled: boolean;
}

export class ManualScheduler implements Scheduler {
  private time = 0;
  private seq = 0;
  private timers: Timer[] = [];
  private waiters: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  now(): number {
    return this.time;
  }

  schedule(ms: number, callback: () => void): TimerHandle {
    const timer: Timer = { due: this.time + Math.max(0, ms), seq: this.seq++, callback, cancelled: false };
    this.timers.push(timer);
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
    for (const listener of [...this.listeners]) listener();
    return {
      cancel: () => {
        timer.cancelled = true;
        this.timers = this.timers.filter((candidate) => candidate !== timer);
      },
    };
  }

  /** Timers waiting to fire. */
  get pending(): number {
    return this.timers.length;
  }

  /** The delays (from now) of the pending timers, soonest first. */
  get pendingDelays(): number[] {
    return this.sorted().map((timer) => timer.due - this.time);
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way (in order), and timers they schedule. */
  advance(ms: number): number {
    const target = this.time + ms;
    let fired = 0;
    for (;;) {
      const next = this.sorted()[0];
      if (!next || next.due > target) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.due;
      fired += 1;
      next.callback();
    }
    this.time = target;
    return fired;
  }

  /** Jumps to the next timer and fires it (and any due at the same moment); false when nothing is pending. */
  runNext(): boolean {
    const next = this.sorted()[0];
    if (!next) return false;
    this.advance(next.due - this.time);
    return true;
  }

  /** Calls `listener` whenever a timer is scheduled. */
  onDidSchedule(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves when a timer is pending (at once if one is). */
  whenPending(): Promise<void> {
    if (this.timers.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private sorted(): Timer[] {
    return [...this.timers].sort((a, b) => a.due - b.due || a.seq - b.seq);
  }
}
