// Where a deploy goes: the environment (from a tree row, or picked with the workspace's environment first), the node
// group that runs the application (GetNodeGroups; picked for the user when there is one), and the context.

import { EnvStatus, Environment, getNodeGroups } from '../../platform';
import { pickAccount } from '../../accounts/accountPicker';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';
import { envItem, environmentsOf } from '../commands/pick';
import { runOne, showBusy } from '../commands/run';
import { Ref, refOf } from '../commands/targets';
import { actionAllowed, envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import { groupLabel } from '../view/groups';
import { stateLabel } from '../view/labels';
import { DEFAULT_CONTEXT, contextProblem, deployableGroups } from './deployChoices';
import type { DeployParts } from './deployParts';
import type { DeployPlan } from './deployRun';

/** The environment a tree row or the status bar names, else one the user picks (the workspace's first). */
export async function deployEnvironment(parts: DeployParts, arg: unknown, title: string): Promise<Ref | undefined> {
  const given = refOf(arg);
  if (given) return given;
  const bound = parts.binding.current();
  const account = await pickAccount(parts.services, bound?.accountId, title);
  if (!account) return undefined;
  const envs = await environmentsOf(parts, account.id);
  if (!envs) return undefined;
  if (envs.length === 0) {
    void parts.services.prompts.ui.showInformationMessage(t('{0} has no environments yet.', account.label), {});
    return undefined;
  }
  const isBound = (env: Environment) => bound?.accountId === account.id && bound.envName === env.envName;
  const ordered = [...envs.filter(isBound), ...envs.filter((env) => !isBound(env))];
  const picked = await parts.services.prompts.ui.showQuickPick(
    ordered.map((env) => {
      const item = envItem(env);
      const description = isBound(env) ? `${t('this workspace')} · ${item.description ?? ''}` : item.description;
      return { ...item, description, ref: { accountId: account.id, envName: env.envName } };
    }),
    { title, placeHolder: t('Deploy to which environment?'), matchOnDescription: true },
  );
  return picked?.ref;
}

/**
 * The environment, running: a stopped or sleeping one is offered Start first (the deploy goes on once it runs).
 * Undefined when it cannot take a deploy now (after telling the user).
 */
export async function runningEnvironment(parts: DeployParts, ref: EnvRef): Promise<Environment | undefined> {
  await parts.store.ensureLoaded(ref.accountId);
  const env = parts.store.environment(ref) ?? (await parts.store.refreshEnvironment(ref));
  const ui = parts.services.prompts.ui;
  if (!env) {
    void ui.showWarningMessage(t('{0} no longer exists on the platform.', ref.envName), {});
    return undefined;
  }
  const busy = parts.store.busy(ref);
  if (busy) {
    showBusy(parts, env, busy.action);
    return undefined;
  }
  if (env.status === EnvStatus.Running) return env;
  const name = envLabel(env);
  const state = stateLabel(env.status).toLocaleLowerCase();
  if (!actionAllowed('start', env.status)) {
    void ui.showWarningMessage(t('{0} is {1}: it cannot take a deployment now.', name, state), {});
    return undefined;
  }
  const start = t('Start and Deploy');
  const answer = await ui.showWarningMessage(t('{0} is {1}. A deployment needs it running.', name, state), {}, start);
  if (answer !== start) return undefined;
  await runOne(parts, { ref, action: 'start' }, env);
  const after = parts.store.environment(ref);
  return after?.status === EnvStatus.Running ? after : undefined;
}

/** The node group to deploy to: the given one, the only application layer, or the user's pick. */
export async function deployGroup(parts: DeployParts, ref: EnvRef, env: Environment, given?: string): Promise<string | undefined> {
  if (given) return given;
  const { client, token } = await parts.store.credentials(ref.accountId);
  const groups = deployableGroups(
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Reading node groups…') }, () =>
      getNodeGroups(client, token, ref.envName),
    ),
  );
  if (groups.length === 0) {
    void parts.services.prompts.ui.showInformationMessage(t('{0} has no application server to deploy to.', envLabel(env)), {});
    return undefined;
  }
  if (groups.length === 1) return groups[0].name;
  const picked = await parts.services.prompts.ui.showQuickPick(
    groups.map((group) => {
      const count = env.nodes.filter((node) => node.nodeGroup === group.name).length;
      return {
        label: groupLabel(group.name, { nodeGroups: [group, ...env.nodeGroups] }),
        description: count === 1 ? t('{0} · 1 node', group.name) : t('{0} · {1} nodes', group.name, count),
        name: group.name,
      };
    }),
    { title: t('Deploy to {0}', envLabel(env)), placeHolder: t('Which node group runs the application?') },
  );
  return picked?.name;
}

/**
 * Where a deploy goes and what it deploys, asked as every deploy asks: the environment, the source (`askSource`), the
 * environment running, its node group, then the context (`proposedContext` may offer one for that group; else ROOT).
 */
export async function chooseDeploy<S>(
  parts: DeployParts,
  arg: unknown,
  title: string,
  askSource: () => Promise<S | undefined>,
  proposedContext: (ref: EnvRef, nodeGroup: string) => string | undefined = () => undefined,
): Promise<{ readonly source: S; readonly target: Omit<DeployPlan, 'what'> } | undefined> {
  const chosen = await deployEnvironment(parts, arg, title);
  if (!chosen) return undefined;
  const source = await askSource();
  if (!source) return undefined;
  const env = await runningEnvironment(parts, chosen);
  if (!env) return undefined;
  const nodeGroup = await deployGroup(parts, chosen, env, chosen.nodeGroup);
  if (!nodeGroup) return undefined;
  const ref: EnvRef = { accountId: chosen.accountId, envName: chosen.envName };
  const context = await deployContext(parts, title, proposedContext(ref, nodeGroup));
  if (!context) return undefined;
  return { source, target: { ref, env, nodeGroup, context } };
}

/** The application context, ROOT unless the user types another. */
export async function deployContext(parts: DeployParts, title: string, value = DEFAULT_CONTEXT): Promise<string | undefined> {
  const context = await parts.services.prompts.ui.showInputBox({
    title,
    prompt: t('Context (path) of the application: ROOT serves it at the domain’s root'),
    value,
    validateInput: (text) => contextProblem(text),
  });
  return context?.trim();
}
