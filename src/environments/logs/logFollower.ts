// Follow mode: which logs are followed, and polling only those whose editor is visible. One timer serves them all;
// with nothing followed and visible there is no timer and no request. A log that becomes visible again (or is just
// followed) is read at once, then every interval. Pure (no `vscode`): time comes from a Scheduler, so tests drive it.

import type { NodeFileRef } from '../nodeFiles/nodeUri';
import type { Scheduler, TimerHandle } from '../model/scheduler';
import { Emitter, Event } from '../../util/emitter';
import { logKey } from './logDocuments';

export interface FollowTiming {
  scheduler: Scheduler;
  /** How often a followed, visible log is read for new lines. */
  followIntervalMs: number;
}

export const DEFAULT_FOLLOW_INTERVAL_MS = 2_000;

export interface FollowHooks {
  /** Reads what the log grew by (LogDocuments.poll). */
  poll(ref: NodeFileRef): Promise<unknown>;
  /** A poll failed: following that log has stopped; say so once. */
  failed(ref: NodeFileRef, error: unknown): void;
}

export class LogFollower {
  readonly #followed = new Map<string, NodeFileRef>();
  #visible = new Set<string>();
  #timer: TimerHandle | undefined;
  #polling = false;
  readonly #changes = new Emitter<void>();
  /** The set of followed logs changed. */
  readonly onDidChange: Event<void> = this.#changes.event;
  readonly #timing: FollowTiming;
  readonly #hooks: FollowHooks;

  constructor(timing: FollowTiming, hooks: FollowHooks) {
    this.#timing = timing;
    this.#hooks = hooks;
  }

  isFollowed(ref: NodeFileRef): boolean {
    return this.#followed.has(logKey(ref));
  }

  followed(): NodeFileRef[] {
    return [...this.#followed.values()];
  }

  /** The followed logs whose editor is visible: the ones polled. */
  active(): NodeFileRef[] {
    return this.followed().filter((ref) => this.#visible.has(logKey(ref)));
  }

  /** Whether a poll is waiting on the timer (tests: nothing is pending when nothing is followed and visible). */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }

  follow(ref: NodeFileRef): void {
    const key = logKey(ref);
    if (this.#followed.has(key)) return;
    this.#followed.set(key, ref);
    this.#changes.fire();
    if (this.#visible.has(key)) void this.#pollNow();
  }

  stop(ref: NodeFileRef): void {
    if (!this.#followed.delete(logKey(ref))) return;
    this.#changes.fire();
    this.#update();
  }

  /** The logs whose editors are visible now (window.visibleTextEditors); newly visible followed ones are read at once. */
  setVisible(refs: readonly NodeFileRef[]): void {
    const before = this.#visible;
    this.#visible = new Set(refs.map(logKey));
    const shown = [...this.#visible].some((key) => !before.has(key) && this.#followed.has(key));
    if (shown) void this.#pollNow();
    else this.#update();
  }

  /** The timing changed (tests swap the scheduler): the pending poll moves over. */
  reschedule(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
    this.#update();
  }

  dispose(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
    this.#followed.clear();
    this.#changes.dispose();
  }

  /** Arms the timer when something is to be polled, disarms it when nothing is. */
  #update(): void {
    const wanted = this.active().length > 0 && !this.#polling;
    if (!wanted) {
      this.#timer?.cancel();
      this.#timer = undefined;
    } else if (!this.#timer) {
      this.#timer = this.#timing.scheduler.schedule(this.#timing.followIntervalMs, () => {
        this.#timer = undefined;
        void this.#pollNow();
      });
    }
  }

  async #pollNow(): Promise<void> {
    if (this.#polling) return;
    this.#timer?.cancel();
    this.#timer = undefined;
    this.#polling = true;
    try {
      for (const ref of this.active()) {
        try {
          await this.#hooks.poll(ref);
        } catch (error) {
          // One message, not one per interval: following stops until the user follows again.
          this.stop(ref);
          this.#hooks.failed(ref, error);
        }
      }
    } finally {
      this.#polling = false;
      this.#update();
    }
  }
}
