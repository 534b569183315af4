// environment/control: reading environments and the blocking Start/Stop/Sleep/RestartNodes actions.

import { ApiError, invalidParameter, ok, RESULT } from '../envelope';
import { Environment, envInfoView } from '../environments';
import { MESSAGES, OperationKind, RESTART_ALL_AT_ONCE_DELAY } from '../guesses';
import { RestartTargets } from '../operations';
import { AuthedRequest, route, Route } from '../routes';

const PATH = 'environment/control';

/** The caller's environment by `envName`; other accounts' environments do not exist for them (901). */
export function ownEnvironment({ platform, params, caller }: AuthedRequest): Environment {
  const envName = params.required('envName');
  const env = platform.environments.get(envName);
  if (!env || env.ownerUid !== caller.account.uid) throw new ApiError(RESULT.ENV_NOT_FOUND, MESSAGES.envNotFound(envName));
  return env;
}

/** nodeId, else nodeGroup, else every node. */
function restartTargets({ params }: AuthedRequest, env: Environment): RestartTargets {
  const nodeId = params.int('nodeId');
  const nodeGroup = params.get('nodeGroup')?.trim();
  let nodes = env.nodes;
  if (nodeId !== undefined) {
    nodes = env.nodes.filter((node) => node.id === nodeId);
    if (nodes.length === 0) throw invalidParameter('nodeId', `no node ${nodeId} in ${env.envName}`);
  } else if (nodeGroup) {
    nodes = env.nodes.filter((node) => node.nodeGroup === nodeGroup);
    if (nodes.length === 0) throw invalidParameter('nodeGroup', `no node group ${nodeGroup} in ${env.envName}`);
  }
  return { nodes, delaySeconds: params.int('delay') ?? RESTART_ALL_AT_ONCE_DELAY };
}

/** An action route: answers only once the operation is done, like the platform. */
function action(method: string, kind: OperationKind): Route {
  return route(PATH, method, {
    access: 'any',
    handle: async (request) => {
      const env = ownEnvironment(request);
      const targets = kind === 'restart' ? restartTargets(request, env) : undefined;
      await request.platform.operations.run(env, kind, method, targets);
      return ok();
    },
  });
}

export const controlRoutes: Route[] = [
  route(PATH, 'GetEnvs', {
    access: 'any',
    handle: ({ platform, caller }) =>
      ok({ infos: platform.environments.ownedBy(caller.account.uid).map((env) => envInfoView(env, platform.platformDomain)) }),
  }),
  route(PATH, 'GetEnvInfo', {
    access: 'any',
    handle: (request) => ok(envInfoView(ownEnvironment(request), request.platform.platformDomain)),
  }),
  action('StartEnv', 'start'),
  action('StopEnv', 'stop'),
  action('SleepEnv', 'sleep'),
  action('RestartNodes', 'restart'),
];
