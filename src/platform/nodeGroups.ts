// An environment's node groups (layers) on their own: where a deploy can go, without the whole GetEnvInfo.

import { PlatformClient } from './client';
import { NODE_GROUP_LIST_KEYS } from './deploymentGuesses';
import { NodeGroup, toNodeGroups } from './environments';
import { firstArrayAt } from './json';

export async function getNodeGroups(
  client: PlatformClient,
  session: string,
  envName: string,
  options: { signal?: AbortSignal } = {},
): Promise<NodeGroup[]> {
  const answer = await client.call('GetNodeGroups', { envName }, { session, signal: options.signal });
  return toNodeGroups(firstArrayAt(answer, NODE_GROUP_LIST_KEYS));
}
