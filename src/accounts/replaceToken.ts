import * as vscode from 'vscode';
import type { Services } from '../services';
import { Account, accountTitle } from './account';
import { addAccessToken } from './addAccessToken';
import { generateIdePluginsToken } from './generateIdePluginsToken';
import { regenerateAccountToken } from './regenerateAccountToken';

type Way = 'paste' | 'generate' | 'regenerate';

/**
 * "Replace Token…": a new token for an account whose token is invalid, expired or simply to be changed: paste one,
 * generate a new IDE Plugins token, or regenerate the current one. The account keeps its id and label.
 */
export async function replaceToken(services: Services, account: Account): Promise<void> {
  const title = vscode.l10n.t('Replace the Token of {0}', accountTitle(account));
  const items: (vscode.QuickPickItem & { way: Way })[] = [
    {
      label: `$(key) ${vscode.l10n.t('Paste a Token…')}`,
      detail: vscode.l10n.t('A token you created in the dashboard (Settings → Access Tokens)'),
      way: 'paste',
    },
    {
      label: `$(add) ${vscode.l10n.t('Generate a New IDE Plugins Token…')}`,
      detail: vscode.l10n.t('With your login and password; the password is not kept'),
      way: 'generate',
    },
  ];
  if (account.tokenId !== undefined) {
    items.push({
      label: `$(sync) ${vscode.l10n.t('Regenerate the Current Token…')}`,
      detail: vscode.l10n.t('Same token, new value and expiry; the old value stops working'),
      way: 'regenerate',
    });
  }
  const picked = await services.prompts.ui.showQuickPick(items, { title, placeHolder: vscode.l10n.t('How do you want to replace it?') });
  switch (picked?.way) {
    case 'paste':
      await addAccessToken(services, { origin: account.origin, target: account, title });
      return;
    case 'generate':
      await generateIdePluginsToken(services, { origin: account.origin, target: account, login: account.user, title });
      return;
    case 'regenerate':
      await regenerateAccountToken(services, account);
      return;
  }
}
