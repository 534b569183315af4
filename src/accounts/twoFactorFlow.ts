// The second step of a two-factor sign-in: Signin gave a restricted session, Verify2FACode with the code from the
// authenticator app makes it valid (platform-api.md "Two-factor sign-in"). Asked only when the platform says so.

import { vscode } from '../ui/vscodeApi';
import {
  PendingSignIn,
  PlatformClient,
  PlatformError,
  ResultCode,
  ServerError,
  isSessionRefused,
  signOut,
  TFA_MAX_CODE_ATTEMPTS,
  verifyTwoFactorCode,
} from '../platform';
import type { AccountParts } from './parts';
import { isCancellation, withProgress } from '../ui/progress';
import type { Steps } from '../ui/steps';
import { checkText } from '../ui/inputChecks';
import { openExternal } from '../ui/userInterface';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'log' | 'prompts' | 'reporter'>;

export type Verified = Awaited<ReturnType<typeof verifyTwoFactorCode>>;

/**
 * Asks for the code until Verify2FACode accepts one. Returns the valid session; 'again' when the user chose to sign
 * in again (the restricted session ended or ran out of attempts); undefined on cancel or failure (reported). Every
 * way out but success signs the restricted session out. Each typed code is pushed to `codes` and masked at once.
 */
export async function askTwoFactorCode(
  services: Parts,
  steps: Steps,
  client: PlatformClient,
  input: { login: string; pending: PendingSignIn; codes: string[] },
): Promise<Verified | 'again' | undefined> {
  const { login, pending, codes } = input;
  const redactor = services.log.redactor;
  redactor.track(pending.session);
  let verified: Verified | undefined;
  try {
    if (!pending.configured) {
      await notConfigured(services, client, login);
      return undefined;
    }
    let attemptsLeft = pending.attemptsLeft ?? TFA_MAX_CODE_ATTEMPTS;
    let prompt = t('Two-factor authentication: the six-digit code from your authenticator app for {0}', login);
    while (attemptsLeft > 0) {
      const code = await askCode(services, steps, prompt);
      if (!code) return undefined;
      codes.push(code);
      redactor.track(code);
      try {
        verified = await withProgress(
          t('Checking the code on {0}…', client.host),
          (signal) => verifyTwoFactorCode(client, pending, code, { signal }),
          { cancellable: true },
        );
        // A new session replaced the restricted one, which is dead now and needs no masking.
        if (verified.session !== pending.session) redactor.forget(pending.session);
        return verified;
      } catch (error) {
        if (isSessionRefused(error)) return await signInAgain(services, t('The sign-in to {0} ended before a code was accepted.', client.host));
        if (!isCodeRefused(error)) throw error;
        attemptsLeft = (error instanceof PlatformError ? error.attemptsLeft : undefined) ?? attemptsLeft - 1;
        prompt =
          attemptsLeft === 1
            ? t('That code was not accepted; 1 attempt left. Enter the current code from your authenticator app')
            : t('That code was not accepted; {0} attempts left. Enter the current code from your authenticator app', attemptsLeft);
      }
    }
    return await signInAgain(services, t('No code was accepted for {0} on {1}.', login, client.host));
  } catch (error) {
    if (!isCancellation(error)) await services.reporter.report(error, { operation: t('Sign-in to {0}', client.host), usedToken: false });
    return undefined;
  } finally {
    if (!verified) {
      await endRestricted(services, client, pending.session);
      redactor.forget(pending.session);
    }
  }
}

async function askCode(services: Parts, steps: Steps, prompt: string): Promise<string | undefined> {
  const typed = await services.prompts.ui.showInputBox({
    title: steps.again(),
    prompt,
    // No sample digits: a sample could be taken for (or be) a real code, and the no-secret sweep would flag it.
    placeHolder: t('The current code'),
    ignoreFocusOut: true,
    validateInput: checkText('code'),
  });
  return typed?.replace(/\s+/g, '') || undefined;
}

/**
 * Verify2FACode's reply to a wrong code is not documented [?]: any platform result but 702 (handled before) and
 * 704 (blocked, reported as such), and any HTTP 4xx but 404, means "not accepted".
 */
function isCodeRefused(error: unknown): boolean {
  if (error instanceof PlatformError) return error.result !== ResultCode.UserBlocked;
  return error instanceof ServerError && error.status >= 400 && error.status < 500;
}

async function signInAgain(services: Parts, message: string): Promise<'again' | undefined> {
  const again = t('Sign In Again');
  const answer = await services.prompts.ui.showErrorMessage(message, {}, again);
  return answer === again ? 'again' : undefined;
}

/** `isConfigured: false`: 2FA is required but not set up yet; that happens in the dashboard (Settings > Account). */
async function notConfigured(services: Parts, client: PlatformClient, login: string): Promise<void> {
  const open = t('Open Dashboard');
  const answer = await services.prompts.ui.showErrorMessage(
    t(
      '{0} on {1} must use two-factor authentication, which is not set up yet. Set it up in the dashboard (Settings → Account), then sign in again.',
      login,
      client.host,
    ),
    {},
    open,
  );
  if (answer === open) await openExternal(services.prompts.ui, vscode.Uri.parse(client.origin));
}

/** A restricted session left behind is signed out; a failure only goes to the log (it dies on the platform anyway). */
async function endRestricted(services: Parts, client: PlatformClient, session: string): Promise<void> {
  try {
    await signOut(client, session);
  } catch (error) {
    services.log.warn(`Signout of an unfinished two-factor sign-in on ${client.host} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
