// The workspace's environment: choose it, its status bar menu, and showing it in the view.

import type { CommandParts } from './parts';
import { Commands } from '../../ui/commandIds';
import { ENV_ACTIONS, EnvAction, actionAvailable, envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import { actionTitle, busyText, wordsFor } from '../view/wording';
import { copyDomain, openDashboard, openUrl } from './open';
import { envItem, environmentsOf, pickEnvironment } from './pick';
import { envUrl, stateLabel } from '../view/labels';
import { pickAccount } from '../../accounts/accountPicker';
import { refOf } from './targets';
import { refreshAccount } from './refresh';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';

/** The command of each action, for the status bar's menu. */
const ACTION_COMMANDS: Readonly<Record<EnvAction, string>> = {
  start: Commands.startEnvironment,
  stop: Commands.stopEnvironment,
  restart: Commands.restartEnvironment,
  sleep: Commands.sleepEnvironment,
};

interface ActionItem extends vscode.QuickPickItem {
  readonly run?: () => unknown;
}

export async function useForWorkspace(parts: CommandParts, arg: unknown): Promise<void> {
  const ref = refOf(arg) ?? (await pickEnvironment(parts, undefined, t('Use Environment for This Workspace')));
  if (!ref) return;
  await parts.binding.set({ accountId: ref.accountId, envName: ref.envName });
  const env = parts.store.environment(ref);
  vscode.window.setStatusBarMessage(`$(check) ${t('This workspace now uses {0}', env ? envLabel(env) : ref.envName)}`, 3000);
}

export async function selectWorkspaceEnvironment(parts: CommandParts): Promise<void> {
  const current = parts.binding.current();
  const account = await pickAccount(parts.services, undefined, t('Select Workspace Environment'));
  if (!account) return;
  const envs = await environmentsOf(parts, account.id);
  if (!envs) return;
  const none = { label: `$(close) ${t('None')}`, description: t('forget the workspace environment'), ref: undefined };
  const items = [
    ...envs.map((env) => ({ ...envItem(env), ref: { accountId: account.id, envName: env.envName } as EnvRef | undefined })),
    ...(current?.source === 'workspace' ? [none] : []),
  ];
  if (items.length === 0) {
    void parts.services.prompts.ui.showInformationMessage(t('{0} has no environments yet.', account.label), {});
    return;
  }
  const picked = await parts.services.prompts.ui.showQuickPick(items, {
    title: t('Select Workspace Environment'),
    placeHolder: t('Which environment does this workspace use?'),
    matchOnDescription: true,
  });
  if (picked) await parts.binding.set(picked.ref);
}

/** The status bar's menu: the actions valid now, then open, show and change. */
export async function workspaceActions(parts: CommandParts): Promise<void> {
  const binding = parts.binding.current();
  if (!binding) return selectWorkspaceEnvironment(parts);
  const { store, services } = parts;
  await store.ensureLoaded(binding.accountId);
  const env = store.environment(binding);
  const busy = store.busy(binding);
  const items: ActionItem[] = [];
  if (services.health.get(binding.accountId).invalid) {
    items.push({ label: `$(key) ${t('Replace Token…')}`, description: t('the access token is invalid or expired'), run: () => vscode.commands.executeCommand(Commands.replaceToken, binding.accountId) });
  }
  if (env) {
    for (const action of ENV_ACTIONS) {
      if (!actionAvailable(action, env, busy)) continue;
      const commandId = ACTION_COMMANDS[action];
      const title = action === 'restart' ? t('Restart…') : actionTitle(action);
      items.push({ label: `$(${wordsFor(action).icon}) ${title}`, run: () => vscode.commands.executeCommand(commandId, binding) });
    }
    if (items.length > 0) items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
    items.push({ label: `$(cloud-upload) ${t('Deploy Archive…')}`, run: () => vscode.commands.executeCommand(Commands.deployArchive, binding) });
    items.push({ label: `$(debug-rerun) ${t('Redeploy Last Deployment')}`, run: () => vscode.commands.executeCommand(Commands.redeployLast) });
    const url = envUrl(env);
    if (url) items.push({ label: `$(globe) ${t('Open in Browser')}`, description: url, run: () => openUrl(parts, url) });
    if (env.domain) items.push({ label: `$(copy) ${t('Copy Domain')}`, run: () => copyDomain(parts, binding) });
    items.push({ label: `$(dashboard) ${t('Open Dashboard')}`, run: () => openDashboard(parts, binding) });
    if (env.nodes.length > 0) {
      items.push({ label: `$(output) ${t('Open Node Log…')}`, run: () => vscode.commands.executeCommand(Commands.openLog, binding) });
      items.push({ label: `$(go-to-file) ${t('Open Node File…')}`, run: () => vscode.commands.executeCommand(Commands.openNodeFile, binding) });
    }
    items.push({ label: `$(list-tree) ${t('Show in Environments View')}`, run: () => reveal(parts, binding) });
  } else {
    items.push({ label: `$(refresh) ${t('Refresh')}`, run: () => refreshAccount(parts, binding.accountId) });
  }
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: `$(arrow-swap) ${t('Change Environment…')}`, run: () => selectWorkspaceEnvironment(parts) });
  const state = env ? (busy ? busyText(busy.action) : stateLabel(env.status)) : t('not found');
  const picked = await services.prompts.ui.showQuickPick(items, {
    title: `${env ? envLabel(env) : binding.envName} — ${state}`,
    placeHolder: t('What do you want to do with this workspace’s environment?'),
  });
  await picked?.run?.();
}

export async function reveal(parts: CommandParts, arg: unknown): Promise<void> {
  const ref = refOf(arg) ?? parts.binding.current();
  if (!ref) return;
  await parts.store.ensureLoaded(ref.accountId);
  if (!parts.store.environment(ref)) return;
  await parts.treeView.reveal(parts.tree.environmentElement(ref), { select: true, focus: true, expand: false });
}
