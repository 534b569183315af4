// What the Stop, Sleep and Restart dialogs say goes down.

import { EnvNode, Environment } from '../../platform';
import { t } from '../../util/l10n';
import { RESTART_ALL_AT_ONCE, RestartScope, envLabel, scopeNodes } from '../model/envState';
import { groupLabel } from './groups';
import { nodeLabel } from './labels';

export interface Confirmation {
  readonly message: string;
  readonly detail: string;
  /** The confirming button, e.g. "Stop". */
  readonly button: string;
}

const MAX_LISTED = 6;

/** "NGINX, 2 × Tomcat 9, Primary DB", shortened to "… and 3 more". */
export function nodeListText(nodes: readonly EnvNode[]): string {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(nodeLabel(node), (counts.get(nodeLabel(node)) ?? 0) + 1);
  const parts = [...counts].map(([label, count]) => (count === 1 ? label : `${count} × ${label}`));
  return listText(parts);
}

function listText(parts: readonly string[]): string {
  if (parts.length <= MAX_LISTED) return parts.join(', ');
  return t('{0} and {1} more', parts.slice(0, MAX_LISTED - 1).join(', '), parts.length - (MAX_LISTED - 1));
}

function nodesPhrase(nodes: readonly EnvNode[]): string {
  if (nodes.length === 0) return t('its nodes');
  return nodes.length === 1 ? t('its node ({0})', nodeListText(nodes)) : t('its {0} nodes ({1})', nodes.length, nodeListText(nodes));
}

/** What the Stop/Sleep modal says, for one environment or several. */
export function stopConfirmation(action: 'stop' | 'sleep', envs: readonly Environment[]): Confirmation {
  const button = action === 'stop' ? t('Stop') : t('Sleep');
  if (envs.length === 1) {
    const env = envs[0];
    const name = envLabel(env);
    const message = action === 'stop' ? t('Stop {0}?', name) : t('Put {0} to sleep?', name);
    const where = env.domain ? t(' Everything it serves at {0} stops answering until it is started again.', env.domain) : t(' Everything it serves stops answering until it is started again.');
    return { message, detail: t('This shuts down {0}.', nodesPhrase(env.nodes)) + where, button };
  }
  const message = action === 'stop' ? t('Stop {0} environments?', envs.length) : t('Put {0} environments to sleep?', envs.length);
  const detail = t('These environments shut down with all their nodes until they are started again: {0}.', listText(envs.map(envLabel)));
  return { message, detail, button };
}

/** What the Restart modal says: which nodes, and whether all are down together. */
export function restartConfirmation(env: Environment, scope: RestartScope, delay: number): Confirmation {
  const name = envLabel(env);
  const nodes = scopeNodes(env, scope);
  const button = t('Restart');
  let message: string;
  if (scope.kind === 'node') {
    const node = nodes[0];
    message = t('Restart node {0} of {1}?', node ? `${nodeLabel(node)} (${node.id})` : scope.nodeId, name);
    return { message, detail: t('The node is unavailable while it restarts.'), button };
  }
  message = scope.kind === 'group' ? t('Restart {0} of {1}?', groupLabel(scope.nodeGroup, env), name) : t('Restart all nodes of {0}?', name);
  if (nodes.length === 1) return { message, detail: t('{0} is unavailable while it restarts.', nodeListText(nodes)), button };
  const detail =
    delay === RESTART_ALL_AT_ONCE
      ? t('All {0} nodes ({1}) restart at the same time: they are all unavailable until they are back.', nodes.length, nodeListText(nodes))
      : t('The {0} nodes ({1}) restart one by one, {2} seconds apart; each is unavailable while it restarts.', nodes.length, nodeListText(nodes), delay);
  return { message, detail, button };
}
