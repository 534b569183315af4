// Choosing an environment from the palette: the account, then only the environments the action is valid for.

import type { CommandParts } from './parts';
import { EnvAction, actionAvailable, envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import type { EnvNode, Environment } from '../../platform';
import { envIcon, nodeLabel, stateLabel } from '../view/labels';
import { nodeGroupsOf } from '../view/groups';
import { pickAccount } from '../../accounts/accountPicker';
import { reportLoad } from './refresh';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';
import { wordsFor } from '../view/wording';

/** The account's environments, loaded if needed; undefined (after telling the user) when they cannot be read. */
export async function environmentsOf(parts: CommandParts, accountId: string): Promise<readonly Environment[] | undefined> {
  const { store } = parts;
  if (store.view(accountId).status === 'notLoaded' || store.view(accountId).status === 'loading') {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Loading environments…') }, () => store.ensureLoaded(accountId));
  }
  const view = store.view(accountId);
  if (view.error !== undefined && view.envs.length === 0) {
    await reportLoad(parts, accountId, view.error);
    return undefined;
  }
  return view.envs;
}

/** Account (skipped when there is one), then an environment where `action` is valid now (any, without an action). */
export async function pickEnvironment(parts: CommandParts, action: EnvAction | undefined, title: string): Promise<EnvRef | undefined> {
  const account = await pickAccount(parts.services, undefined, title);
  if (!account) return undefined;
  const envs = await environmentsOf(parts, account.id);
  if (!envs) return undefined;
  const candidates = envs.filter((env) => !action || actionAvailable(action, env, parts.store.busy({ accountId: account.id, envName: env.envName })));
  if (candidates.length === 0) {
    const message =
      envs.length === 0
        ? t('{0} has no environments yet.', account.label)
        : t('No environment of {0} can be {1} now.', account.label, (action ? wordsFor(action).participle : t('used')));
    void parts.services.prompts.ui.showInformationMessage(message, {});
    return undefined;
  }
  const picked = await parts.services.prompts.ui.showQuickPick(
    candidates.map((env) => ({ ...envItem(env), ref: { accountId: account.id, envName: env.envName } })),
    { title, placeHolder: t('Which environment?'), matchOnDescription: true },
  );
  return picked?.ref;
}

/** An environment as a quick pick item: icon, label, name and state, domain. */
export function envItem(env: Environment): vscode.QuickPickItem {
  return {
    label: `$(${envIcon(env).id}) ${envLabel(env)}`,
    description: env.displayName ? `${env.envName} · ${stateLabel(env.status)}` : stateLabel(env.status),
    detail: env.domain,
  };
}

/** A node of an environment, for commands that work on one node (restart, logs, files). */
export interface NodeRef extends EnvRef {
  readonly nodeId: number;
}

/**
 * The node a command works on: the given one, or the given environment's (or a picked environment's) node picked
 * from a list grouped by node group; an environment with one node needs no pick.
 */
export async function pickNode(parts: CommandParts, title: string, given?: EnvRef & { readonly nodeId?: number }): Promise<NodeRef | undefined> {
  if (given?.nodeId !== undefined) return { accountId: given.accountId, envName: given.envName, nodeId: given.nodeId };
  const ref = given ?? (await pickEnvironment(parts, undefined, title));
  const env = ref && parts.store.environment(ref);
  if (!ref || !env) return undefined;
  const node = env.nodes.length === 1 ? env.nodes[0] : await pickNodeOf(parts, env, title);
  return node && { accountId: ref.accountId, envName: ref.envName, nodeId: node.id };
}

/** One node of `env`, from a quick pick grouped by node group. */
export async function pickNodeOf(parts: CommandParts, env: Environment, title: string): Promise<EnvNode | undefined> {
  const items: (vscode.QuickPickItem & { node?: EnvNode })[] = [];
  for (const group of nodeGroupsOf(env)) {
    items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
    for (const node of group.nodes) items.push({ label: nodeLabel(node), description: String(node.id), node });
  }
  const picked = await parts.services.prompts.ui.showQuickPick(items, { title, placeHolder: t('Which node of {0}?', envLabel(env)), matchOnDescription: true });
  return picked?.node;
}
