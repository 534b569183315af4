// Runs Start/Stop/Sleep/RestartNodes on one environment: at most one of ours at a time per environment, the blocking
// call once (never re-sent), then one GetEnvInfo of that environment. When the long call is cut (timeout, dropped
// connection, a proxy's 5xx) the platform may still be working, so we watch GetEnvInfo until the state settles.

import {
  ApiMethod,
  Environment,
  NetworkError,
  PlatformClient,
  PlatformError,
  ResultCode,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  isSessionRefused,
  isTransitional,
  restartNodes,
  sleepEnv,
  startEnv,
  stopEnv,
} from '../../platform';
import { Disposable } from '../../util/emitter';
import { isEnvironmentGone } from './envErrors';
import { EnvironmentStore } from './environmentStore';
import { EnvLogger, EnvRef } from './storeTypes';
import { BusyState, EnvAction, NODE_DOWN, RestartScope, expectedStatus, scopeNodes } from './envState';
import { Timing, WaitAborted, nextDelay, wait } from './scheduler';

export interface ActionRequest {
  readonly ref: EnvRef;
  readonly action: EnvAction;
  /** Restart only: which nodes (default: all). */
  readonly scope?: RestartScope;
  /** Restart only: −1 all at once, ≥ 0 one by one with that many seconds between. */
  readonly delay?: number;
}

export type ActionOutcome =
  /**
   * It worked; `env` is the state read afterwards (undefined when that read failed). `confirmedAfter`: the call got
   * no clear answer (this failure) and watching the state confirmed it.
   */
  | { readonly kind: 'done'; readonly env?: Environment; readonly confirmedAfter?: unknown }
  /** An action of ours already runs on this environment: nothing was sent. */
  | { readonly kind: 'busy'; readonly busy: BusyState }
  /** The platform said no, or the call could not be made; `env` is the current state when it was read. */
  | { readonly kind: 'failed'; readonly error: unknown; readonly env?: Environment }
  /** The long call was cut and the state settled somewhere else than expected (or never settled while we watched). */
  | { readonly kind: 'uncertain'; readonly error: unknown; readonly env?: Environment }
  /** The environment does not exist (any more). */
  | { readonly kind: 'gone' }
  /** The extension is shutting down. */
  | { readonly kind: 'cancelled' };

export interface ActionHooks {
  /** The long call was cut; from now on the state is watched. */
  onWatching?(error: unknown): void;
  /** A watch poll read this state. */
  onState?(env: Environment): void;
}

/** A failure that does not tell whether the platform got and runs the action. */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof TimeoutError || error instanceof NetworkError || error instanceof UnexpectedResponseError) return true;
  return error instanceof ServerError && error.status >= 500;
}

/** Whether the state read after a cut call is final for this action. */
export function hasSettled(request: Pick<ActionRequest, 'action' | 'scope'>, env: Environment): boolean {
  if (isTransitional(env.status)) return false;
  if (request.action !== 'restart' || env.status !== expectedStatus('restart')) return true;
  return scopeNodes(env, request.scope).every((node) => node.status !== NODE_DOWN);
}

