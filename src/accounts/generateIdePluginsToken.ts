import * as os from 'node:os';
import { createToken, originHost, signOut } from '../platform';
import type { AccountParts } from './parts';
import { expiryFor } from './expiryDates';
import { askExpiry } from './expiryPrompt';
import { isCancellation, withProgress } from '../ui/progress';
import { Steps } from '../ui/steps';
import { copyToClipboard } from '../ui/newValue';
import { Account, accountTitle } from './account';
import { askPlatform } from './platformPrompt';
import { forgetSignIn, SignedIn, signInInteractively } from './signInFlow';
import { storeAccountToken } from './storeToken';
import { checkText } from '../ui/inputChecks';
import { SessionEndedError } from './managementSessions';
import { idePluginsScope } from './idePluginsScope';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'clients' | 'globalState' | 'health' | 'log' | 'prompts' | 'reporter' | 'tokenSessions'>;

export { IDE_PLUGINS_TEMPLATE } from './idePluginsScope';

export interface GenerateOptions {
  readonly origin?: string;
  /** Store the new token as this account's token. */
  readonly target?: Account;
  readonly login?: string;
  readonly title?: string;
  /** Run because a token was refused this method (8202): the preset must have it, else a Custom token is offered. */
  readonly permission?: string;
}

export function defaultTokenDescription(): string {
  return `VS Code on ${os.hostname()}`;
}

/**
 * "Generate IDE Plugins Token…": platform, login, password (+ two-factor code), description, expiry; then Signin,
 * CreateToken with the IDE Plugins preset, store, Signout. The password and session are dropped at the end.
 */
export async function generateIdePluginsToken(services: Parts, options: GenerateOptions = {}): Promise<Account | undefined> {
  const ui = services.prompts.ui;
  const steps = new Steps(options.title ?? t('Generate IDE Plugins Token'), options.origin ? 4 : 5);
  const origin = options.origin ?? (await askPlatform(services, steps));
  if (!origin) return undefined;
  const host = originHost(origin);
  const signedIn = await signInInteractively(services, steps, { origin, login: options.login ?? options.target?.user });
  if (!signedIn) return undefined;
  // The sign-in waits for the next answers: the token-management idle limit applies to it as well.
  const held = services.tokenSessions.hold(host);
  try {
    const scope = await idePluginsScope(services, signedIn, held, options.permission);
    if (!scope) return undefined;
    const description = await ui.showInputBox({
      title: steps.next(),
      prompt: t('A description, to recognise the token in the dashboard'),
      value: defaultTokenDescription(),
      ignoreFocusOut: true,
      validateInput: checkText('description'),
    });
    if (!description?.trim()) return undefined;
    const expiry = await askExpiry(ui, steps);
    if (!expiry) return undefined;
    const token = await held.run(() =>
      withProgress(t('Creating an IDE Plugins token on {0}…', host), () =>
        createToken(signedIn.client, signedIn.session, {
          description: description.trim(),
          ...scope,
          expiresAt: expiryFor(expiry, new Date()),
          password: signedIn.password,
        }),
      ),
    );
    services.log.redactor.track(token.key);
    const { account } = await storeAccountToken(services, {
      origin,
      user: signedIn.user,
      token: token.key,
      facts: { tokenId: token.id, tokenDescription: token.description, tokenExpiresAt: token.expiresAt },
      target: options.target,
    });
    services.health.recordSuccess(account.id);
    services.log.info(`Created ${scope.template ? 'IDE Plugins' : 'Custom'} token ${token.id} on ${host} for account ${account.id}`);
    await endSignIn(services, signedIn);
    const copy = t('Copy');
    const answer = await ui.showInformationMessage(
      scope.template
        ? t('Created the IDE Plugins token “{0}” and stored it for {1}. Its value is shown only now: copy it if you need it elsewhere.', token.description, accountTitle(account))
        : t('Created the Custom token “{0}” and stored it for {1}. Its value is shown only now: copy it if you need it elsewhere.', token.description, accountTitle(account)),
      {},
      copy,
    );
    if (answer === copy) await copyToClipboard(services, token.key);
    return account;
  } catch (error) {
    const operation = t('Generating an IDE Plugins token on {0}', host);
    if (error instanceof SessionEndedError) {
      await endSignIn(services, signedIn);
      let again: Account | undefined;
      await services.reporter.report(error, { operation, usedToken: false, retry: async () => (again = await generateIdePluginsToken(services, options)) });
      return again;
    }
    if (!isCancellation(error)) await services.reporter.report(error, { operation, usedToken: false });
    return undefined;
  } finally {
    await endSignIn(services, signedIn);
  }
}

const ended = new WeakSet<SignedIn>();

/** Signs out (once) and logs a failure instead of throwing: the session dies on the platform anyway. */
export async function endSignIn(services: Parts, signedIn: SignedIn): Promise<void> {
  if (ended.has(signedIn)) return;
  ended.add(signedIn);
  try {
    await signOut(signedIn.client, signedIn.session);
  } catch (error) {
    services.log.warn(`Signout on ${signedIn.client.host} failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    forgetSignIn(services, signedIn);
  }
}
