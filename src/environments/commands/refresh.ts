// Refresh: every account, or one.

import type { CommandParts } from './parts';
import { Views } from '../../ui/commandIds';
import { accountIdOf } from './targets';
import { NodeFolderElement } from '../view/treeElements';
import { pickAccount } from '../../accounts/accountPicker';
import { t } from '../../util/l10n';
import { vscode } from '../../ui/vscodeApi';

export async function refreshAll(parts: CommandParts): Promise<void> {
  const failures = await vscode.window.withProgress({ location: { viewId: Views.environments } }, () => parts.store.reload());
  await Promise.all(failures.map(({ accountId, error }) => reportLoad(parts, accountId, error)));
}

export async function refreshAccount(parts: CommandParts, arg: unknown): Promise<void> {
  const accountId = accountIdOf(arg) ?? (await pickAccount(parts.services, undefined, t('Refresh Environments')))?.id;
  if (!accountId) return;
  await vscode.window.withProgress({ location: { viewId: Views.environments } }, () => parts.store.load(accountId));
  const error = parts.store.view(accountId).error;
  if (error !== undefined) await reportLoad(parts, accountId, error);
}

export function reportLoad(parts: CommandParts, accountId: string, error: unknown): Promise<void> {
  const account = parts.store.account(accountId);
  return parts.services.reporter.report(error, {
    operation: t('Loading the environments of {0}', account?.label ?? accountId),
    usedToken: true,
    accountId,
  });
}

/** Reads a node's Files or Logs folder again; only from the tree (its Refresh button or error row). */
export function refreshNodeFolder(parts: CommandParts, arg: unknown): void {
  if (arg instanceof NodeFolderElement) parts.tree.refreshNodeFolder(arg);
}
