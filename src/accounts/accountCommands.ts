import { originHost } from '../platform';
import type { AccountParts } from './parts';
import { accountTitle } from './account';
import { pickAccount, pickAccounts } from './accountPicker';
import { checkText } from '../ui/inputChecks';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'health' | 'log' | 'prompts'>;

/** "Remove Account…": forgets accounts and deletes their tokens from SecretStorage. Tokens stay valid on the platform. */
export async function removeAccounts(services: Parts, arg: unknown): Promise<void> {
  const accounts = await pickAccounts(services, arg, t('Remove Accounts from VS Code'));
  if (accounts.length === 0) return;
  const remove = t('Remove');
  const answer = await services.prompts.ui.showWarningMessage(
    accounts.length === 1
      ? t('Remove {0} from VS Code?', accountTitle(accounts[0]))
      : t('Remove {0} accounts from VS Code?', accounts.length),
    {
      modal: true,
      detail: t(
        'VS Code deletes its copy of the token. The token itself stays valid on the platform: remove it in the Access Tokens view or the dashboard if nothing else uses it.',
      ),
    },
    remove,
  );
  if (answer !== remove) return;
  for (const account of accounts) {
    await services.accounts.remove(account.id);
    services.log.info(`Removed account ${account.id} (${originHost(account.origin)})`);
  }
}

/** "Rename Account…": the label shown for the account (the platform host by default). */
export async function renameAccount(services: Parts, arg: unknown): Promise<void> {
  const account = await pickAccount(services, arg, t('Rename Account'));
  if (!account) return;
  const label = await services.prompts.ui.showInputBox({
    title: t('Rename {0}', accountTitle(account)),
    prompt: t('The name VS Code shows for this account; empty for the platform host'),
    value: account.label,
    valueSelection: [0, account.label.length],
    validateInput: checkText('accountLabel'),
  });
  if (label === undefined) return;
  await services.accounts.update(account.id, { label: label.trim() || originHost(account.origin) });
}
