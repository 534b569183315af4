import { accountTitle } from '../accounts/account';
import { storeAccountToken } from '../accounts/storeToken';
import type { NewAccessToken } from '../platform';
import type { AccountParts } from '../accounts/parts';
import type { ManagementSession } from '../accounts/managementSessions';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'globalState' | 'log' | 'prompts'>;

/** The method VS Code's Environments view cannot do without. */
export const ENVIRONMENT_PROBE_METHOD = 'environment.control.GetEnvs';

/**
 * "Use in VS Code": stores a new token value as the token of this user's account on the platform (an account is
 * created when there is none). A token that cannot list environments is stored only after a warning.
 * @returns what was done, in a sentence, or undefined when the user backed out
 */
export async function useInVsCode(services: Parts, session: ManagementSession, token: NewAccessToken): Promise<string | undefined> {
  const lacksEnvironments = !token.methods.some((method) => method.toLowerCase() === ENVIRONMENT_PROBE_METHOD.toLowerCase());
  if (lacksEnvironments) {
    const useAnyway = t('Use Anyway');
    const answer = await services.prompts.ui.showWarningMessage(
      t('“{0}” cannot list environments (it lacks GetEnvs), so the Environments view cannot use it.', token.description),
      { modal: true, detail: t('A token with the IDE Plugins preset has every method VS Code needs.') },
      useAnyway,
    );
    if (answer !== useAnyway) return undefined;
  }
  const { account, created } = await storeAccountToken(services, {
    origin: session.origin,
    user: session.owner,
    token: token.key,
    facts: { tokenId: token.id, tokenDescription: token.description, tokenExpiresAt: token.expiresAt },
  });
  services.log.info(`Token ${token.id} on ${session.host} is now used by account ${account.id}${created ? ' (new)' : ''}`);
  return created
    ? t('Added {0}: VS Code now uses this token for it.', accountTitle(account))
    : t('VS Code now uses this token for {0}.', accountTitle(account));
}
