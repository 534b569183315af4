// The environment state machine: Start/Stop/Sleep/RestartNodes take simulator time, show a transitional status
// meanwhile, and the API call blocks until they are done. Tests can wait for an operation to start (an event,
// never a sleep) and finish it with clock.advance() or completeAll().

import { EventEmitter } from 'node:events';
import { ClockTimer, SimulatorClock } from './clock';
import { ApiError, RESULT } from './envelope';
import { ENV_STATUS, EnvNode, Environment, RunningOperation, statusLabel } from './environments';
import { DEPLOY_ALLOWED_STATUS } from './deploymentGuesses';
import { MESSAGES, NODE_DOWN, NODE_UP, OperationKind, RESTART_ALL_AT_ONCE_DELAY } from './guesses';

export type Durations = Record<OperationKind, number>;

export interface OperationEvent extends RunningOperation {
  readonly envName: string;
}

/** One step of an operation: wait `waitMs` of simulator time, then change state. */
interface Step {
  waitMs: number;
  apply: () => void;
}

interface ActiveOperation {
  readonly env: Environment;
  readonly event: OperationEvent;
  steps: Step[];
  timer?: ClockTimer;
  done: () => void;
}

/** The statuses each action may start from; anything else answers 2212. */
const ALLOWED_FROM: Record<OperationKind, number[]> = {
  start: [ENV_STATUS.STOPPED, ENV_STATUS.SLEEPING],
  stop: [ENV_STATUS.RUNNING],
  sleep: [ENV_STATUS.RUNNING],
  restart: [ENV_STATUS.RUNNING],
  deploy: [DEPLOY_ALLOWED_STATUS],
};

export interface RestartTargets {
  nodes: EnvNode[];
  /** Seconds between nodes; RESTART_ALL_AT_ONCE_DELAY (−1) restarts them together. */
  delaySeconds: number;
}

export class OperationRunner {
  private readonly events = new EventEmitter();
  private readonly active = new Map<string, ActiveOperation>();

  constructor(
    private readonly clock: SimulatorClock,
    readonly durations: Durations,
  ) {
    this.events.setMaxListeners(0);
  }

  /**
   * Starts `kind` on `env` (throws 2212 when not allowed now) and returns a promise settled when it is done.
   * The transitional state is applied before this returns, so a caller that does not await still sees it.
   */
  run(env: Environment, kind: OperationKind, action: string, restart?: RestartTargets): Promise<void> {
    return this.runWith(env, kind, action, this.plan(env, kind, restart));
  }

  /** A deploy: the environment keeps its status [?] while it runs; `onDone` applies its effects when time is up. */
  deploy(env: Environment, action: string, onDone: () => void): Promise<void> {
    return this.runWith(env, 'deploy', action, [{ waitMs: this.durations.deploy, apply: onDone }]);
  }

  private runWith(env: Environment, kind: OperationKind, action: string, steps: Step[]): Promise<void> {
    if (!ALLOWED_FROM[kind].includes(env.status)) {
      throw new ApiError(RESULT.WRONG_ENV_STATUS, MESSAGES.wrongStatus(action, env.status, statusLabel(env.status)));
    }
    if (env.operation) {
      throw new ApiError(RESULT.WRONG_ENV_STATUS, MESSAGES.busy(action, env.operation.action, env.status, statusLabel(env.status)));
    }
    const event: OperationEvent = { envName: env.envName, kind, action, startedAt: this.clock.now() };
    return new Promise<void>((resolve) => {
      const operation: ActiveOperation = { env, event, steps, done: resolve };
      env.operation = { kind, action, startedAt: event.startedAt };
      this.active.set(env.envName, operation);
      this.advanceSteps(operation);
      this.events.emit('started', event);
    });
  }

  /** Resolves when an operation on `envName` (any environment when omitted) is in progress — at once if one is. */
  started(envName?: string): Promise<OperationEvent> {
    const current = [...this.active.values()].find((operation) => envName === undefined || operation.env.envName === envName);
    if (current) return Promise.resolve(current.event);
    return new Promise((resolve) => {
      const listener = (event: OperationEvent): void => {
        if (envName !== undefined && event.envName !== envName) return;
        this.events.off('started', listener);
        resolve(event);
      };
      this.events.on('started', listener);
    });
  }

  inProgress(): OperationEvent[] {
    return [...this.active.values()].map((operation) => operation.event);
  }

  /** Finishes every operation in progress now, whatever time is left. */
  completeAll(): void {
    for (const operation of [...this.active.values()]) {
      operation.timer?.cancel();
      for (const step of operation.steps) step.apply();
      operation.steps = [];
      this.finish(operation);
    }
  }

  /** Runs steps that are due now, then schedules the next one on the clock (or finishes). */
  private advanceSteps(operation: ActiveOperation): void {
    while (operation.steps.length > 0 && operation.steps[0].waitMs <= 0) operation.steps.shift()?.apply();
    const next = operation.steps[0];
    if (!next) return this.finish(operation);
    operation.timer = this.clock.schedule(next.waitMs, () => {
      operation.steps.shift();
      next.apply();
      this.advanceSteps(operation);
    });
  }

  private finish(operation: ActiveOperation): void {
    operation.env.operation = undefined;
    this.active.delete(operation.env.envName);
    operation.done();
  }

  private plan(env: Environment, kind: OperationKind, restart?: RestartTargets): Step[] {
    const setEnv = (status: number, nodeStatus?: number) => () => {
      env.status = status;
      if (nodeStatus !== undefined) for (const node of env.nodes) node.status = nodeStatus;
    };
    const setNodes = (nodes: EnvNode[], status: number) => () => nodes.forEach((node) => (node.status = status));
    const wait = this.durations[kind];
    switch (kind) {
      case 'start':
        return [
          { waitMs: 0, apply: setEnv(ENV_STATUS.LAUNCHING) },
          { waitMs: wait, apply: setEnv(ENV_STATUS.RUNNING, NODE_UP) },
        ];
      case 'stop':
        return [
          { waitMs: 0, apply: setEnv(ENV_STATUS.STOPPING) },
          { waitMs: wait, apply: setEnv(ENV_STATUS.STOPPED, NODE_DOWN) },
        ];
      case 'sleep':
        return [
          { waitMs: 0, apply: setEnv(ENV_STATUS.GOING_TO_SLEEP) },
          { waitMs: wait, apply: setEnv(ENV_STATUS.SLEEPING, NODE_DOWN) },
        ];
      case 'deploy':
        return [{ waitMs: wait, apply: () => undefined }];
      case 'restart': {
        const nodes = restart?.nodes ?? env.nodes;
        const delaySeconds = restart?.delaySeconds ?? RESTART_ALL_AT_ONCE_DELAY;
        if (delaySeconds < 0) {
          return [
            { waitMs: 0, apply: setNodes(nodes, NODE_DOWN) },
            { waitMs: wait, apply: setNodes(nodes, NODE_UP) },
          ];
        }
        return nodes.flatMap((node, index) => [
          { waitMs: index === 0 ? 0 : delaySeconds * 1000, apply: setNodes([node], NODE_DOWN) },
          { waitMs: wait, apply: setNodes([node], NODE_UP) },
        ]);
      }
    }
  }
}
