// The simulator's clock. Everything time-based (operations, token and session expiry, lastUsed) reads it.
// `manual`: time stands still until a test calls advance()/set(); timers due by then fire in order, each seeing
// the clock at its own due time. `real`: wall time (plus any offset set by advance/set), timers fire by themselves.

export type ClockMode = 'real' | 'manual';

export interface ClockTimer {
  cancel(): void;
}

interface PendingTimer {
  dueAt: number;
  seq: number;
  callback: () => void;
}

export class SimulatorClock {
  private manualNow: number;
  private offset = 0;
  private timers: PendingTimer[] = [];
  private nextSeq = 0;
  private wakeUp: NodeJS.Timeout | undefined;
  private closed = false;

  /** Manual clocks start at the wall time (whole seconds) so dates look current to a client comparing with its own clock. */
  constructor(readonly mode: ClockMode) {
    this.manualNow = Math.floor(Date.now() / 1000) * 1000;
  }

  now(): number {
    return this.mode === 'manual' ? this.manualNow : Date.now() + this.offset;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`clock.advance needs a non-negative number of ms, got ${ms}`);
    this.moveTo(this.now() + ms);
  }

  /** Jumps to `date`. Going forward fires due timers; going back fires nothing. */
  set(date: Date | number | string): void {
    const target = new Date(date).getTime();
    if (Number.isNaN(target)) throw new RangeError(`clock.set needs a valid date, got ${String(date)}`);
    this.moveTo(target);
  }

  /** Runs `callback` once `delayMs` of simulator time has passed. */
  schedule(delayMs: number, callback: () => void): ClockTimer {
    const timer: PendingTimer = { dueAt: this.now() + Math.max(0, delayMs), seq: this.nextSeq++, callback };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
    this.armRealTimer();
    return {
      cancel: () => {
        this.timers = this.timers.filter((t) => t !== timer);
        this.armRealTimer();
      },
    };
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  close(): void {
    this.closed = true;
    this.timers = [];
    if (this.wakeUp) clearTimeout(this.wakeUp);
  }

  private moveTo(target: number): void {
    this.fireDue(target, true);
    this.setNow(target);
    this.armRealTimer();
  }

  /** Timers may schedule further timers (one-by-one restarts): keep taking the earliest due one. */
  private fireDue(until: number, stepTime: boolean): void {
    for (let timer = this.timers[0]; timer && timer.dueAt <= until; timer = this.timers[0]) {
      this.timers.shift();
      if (stepTime && timer.dueAt > this.now()) this.setNow(timer.dueAt);
      timer.callback();
    }
  }

  private setNow(ms: number): void {
    if (this.mode === 'manual') this.manualNow = ms;
    else this.offset = ms - Date.now();
  }

  /** Real mode only: one wall-clock timeout for the earliest pending timer. */
  private armRealTimer(): void {
    if (this.mode !== 'real' || this.closed) return;
    if (this.wakeUp) clearTimeout(this.wakeUp);
    this.wakeUp = undefined;
    const first = this.timers[0];
    if (!first) return;
    this.wakeUp = setTimeout(() => {
      this.fireDue(this.now(), false);
      this.armRealTimer();
    }, Math.max(0, first.dueAt - this.now()));
  }
}
