import { originHost } from '../platform';
import type { AccountParts } from './parts';
import { Account, accountTitle } from './account';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'health' | 'prompts'>;

/**
 * The account a command is about. Accepts what callers pass: an account id, an Account, or a tree node carrying
 * `accountId` or `account` (the Environments view's nodes). Anything else: a pick of the stored accounts.
 */
export function accountFromArgument(services: Pick<Parts, 'accounts'>, arg: unknown): Account | undefined {
  if (typeof arg === 'string') return services.accounts.get(arg);
  if (arg && typeof arg === 'object') {
    const record = arg as { id?: unknown; accountId?: unknown; account?: { id?: unknown } };
    for (const id of [record.accountId, record.account?.id, record.id]) {
      if (typeof id === 'string') {
        const account = services.accounts.get(id);
        if (account) return account;
      }
    }
  }
  return undefined;
}

export async function pickAccount(services: Parts, arg: unknown, title: string): Promise<Account | undefined> {
  const given = accountFromArgument(services, arg);
  if (given) return given;
  const accounts = services.accounts.list();
  if (accounts.length === 0) {
    void services.prompts.ui.showInformationMessage(t('There are no accounts in VS Code yet.'), {});
    return undefined;
  }
  if (accounts.length === 1) return accounts[0];
  const picked = await services.prompts.ui.showQuickPick(accountItems(services, accounts), {
    title,
    placeHolder: t('Which account?'),
  });
  return picked?.account;
}

export async function pickAccounts(services: Parts, arg: unknown, title: string): Promise<Account[]> {
  const given = accountFromArgument(services, arg);
  if (given) return [given];
  const accounts = services.accounts.list();
  if (accounts.length === 0) return [];
  const picked = await services.prompts.ui.showQuickPick(accountItems(services, accounts), {
    title,
    placeHolder: t('Check the accounts'),
    canPickMany: true,
  });
  return (picked ?? []).map((item) => item.account);
}

function accountItems(services: Parts, accounts: readonly Account[]) {
  return accounts.map((account) => {
    const health = services.health.get(account.id);
    return {
      label: `$(${health.invalid ? 'warning' : 'account'}) ${account.label}`,
      description: [account.user, account.label === originHost(account.origin) ? undefined : originHost(account.origin)]
        .filter(Boolean)
        .join(' · '),
      detail: health.invalid ? t('token invalid') : account.tokenDescription,
      account,
      title: accountTitle(account),
    };
  });
}
