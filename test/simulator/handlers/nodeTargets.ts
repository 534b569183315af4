// Finding the node a deploy, log or file call is about, with the platform's "invalid parameter [x]" when it is not
// there.

import { invalidParameter } from '../envelope';
import { EnvNode, Environment } from '../environments';
import { Params } from '../params';

/** The node with id `nodeId` (as given in `name`). */
export function nodeById(env: Environment, params: Params, name = 'nodeId'): EnvNode {
  const nodeId = params.requiredInt(name);
  const node = env.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw invalidParameter(name, `no node ${nodeId} in ${env.envName}`);
  return node;
}

/** The nodes of a group; none is an invalid parameter. */
export function nodesOfGroup(env: Environment, group: string): EnvNode[] {
  const nodes = env.nodes.filter((node) => node.nodeGroup === group);
  if (nodes.length === 0) throw invalidParameter('nodeGroup', `no node group ${group} in ${env.envName}`);
  return nodes;
}

/** A path parameter: absolute, without `..` (which the platform would resolve; we refuse it instead [?]). */
export function pathParam(params: Params, name = 'path'): string {
  const path = params.required(name).trim();
  if (!path.startsWith('/') || path.split('/').includes('..')) throw invalidParameter(name, `not an absolute path: ${path}`);
  return path;
}
