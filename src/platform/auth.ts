// Sign-in sessions (needed for token management, which tokens cannot do) and who a session or token belongs to.
// Two-factor accounts (platform-api.md "Two-factor sign-in"): Signin answers a session that is not valid yet;
// Verify2FACode with that session and the six-digit code makes it valid.

import { t } from '../util/l10n';
import { PlatformClient } from './client';
import { UnexpectedResponseError } from './errors';
import { TFA_ACCESS_TYPE, TFA_AUTH_TYPE } from './guesses';
import { JsonObject, booleanAt, compact, idAt, numberAt, objectAt, textAt } from './json';

export interface UserInfo {
  readonly uid?: number;
  readonly email?: string;
  readonly name?: string;
}

/** What Signin gave: a usable session, or a restricted one that waits for the two-factor code. */
export type SignInResult =
  | ({ readonly kind: 'signedIn'; readonly session: string } & UserInfo)
  | ({ readonly kind: 'codeRequired' } & PendingSignIn);

/** A Signin that needs Verify2FACode before its session can be used. */
export interface PendingSignIn extends UserInfo {
  /** Restricted: refused by every method but Verify2FACode (and Signout). */
  readonly session: string;
  /** `requiredAuthCheck.isConfigured: false`: 2FA is required but not set up yet (dashboard, Settings > Account). */
  readonly configured: boolean;
  /** `attemptsLeft`, when the platform says how many codes it will still take. */
  readonly attemptsLeft?: number;
}

export interface SignInInput {
  readonly login: string;
  readonly password: string;
}

/** @throws PlatformError 701 (wrong login or password), 704 (blocked), or a transport error */
export async function signIn(
  client: PlatformClient,
  input: SignInInput,
  options: { signal?: AbortSignal } = {},
): Promise<SignInResult> {
  // `code` is not a Signin parameter [C: EXPORT]: the code goes to Verify2FACode, asked for only when needed.
  const answer = await client.call('Signin', { login: input.login, password: input.password }, { signal: options.signal });
  const session = textAt(answer.session);
  if (!session) throw new UnexpectedResponseError(client.context('Signin'), t('no session in the answer'));
  if (needsCode(answer)) return { kind: 'codeRequired', session, ...pendingOf(answer) };
  return { kind: 'signedIn', session, ...userInfoOf(answer) };
}

/**
 * Verify2FACode: makes a restricted sign-in valid. The answer's own `session` is used when it has one, else the
 * Signin session (now valid) [platform-api.md: answer ?].
 * @throws PlatformError: 702 = the restricted session has ended (sign in again); any other result = code not accepted
 */
export async function verifyTwoFactorCode(
  client: PlatformClient,
  pending: { readonly session: string },
  code: string,
  options: { signal?: AbortSignal } = {},
): Promise<{ readonly session: string } & UserInfo> {
  const answer = await client.call('Verify2FACode', { code }, { session: pending.session, signal: options.signal });
  return { session: textAt(answer.session) ?? pending.session, ...userInfoOf(answer) };
}

/** Ends a sign-in session. Never call it with an access token: it is not a session. */
export async function signOut(client: PlatformClient, session: string): Promise<void> {
  await client.call('Signout', {}, { session });
}

/** May be refused (8202) for a token without users.account.GetUserInfo. */
export async function getUserInfo(client: PlatformClient, session: string): Promise<UserInfo> {
  return userInfoOf(await client.call('GetUserInfo', {}, { session }));
}

/**
 * A session in the Signin answer does not mean signed in: a code is needed when authType is TFA, or accessType is
 * RESTRICTED, or requiredAuthCheck is present and not `isActive: false` [platform-api.md, I]. Enum values may come
 * as `TFA` or as the export writes them, `TFA(1)`.
 */
function needsCode(answer: JsonObject): boolean {
  const check = objectAt(answer.requiredAuthCheck);
  return (
    enumIs(answer.authType, TFA_AUTH_TYPE) ||
    enumIs(answer.accessType, TFA_ACCESS_TYPE) ||
    (check !== undefined && booleanAt(check.isActive) !== false)
  );
}

function enumIs(value: unknown, name: string): boolean {
  const text = textAt(value);
  return text !== undefined && text.replace(/\(\d+\)$/, '').toUpperCase() === name;
}

function pendingOf(answer: JsonObject): Omit<PendingSignIn, 'session'> {
  const check = objectAt(answer.requiredAuthCheck);
  const attemptsLeft = numberAt(answer.attemptsLeft);
  return compact({
    ...userInfoOf(answer),
    configured: booleanAt(check?.isConfigured) !== false,
    attemptsLeft: attemptsLeft === undefined ? undefined : Math.max(0, Math.floor(attemptsLeft)),
  });
}

function userInfoOf(answer: JsonObject): UserInfo {
  return compact({ uid: idAt(answer.uid), email: textAt(answer.email), name: textAt(answer.name) });
}
