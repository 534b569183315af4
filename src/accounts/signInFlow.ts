import { PlatformClient, PlatformError, ResultCode, signIn, SignInResult } from '../platform';
import type { AccountParts } from './parts';
import { isCancellation, withProgress } from '../ui/progress';
import type { Steps } from '../ui/steps';
import type { PlatformUser } from './accountMatching';
import { checkText } from '../ui/inputChecks';
import { looksLikeToken } from './platformInput';
import { askTwoFactorCode } from './twoFactorFlow';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'clients' | 'log' | 'prompts' | 'reporter'>;

/** A live sign-in. The caller signs out and drops it (and the password) as soon as it is done. */
export interface SignedIn {
  readonly client: PlatformClient;
  readonly session: string;
  readonly login: string;
  /** Kept only for the change this sign-in was made for (the platform asks for it again on every token change). */
  readonly password: string;
  /** The two-factor codes typed for it: secrets like the password, masked until the sign-in's credentials go. */
  readonly codes: readonly string[];
  readonly user: PlatformUser;
}

const checkLogin = checkText('login');

/**
 * Login, password; then Signin, and the two-factor code only when the platform says the session needs one
 * (Verify2FACode). Wrong credentials offer Try Again. Returns undefined when the user cancels or the sign-in failed
 * (already reported); a restricted session left behind is signed out.
 * Takes two steps of `steps` (login and password); the code reuses the password's step.
 */
export async function signInInteractively(
  services: Parts,
  steps: Steps,
  options: { origin: string; login?: string },
): Promise<SignedIn | undefined> {
  const ui = services.prompts.ui;
  const redactor = services.log.redactor;
  const client = services.clients.forOrigin(options.origin);
  let login = options.login;
  for (;;) {
    login = await ui.showInputBox({
      title: steps.next(),
      prompt: t('Your login (email) on {0}', client.host),
      placeHolder: 'name@example.com',
      value: login,
      ignoreFocusOut: true,
      validateInput: (text) =>
        checkLogin(text) ??
        // The login is repeated in the next prompts: a token pasted here must not get that far.
        (looksLikeToken(text) ? t('This looks like an access token, not a login. Enter the email you sign in to the dashboard with.') : undefined),
    });
    if (login === undefined || !login.trim() || looksLikeToken(login)) return undefined;
    login = login.trim();
    const password = await ui.showInputBox({
      title: steps.next(),
      prompt: t('The password of {0} on {1}. VS Code uses it for this step only and never stores it.', login, client.host),
      password: true,
      ignoreFocusOut: true,
      validateInput: checkText('password'),
    });
    if (!password) return undefined;
    redactor.track(password);
    const codes: string[] = [];
    let keepSecrets = false;
    try {
      const result = await signInWithProgress(client, { login, password });
      let session = result.session;
      let user = userOf(result, login);
      if (result.kind === 'codeRequired') {
        const verified = await askTwoFactorCode(services, steps, client, { login, pending: result, codes });
        if (verified === 'again') {
          steps.back(2);
          continue;
        }
        if (!verified) return undefined;
        session = verified.session;
        user = { uid: verified.uid ?? user.uid, email: verified.email ?? user.email, name: verified.name ?? user.name, login };
      }
      redactor.track(session);
      keepSecrets = true;
      return { client, session, login, password, codes, user };
    } catch (error) {
      if (error instanceof PlatformError && error.result === ResultCode.AuthenticationFailed) {
        const again = t('Try Again');
        const answer = await ui.showErrorMessage(
          t('Sign-in to {0} failed: wrong login or password.', client.host),
          {},
          again,
        );
        if (answer === again) {
          steps.back(2);
          continue;
        }
        return undefined;
      }
      if (!isCancellation(error)) {
        await services.reporter.report(error, { operation: t('Sign-in to {0}', client.host), usedToken: false });
      }
      return undefined;
    } finally {
      // Secrets that signed nobody in are dropped now; those that did go with the sign-in (forgetSignIn).
      if (!keepSecrets) {
        redactor.forget(password);
        for (const code of codes) redactor.forget(code);
      }
    }
  }
}

/** Drops the password and two-factor codes of a sign-in whose session lives on (token management). */
export function forgetCredentials(services: Pick<Parts, 'log'>, signedIn: SignedIn): void {
  services.log.redactor.forget(signedIn.password);
  for (const code of signedIn.codes) services.log.redactor.forget(code);
}

/** Drops a sign-in's secrets from memory once it has ended (they no longer need masking: nothing holds them). */
export function forgetSignIn(services: Parts, signedIn: SignedIn): void {
  services.log.redactor.forget(signedIn.session);
  forgetCredentials(services, signedIn);
}

function userOf(answer: { uid?: number; email?: string; name?: string }, login: string): PlatformUser {
  return { uid: answer.uid, email: answer.email, name: answer.name, login };
}

function signInWithProgress(client: PlatformClient, input: { login: string; password: string }): Promise<SignInResult> {
  return withProgress(t('Signing in to {0}…', client.host), (signal) => signIn(client, input, { signal }), {
    cancellable: true,
  });
}
