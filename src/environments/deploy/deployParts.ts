// What the deploy commands are built from: the Environments commands' parts, plus the deploy's memory, its output
// channel, and the events integration tests follow (progress shown, a run's Cancel).

import type { CommandParts } from '../commands/parts';
import type { EnvRef } from '../model/storeTypes';
import { Emitter } from '../../util/emitter';
import type { DeployMemory } from './lastDeploy';
import type { DeployOutput } from './deployOutput';

/** One progress report a deploy showed in its notification. */
export interface DeployProgress {
  readonly phase: 'upload' | 'deploy';
  readonly message: string;
  /** Upload bytes sent of the whole body (upload only). */
  readonly sent?: number;
  readonly total?: number;
}

/** The deploys under way: one per environment at a time, each cancellable as its notification's Cancel does. */
export class DeployRuns {
  readonly #running = new Map<string, AbortController>();
  readonly #progress = new Emitter<DeployProgress>();
  readonly onProgress = this.#progress.event;

  /** A controller for a new deploy to `ref`, or undefined while one is running there. */
  begin(ref: EnvRef): AbortController | undefined {
    const key = `${ref.accountId}\n${ref.envName}`;
    if (this.#running.has(key)) return undefined;
    const controller = new AbortController();
    this.#running.set(key, controller);
    return controller;
  }

  end(ref: EnvRef): void {
    this.#running.delete(`${ref.accountId}\n${ref.envName}`);
  }

  report(progress: DeployProgress): void {
    this.#progress.fire(progress);
  }

  /** Presses Cancel on every deploy under way. */
  cancelAll(): void {
    for (const controller of this.#running.values()) controller.abort();
  }

  dispose(): void {
    this.cancelAll();
    this.#progress.dispose();
  }
}

export interface DeployParts extends CommandParts {
  readonly memory: DeployMemory;
  readonly output: DeployOutput;
  readonly runs: DeployRuns;
}
