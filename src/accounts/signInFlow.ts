import { PlatformClient, PlatformError, ResultCode, signIn, SignInResult } from '../platform';
import type { AccountParts } from './parts';
import { isCancellation, withProgress } from '../ui/progress';
import type { Steps } from '../ui/steps';
import type { PlatformUser } from './accountMatching';
import { checkText } from '../ui/inputChecks';
import { looksLikeToken } from './platformInput';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'clients' | 'log' | 'prompts' | 'reporter'>;

/** A live sign-in. The caller signs out and drops it (and the password) as soon as it is done. */
export interface SignedIn {
  readonly client: PlatformClient;
  readonly session: string;
  readonly login: string;
  /** Kept only for the change this sign-in was made for (the platform asks for it again on every token change). */
  readonly password: string;
  readonly user: PlatformUser;
}

const MAX_CODE_ATTEMPTS = 3;
const checkLogin = checkText('login');

/**
 * Login, password, and the two-factor code when the account asks for one; then Signin. Wrong credentials offer
 * Try Again. Returns undefined when the user cancels or the sign-in failed (already reported).
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
    const credentials = { login, password };
    let keepPassword = false;
    try {
      let result = await signInWithProgress(client, credentials);
      if (result.kind === 'codeRequired') {
        const code = await askCodeUntilAccepted(services, steps, client, credentials);
        if (!code) return undefined;
        result = code;
      }
      if (result.kind !== 'signedIn') return undefined;
      redactor.track(result.session);
      keepPassword = true;
      return {
        client,
        session: result.session,
        login,
        password,
        user: { uid: result.uid, email: result.email, name: result.name, login },
      };
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
        await services.reporter.report(error, { operation: t('Sign-in to {0}', client.host) });
      }
      return undefined;
    } finally {
      // A password that signed nobody in is dropped now; one that did goes with the sign-in (endSignIn).
      if (!keepPassword) redactor.forget(password);
    }
  }
}

/** Drops a sign-in's secrets from memory once it has ended (they no longer need masking: nothing holds them). */
export function forgetSignIn(services: Parts, signedIn: SignedIn): void {
  services.log.redactor.forget(signedIn.session);
  services.log.redactor.forget(signedIn.password);
}

async function askCodeUntilAccepted(
  services: Parts,
  steps: Steps,
  client: PlatformClient,
  credentials: { login: string; password: string },
): Promise<SignInResult | undefined> {
  const ui = services.prompts.ui;
  let prompt = t('Two-factor authentication: the code from your authenticator app for {0}', credentials.login);
  for (let attempt = 1; ; attempt++) {
    const typed = await ui.showInputBox({
      title: steps.again(),
      prompt,
      // No sample digits: a sample could be taken for (or be) a real code, and the no-secret sweep would flag it.
      placeHolder: t('The current code'),
      ignoreFocusOut: true,
      validateInput: checkText('code'),
    });
    const code = typed?.replace(/\s+/g, '');
    if (!code) return undefined;
    services.log.redactor.track(code);
    try {
      return await signInWithProgress(client, { ...credentials, code });
    } catch (error) {
      if (error instanceof PlatformError && error.result === ResultCode.AuthenticationFailed && attempt < MAX_CODE_ATTEMPTS) {
        prompt = t('That code was not accepted. Enter the current code from your authenticator app');
        continue;
      }
      throw error;
    } finally {
      services.log.redactor.forget(code);
    }
  }
}

function signInWithProgress(client: PlatformClient, input: { login: string; password: string; code?: string }): Promise<SignInResult> {
  return withProgress(t('Signing in to {0}…', client.host), (signal) => signIn(client, input, { signal }), {
    cancellable: true,
  });
}
