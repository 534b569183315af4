// Open in Browser, Copy Domain, Open Dashboard.

import type { CommandParts } from './parts';
import { type Ref, accountIdOf, refOf } from './targets';
import { envLabel } from '../model/envState';
import { envUrl, nodeLabel, nodeUrl } from '../view/labels';
import { pickAccount } from '../../accounts/accountPicker';
import { pickEnvironment } from './pick';
import { t } from '../../util/l10n';
import { openExternal } from '../../ui/userInterface';
import { vscode } from '../../ui/vscodeApi';

export async function openInBrowser(parts: CommandParts, arg: unknown): Promise<void> {
  const ref: Ref | undefined = refOf(arg) ?? (await pickEnvironment(parts, undefined, t('Open Environment in Browser')));
  if (!ref) return;
  const env = parts.store.environment(ref);
  if (!env) return;
  const node = ref.nodeId !== undefined ? env.nodes.find((candidate) => candidate.id === ref.nodeId) : undefined;
  const url = node ? nodeUrl(node) : envUrl(env);
  if (!url) {
    void parts.services.prompts.ui.showInformationMessage(t('{0} has no address to open.', node ? nodeLabel(node) : envLabel(env)), {});
    return;
  }
  await openUrl(parts, url);
}

export async function copyDomain(parts: CommandParts, arg: unknown): Promise<void> {
  const ref = refOf(arg) ?? (await pickEnvironment(parts, undefined, t('Copy Environment Domain')));
  if (!ref) return;
  const env = parts.store.environment(ref);
  if (!env?.domain) return;
  await parts.services.prompts.ui.writeClipboard(env.domain);
  vscode.window.setStatusBarMessage(`$(check) ${t('Copied {0}', env.domain)}`, 3000);
}

export async function openDashboard(parts: CommandParts, arg: unknown): Promise<void> {
  const accountId = accountIdOf(arg) ?? (await pickAccount(parts.services, undefined, t('Open Dashboard')))?.id;
  const account = accountId ? parts.store.account(accountId) : undefined;
  if (account) await openUrl(parts, account.origin);
}

export async function openUrl(parts: CommandParts, url: string): Promise<void> {
  const ui = parts.services.prompts.ui;
  const uri = vscode.Uri.parse(url, true);
  await openExternal(ui, uri);
}
