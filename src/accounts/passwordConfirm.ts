import { PlatformError, ResultCode } from '../platform';
import type { AccountParts } from './parts';
import type { ManagementSession } from './managementSessions';
import { checkText } from '../ui/inputChecks';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'log' | 'prompts'>;

const MAX_ATTEMPTS = 3;

/**
 * Every token change is confirmed with the account password, as in the dashboard. The password goes into the call
 * and is dropped; a wrong one (801) asks again, up to three times. Resolves `{ value }`, or undefined when cancelled.
 * @throws the call's error (after the last wrong password, or any other failure)
 */
export async function withPassword<T>(
  services: Parts,
  session: ManagementSession,
  title: string,
  run: (password: string) => Promise<T>,
): Promise<{ value: T } | undefined> {
  const ui = services.prompts.ui;
  const who = session.owner.email ?? session.owner.login;
  let prompt = t('Confirm with the password of {0} on {1}. It is used for this change only, never stored.', who, session.host);
  for (let attempt = 1; ; attempt++) {
    const password = await ui.showInputBox({
      title,
      prompt,
      password: true,
      ignoreFocusOut: true,
      validateInput: checkText('password'),
    });
    if (!password) return undefined;
    services.log.redactor.track(password);
    try {
      return { value: await run(password) };
    } catch (error) {
      if (error instanceof PlatformError && error.result === ResultCode.InvalidPassword && attempt < MAX_ATTEMPTS) {
        prompt = t('The password was wrong. Enter the password of {0} on {1} again.', who, session.host);
        continue;
      }
      throw error;
    } finally {
      // Used for this one call; nothing holds it any more.
      services.log.redactor.forget(password);
    }
  }
}
