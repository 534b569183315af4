import { originHost } from '../platform';
import type { AccountParts } from './parts';
import { isCancellation, withProgress } from '../ui/progress';
import { Steps } from '../ui/steps';
import { Account, accountTitle } from './account';
import { askPlatform } from './platformPrompt';
import { looksLikeToken } from './platformInput';
import { storeAccountToken } from './storeToken';
import { checkToken } from './tokenCheck';
import { checkText } from '../ui/inputChecks';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'health' | 'log' | 'prompts' | 'reporter'>;

export interface AddTokenOptions {
  /** Skip the platform step. */
  readonly origin?: string;
  /** Replace this account's token instead of adding or matching an account. */
  readonly target?: Account;
  readonly title?: string;
}

/**
 * "Add Access Token…": platform, then the token (a password input that stays open on focus loss). The token is
 * stored only once GetEnvs accepted it. Returns the account, or undefined when cancelled or refused.
 */
export async function addAccessToken(services: Parts, options: AddTokenOptions = {}): Promise<Account | undefined> {
  const ui = services.prompts.ui;
  const steps = new Steps(options.title ?? t('Add Access Token'), options.origin ? 1 : 2);
  const origin = options.origin ?? (await askPlatform(services, steps));
  if (!origin) return undefined;
  const host = originHost(origin);
  for (;;) {
    const typed = await ui.showInputBox({
      title: steps.next(),
      prompt: t(
        'Paste a personal access token for {0} (dashboard → Settings → Access Tokens; the IDE Plugins preset is enough). It is kept in VS Code’s secret storage.',
        host,
      ),
      password: true,
      ignoreFocusOut: true,
      validateInput: checkText('token'),
    });
    const token = typed?.trim();
    if (!token) return undefined;
    services.log.redactor.track(token);
    const client = services.clients.forOrigin(origin);
    let check;
    try {
      check = await withProgress(t('Checking the token with {0}…', host), (signal) => checkToken(client, token, signal), {
        cancellable: true,
      });
    } catch (error) {
      if (!isCancellation(error)) {
        await services.reporter.report(error, { operation: t('Checking the token with {0}', host) });
      }
      return undefined;
    }
    if (check.kind === 'invalid') {
      const again = t('Try Again');
      const hint = looksLikeToken(token) ? '' : ' ' + t('(It does not look like a token: check what was pasted.)');
      const answer = await ui.showErrorMessage(
        t('{0} refused this token: it is invalid or expired. Nothing was stored.', host) + hint,
        {},
        again,
      );
      if (answer === again) {
        steps.back(1);
        continue;
      }
      return undefined;
    }
    if (check.kind === 'noEnvironmentAccess') {
      // Nothing is stored; the one failure table says which method is missing and offers the ways to get it.
      await services.reporter.report(check.error, { operation: t('Adding the access token for {0}', host), usedToken: true, origin });
      return undefined;
    }
    const { account, created } = await storeAccountToken(services, {
      origin,
      user: check.user,
      token,
      facts: {},
      target: options.target,
    });
    services.health.recordSuccess(account.id);
    services.log.info(`${created ? 'Added' : 'Replaced the token of'} account ${account.id} on ${host}`);
    void ui.showInformationMessage(
      created
        ? t('Added {0}. VS Code now uses this token for it.', accountTitle(account))
        : t('Replaced the token of {0}.', accountTitle(account)),
      {},
    );
    return account;
  }
}
