// What can be done to an environment and what our own actions are doing to it: the actions, restart scopes, busy
// states and the rules that gate them. Pure data (no `vscode`, no wording), unit-tested in plain Node.

import { EnvNode, EnvStatus, Environment, statusInfo } from '../../platform';

export type EnvAction = 'start' | 'stop' | 'sleep' | 'restart';

/** The order actions are offered in. */
export const ENV_ACTIONS: readonly EnvAction[] = ['start', 'stop', 'restart', 'sleep'];

/** Which part of an environment a restart targets: everything, one node group (layer) or one node. */
export type RestartScope =
  | { readonly kind: 'environment' }
  | { readonly kind: 'group'; readonly nodeGroup: string }
  | { readonly kind: 'node'; readonly nodeId: number };

/** What runs on an environment right now because the user asked for it here. */
export interface BusyState {
  readonly action: EnvAction;
  /** For restarts: which nodes. */
  readonly scope?: RestartScope;
  /** `request`: the blocking call is open; `watching`: it was cut, we poll the state until it settles. */
  readonly phase: 'request' | 'watching';
}

/** One by one (seconds between nodes) or all at once (−1), as RestartNodes' `delay` takes it. */
export const RESTART_ALL_AT_ONCE = -1;
/** The pause between nodes for a one-by-one restart, as the dashboard's restart dialog proposes. */
export const RESTART_ONE_BY_ONE_DELAY_SECONDS = 30;

/** Whether the platform accepts `action` in `status` (Start from Stopped/Sleeping; the rest from Running). */
export function actionAllowed(action: EnvAction, status: number): boolean {
  return statusInfo(status).actions[action];
}

/** Whether `action` may be asked for now: allowed by the status and nothing of ours runs on the environment. */
export function actionAvailable(action: EnvAction, env: Pick<Environment, 'status'>, busy?: BusyState): boolean {
  return !busy && actionAllowed(action, env.status);
}

/** The status an action leaves the environment in when it works. */
export function expectedStatus(action: EnvAction): number {
  switch (action) {
    case 'start':
    case 'restart':
      return EnvStatus.Running;
    case 'stop':
      return EnvStatus.Stopped;
    case 'sleep':
      return EnvStatus.Sleeping;
  }
}

/** Display name, else the env name. */
export function envLabel(env: Pick<Environment, 'envName' | 'displayName'>): string {
  return env.displayName?.trim() || env.envName;
}

export const NODE_UP = 1;
export const NODE_DOWN = 2;

/** Whether a restart scope covers this node. */
export function scopeCovers(scope: RestartScope | undefined, node: EnvNode): boolean {
  if (!scope || scope.kind === 'environment') return true;
  return scope.kind === 'group' ? node.nodeGroup === scope.nodeGroup : node.id === scope.nodeId;
}

/** The nodes a restart scope covers. */
export function scopeNodes(env: Pick<Environment, 'nodes'>, scope: RestartScope | undefined): EnvNode[] {
  return env.nodes.filter((node) => scopeCovers(scope, node));
}
