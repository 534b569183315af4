import { vscode } from '../ui/vscodeApi';
import type { AccountParts } from './parts';
import { Account, accountTitle } from './account';
import { addAccessToken } from './addAccessToken';
import { generateIdePluginsToken } from './generateIdePluginsToken';
import { regenerateAccountToken } from './regenerateAccountToken';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'health' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

type Way = 'paste' | 'generate' | 'regenerate';

/**
 * "Replace Token…": a new token for an account whose token is invalid, expired or simply to be changed: paste one,
 * generate a new IDE Plugins token, or regenerate the current one. The account keeps its id and label.
 */
export async function replaceToken(services: Parts, account: Account): Promise<void> {
  const title = t('Replace the Token of {0}', accountTitle(account));
  const items: (vscode.QuickPickItem & { way: Way })[] = [
    {
      label: `$(key) ${t('Paste a Token…')}`,
      detail: t('A token you created in the dashboard (Settings → Access Tokens)'),
      way: 'paste',
    },
    {
      label: `$(add) ${t('Generate a New IDE Plugins Token…')}`,
      detail: t('With your login and password; the password is not kept'),
      way: 'generate',
    },
  ];
  if (account.tokenId !== undefined) {
    items.push({
      label: `$(sync) ${t('Regenerate the Current Token…')}`,
      detail: t('Same token, new value and expiry; the old value stops working'),
      way: 'regenerate',
    });
  }
  const picked = await services.prompts.ui.showQuickPick(items, { title, placeHolder: t('How do you want to replace it?') });
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