export class ActionRunner implements Disposable {
  readonly #running = new Set<AbortController>();

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
  }

  async run(request: ActionRequest, hooks: ActionHooks = {}): Promise<ActionOutcome> {
    const { ref, action, scope } = request;
    const current = this.#store.busy(ref);
    if (current) {
      this.#log.info(`${action} ${ref.envName}: not sent, ${current.action} is still running there`);
      return { kind: 'busy', busy: current };
    }
    const busy: BusyState = { action, scope, phase: 'request' };
    this.#store.setBusy(ref, busy);
    const controller = new AbortController();
    this.#running.add(controller);
    try {
      return await this.#perform(request, busy, hooks, controller.signal);
    } finally {
      this.#running.delete(controller);
      this.#store.setBusy(ref, undefined);
    }
  }

  dispose(): void {
    for (const controller of this.#running) controller.abort();
    this.#running.clear();
  }

  async #perform(request: ActionRequest, busy: BusyState, hooks: ActionHooks, signal: AbortSignal): Promise<ActionOutcome> {
    const { ref } = request;
    let credentials: { client: PlatformClient; token: string };
    try {
      credentials = await this.#store.credentials(ref.accountId);
    } catch (error) {
      return { kind: 'failed', error };
    }
    this.#log.info(`${describe(request)}: sent`);
    try {
      await this.#sendBeforeDeadline(credentials.client, credentials.token, request, signal);
      this.#store.succeeded(ref.accountId);
    } catch (error) {
      if (signal.aborted) return { kind: 'cancelled' };
      if (isOutcomeUnknown(error)) {
        this.#log.warn(`${describe(request)}: the call was cut (${error instanceof Error ? error.message : String(error)}); watching the state instead of sending it again`);
        this.#store.setBusy(ref, { ...busy, phase: 'watching' });
        hooks.onWatching?.(error);
        return this.#watch(request, error, hooks, signal);
      }
      this.#store.failed(ref.accountId, error);
      if (isEnvironmentGone(error)) {
        this.#store.forget(ref);
        return { kind: 'gone' };
      }
      // The refusal (2212 above all) is explained by the state the environment is in now.
      const env = worthReading(error) ? await this.#read(ref, signal) : undefined;
      if (env === null) return { kind: 'gone' };
      return { kind: 'failed', error, env };
    }
    this.#log.info(`${describe(request)}: done`);
    const env = await this.#read(ref, signal);
    if (env === null) return { kind: 'gone' };
    return { kind: 'done', env };
  }

  /** The blocking call; past timing.actionTimeoutMs on the scheduler (when set) it is abandoned as a TimeoutError. */
  async #sendBeforeDeadline(client: PlatformClient, token: string, request: ActionRequest, signal: AbortSignal): Promise<void> {
    const limit = this.#timing.actionTimeoutMs;
    if (limit === undefined) return send(client, token, request, signal);
    const call = new AbortController();
    const onAbort = (): void => call.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const deadline = this.#timing.scheduler.schedule(limit, () => {
      timedOut = true;
      call.abort();
    });
    try {
      await send(client, token, request, call.signal);
    } catch (error) {
      if (timedOut && !signal.aborted) throw new TimeoutError(client.context(ACTION_METHODS[request.action]), limit);
      throw error;
    } finally {
      deadline.cancel();
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** GetEnvInfo: the environment, null when it is gone, undefined when it could not be read. */
  async #read(ref: EnvRef, signal: AbortSignal): Promise<Environment | null | undefined> {
    try {
      return (await this.#store.refreshEnvironment(ref, signal)) ?? null;
    } catch (error) {
      this.#log.warn(`Could not read the state of ${ref.envName}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  async #watch(request: ActionRequest, cause: unknown, hooks: ActionHooks, signal: AbortSignal): Promise<ActionOutcome> {
    const { ref } = request;
    const scheduler = this.#timing.scheduler;
    const started = scheduler.now();
    let delay = Math.min(this.#timing.pollInitialMs, this.#timing.pollMaxMs);
    let last: Environment | undefined = this.#store.environment(ref);
    for (;;) {
      try {
        await wait(this.#timing.scheduler, delay, signal);
        const env = await this.#store.refreshEnvironment(ref, signal);
        if (!env) return { kind: 'gone' };
        last = env;
        hooks.onState?.(env);
        if (hasSettled(request, env)) {
          const worked = env.status === expectedStatus(request.action);
          this.#log.info(`${describe(request)}: settled as status ${env.status}${worked ? '' : ' (not what was asked)'}`);
          return worked ? { kind: 'done', env, confirmedAfter: cause } : { kind: 'uncertain', error: cause, env };
        }
      } catch (error) {
        if (error instanceof WaitAborted || signal.aborted) return { kind: 'cancelled' };
        if (error instanceof PlatformError && error.result !== ResultCode.UnknownServerError) return { kind: 'failed', error, env: last };
        this.#log.debug(`Watching ${ref.envName}: ${error instanceof Error ? error.message : String(error)}; will try again`);
      }
      if (scheduler.now() - started >= this.#timing.watchMaxMs) {
        this.#log.warn(`${describe(request)}: still not settled after ${Math.round(this.#timing.watchMaxMs / 60_000)} minutes; stopped watching`);
        return { kind: 'uncertain', error: cause, env: last };
      }
      delay = nextDelay(delay, this.#timing);
    }
  }
}

const ACTION_METHODS: Record<ActionRequest['action'], ApiMethod> = {
  start: 'StartEnv',
  stop: 'StopEnv',
  sleep: 'SleepEnv',
  restart: 'RestartNodes',
};

function worthReading(error: unknown): boolean {
  return error instanceof PlatformError && !isSessionRefused(error) && error.result !== ResultCode.PermissionDenied;
}

function send(client: PlatformClient, token: string, request: ActionRequest, signal: AbortSignal): Promise<void> {
  const { envName } = request.ref;
  switch (request.action) {
    case 'start':
      return startEnv(client, token, envName, { signal });
    case 'stop':
      return stopEnv(client, token, envName, { signal });
    case 'sleep':
      return sleepEnv(client, token, envName, { signal });
    case 'restart': {
      const scope = request.scope;
      return restartNodes(
        client,
        token,
        {
          envName,
          nodeGroup: scope?.kind === 'group' ? scope.nodeGroup : undefined,
          nodeId: scope?.kind === 'node' ? scope.nodeId : undefined,
          delay: request.delay,
        },
        { signal },
      );
    }
  }
}

function describe(request: ActionRequest): string {
  const scope = request.scope;
  const target = scope?.kind === 'group' ? ` (${scope.nodeGroup})` : scope?.kind === 'node' ? ` (node ${scope.nodeId})` : '';
  return `${request.action} ${request.ref.envName}${target}`;
}
