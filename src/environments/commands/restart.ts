// Restart an environment, a node group or a node: which one, one by one or all at once, and the confirmation.

import type { CommandParts } from './parts';
import type { Environment } from '../../platform';
import type { EnvRef } from '../model/storeTypes';
import { RESTART_ALL_AT_ONCE, RESTART_ONE_BY_ONE_DELAY_SECONDS, RestartScope, envLabel, scopeNodes } from '../model/envState';
import { confirm, runnable } from './lifecycle';
import { groupLabel, nodeGroupsOf } from '../view/groups';
import { pickEnvironment, pickNodeOf } from './pick';
import { refOf } from './targets';
import { restartConfirmation } from '../view/confirmations';
import { restartTitle } from '../view/wording';
import { runOne } from './run';
import { t } from '../../util/l10n';

export async function restart(parts: CommandParts, kind: RestartScope['kind'], arg: unknown): Promise<void> {
  const target = await restartTarget(parts, kind, arg);
  if (!target) return;
  const { ref, scope } = target;
  const env = parts.store.environment(ref);
  if (!env) return;
  if (runnable(parts, 'restart', [ref]).length === 0) return;
  const nodes = scopeNodes(env, scope);
  let delay = RESTART_ALL_AT_ONCE;
  if (nodes.length > 1) {
    const mode = await pickRestartMode(parts, env, scope, nodes.length);
    if (mode === undefined) return;
    delay = mode;
  }
  if (!(await confirm(parts, restartConfirmation(env, scope, delay)))) return;
  await runOne(parts, { ref, action: 'restart', scope, delay }, env);
}

export async function restartTarget(parts: CommandParts, kind: RestartScope['kind'], arg: unknown): Promise<{ ref: EnvRef; scope: RestartScope } | undefined> {
    const given = refOf(arg);
    if (given) {
    const ref = { accountId: given.accountId, envName: given.envName };
    if (kind === 'group' && given.nodeGroup !== undefined) return { ref, scope: { kind, nodeGroup: given.nodeGroup } };
    if (kind === 'node' && given.nodeId !== undefined) return { ref, scope: { kind, nodeId: given.nodeId } };
    if (kind === 'environment') return { ref, scope: { kind } };
  }
  const ref = given ?? (await pickEnvironment(parts, 'restart', restartTitle(kind)));
  if (!ref) return undefined;
  const env = parts.store.environment(ref);
  if (!env) return undefined;
  const plain = { accountId: ref.accountId, envName: ref.envName };
  if (kind === 'environment') return { ref: plain, scope: { kind } };
  if (kind === 'group') {
    const groups = nodeGroupsOf(env);
    const picked =
      groups.length === 1
        ? groups[0]
        : await parts.services.prompts.ui.showQuickPick(
            groups.map((group) => ({ label: group.label, description: `${group.name} · ${group.nodes.length}`, group })),
            { title: restartTitle(kind), placeHolder: t('Which node group of {0}?', envLabel(env)) },
          );
    if (!picked) return undefined;
    return { ref: plain, scope: { kind, nodeGroup: 'group' in picked ? picked.group.name : picked.name } };
  }
  const picked = await pickNodeOf(parts, env, restartTitle(kind));
  return picked ? { ref: plain, scope: { kind, nodeId: picked.id } } : undefined;
}

/** One by one (less downtime) or all at once (faster): the platform's own choice, as RestartNodes' `delay`. */
export async function pickRestartMode(parts: CommandParts, env: Environment, scope: RestartScope, count: number): Promise<number | undefined> {
  const what = scope.kind === 'group' ? groupLabel(scope.nodeGroup, env) : envLabel(env);
  const picked = await parts.services.prompts.ui.showQuickPick(
    [
      {
        label: `$(list-ordered) ${t('One by One')}`,
        description: t('{0} seconds apart', RESTART_ONE_BY_ONE_DELAY_SECONDS),
        detail: t('Each node restarts after the previous one; the others keep serving.'),
        delay: RESTART_ONE_BY_ONE_DELAY_SECONDS,
      },
      {
        label: `$(debug-restart) ${t('All at Once')}`,
        description: t('fastest'),
        detail: t('All {0} nodes are down together until they are back.', count),
        delay: RESTART_ALL_AT_ONCE,
      },
    ],
    { title: t('Restart {0}', what), placeHolder: t('How should the {0} nodes restart?', count) },
  );
  return picked?.delay;
}
