// How each row of the Environments view looks: built from the store on demand, one function per kind of row.

import { vscode } from '../../ui/vscodeApi';
import { accountTitle } from '../../accounts/account';
import { originHost } from '../../platform';
import { Commands } from '../../ui/commandIds';
import { describeFailure } from '../../ui/failure';
import { nextStep } from '../../ui/reporter';
import { t } from '../../util/l10n';
import type { EnvironmentStore } from '../model/environmentStore';
import { envLabel, scopeCovers } from '../model/envState';
import { groupDescription, groupIcon, nodeGroupsOf } from './groups';
import type { IconSpec } from './iconSpec';
import {
  accountContextValue,
  envAccessibilityLabel,
  envContextValue,
  envDescription,
  envIcon,
  groupContextValue,
  nodeContextValue,
  nodeDescription,
  nodeIcon,
  nodeLabel,
} from './labels';
import { AccountElement, EnvElement, GroupElement, MessageElement, NodeElement, elementKey } from './treeElements';

/** What the tree knows besides the store. */
export interface TreeOptions {
  /** Is this the workspace's environment? */
  isWorkspaceEnvironment(ref: { accountId: string; envName: string }): boolean;
  /** Is this account's token known to be invalid or expired? */
  tokenInvalid(accountId: string): boolean;
}

export function accountItem(store: EnvironmentStore, options: TreeOptions, element: AccountElement): vscode.TreeItem {
  const account = store.account(element.accountId);
  if (!account) return new vscode.TreeItem(t('(removed account)'));
  const item = new vscode.TreeItem(account.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = elementKey(element);
  const invalid = options.tokenInvalid(account.id);
  const host = originHost(account.origin);
  const parts = [account.user, account.label === host ? undefined : host].filter(Boolean);
  if (invalid) parts.push(t('token invalid'));
  item.description = parts.join(' · ') || undefined;
  item.iconPath = invalid ? themeIcon({ id: 'warning', color: 'list.warningForeground' }) : new vscode.ThemeIcon('account');
  item.contextValue = accountContextValue(invalid);
  item.tooltip = accountTitle(account) + (invalid ? `\n${t('The access token is invalid, expired or revoked.')}` : '');
  return item;
}

export function envItem(store: EnvironmentStore, element: EnvElement): vscode.TreeItem {
  const env = store.environment(element);
  if (!env) return new vscode.TreeItem(element.envName);
  const busy = store.busy(element);
  const hasNodes = env.nodes.length > 0;
  const item = new vscode.TreeItem(envLabel(env), hasNodes ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = elementKey(element);
  item.description = envDescription(env, busy);
  item.iconPath = themeIcon(envIcon(env, busy));
  item.contextValue = envContextValue(env.status, busy !== undefined);
  item.accessibilityInformation = { label: envAccessibilityLabel(env, busy) };
  return item;
}

export function groupItem(store: EnvironmentStore, element: GroupElement): vscode.TreeItem {
  const env = store.environment(element);
  const group = env && nodeGroupsOf(env).find((candidate) => candidate.name === element.nodeGroup);
  if (!env || !group) return new vscode.TreeItem(element.nodeGroup);
  const busy = store.busy(element);
  const restarting = busy?.action === 'restart' && (busy.scope?.kind !== 'node' && (busy.scope?.kind !== 'group' || busy.scope.nodeGroup === group.name));
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = elementKey(element);
  item.description = restarting ? `${groupDescription(group)} · ${t('Restarting…')}` : groupDescription(group);
  item.iconPath = themeIcon(restarting ? { id: 'loading~spin' } : groupIcon(group.name));
  item.contextValue = groupContextValue(env.status, busy !== undefined);
  item.tooltip = `${group.label} (${group.name})`;
  return item;
}

/** @param collapsible the node has folders (Files, Logs) under it. */
export function nodeItem(store: EnvironmentStore, element: NodeElement, collapsible = false): vscode.TreeItem {
  const env = store.environment(element);
  const node = env?.nodes.find((candidate) => candidate.id === element.nodeId);
  if (!env || !node) return new vscode.TreeItem(String(element.nodeId));
  const busy = store.busy(element);
  const restarting = busy?.action === 'restart' && scopeCovers(busy.scope, node);
  const item = new vscode.TreeItem(nodeLabel(node), collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = elementKey(element);
  item.description = nodeDescription(node, env.status, restarting);
  item.iconPath = themeIcon(nodeIcon(node, restarting));
  item.contextValue = nodeContextValue(env.status, busy !== undefined);
  return item;
}

/** The row a failed GetEnvs shows: the failure in a few words (ui/failure.ts), and its next step on click. */
export function errorRow(accountId: string, error: unknown, stale: boolean): MessageElement {
  const failure = describeFailure(error, { operation: t('Loading the environments'), usedToken: true });
  const step = failure.actions.find((candidate) => candidate === 'replaceToken' || candidate === 'generateIdePluginsToken');
  const item = messageItem(failure.summary ?? t('Could not load environments'), stale ? 'warning' : 'error');
  item.description = stale ? t('showing the last list') : step ? ROW_HINTS[step]() : t('click to try again');
  item.tooltip = error instanceof Error ? error.message : String(error);
  const next = step && nextStep(step);
  item.command = next
    ? { command: next.command, title: next.title(), arguments: [failure.permission ? { accountId, permission: failure.permission } : accountId] }
    : { command: Commands.refreshAccountEnvironments, title: t('Try Again'), arguments: [accountId] };
  item.contextValue = 'vap.loadError';
  return new MessageElement(accountId, item);
}

const ROW_HINTS = {
  replaceToken: () => t('click to replace it'),
  generateIdePluginsToken: () => t('an IDE Plugins token can'),
};

export function themeIcon(icon: IconSpec): vscode.ThemeIcon {
  return icon.color ? new vscode.ThemeIcon(icon.id, new vscode.ThemeColor(icon.color)) : new vscode.ThemeIcon(icon.id);
}

export function markdown(text: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(text, true);
  result.isTrusted = false;
  return result;
}

export function messageItem(label: string, icon: 'info' | 'warning' | 'error'): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.iconPath = icon === 'info' ? undefined : themeIcon({ id: icon, color: icon === 'error' ? 'list.errorForeground' : 'list.warningForeground' });
  return item;
}
