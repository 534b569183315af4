// Sign-in sessions (needed for token management, which tokens cannot do) and who a session or token belongs to.

import { PlatformClient } from './client';
import { UnexpectedResponseError } from './errors';
import { TFA_AUTH_TYPE, TFA_CODE_PARAM } from './guesses';
import { JsonObject, compact, idAt, textAt } from './json';

export interface UserInfo {
  readonly uid?: number;
  readonly email?: string;
  readonly name?: string;
}

export type SignInResult =
  | ({ readonly kind: 'signedIn'; readonly session: string } & UserInfo)
  /** The account has two-factor authentication: call signIn again with the same login, password and a `code`. */
  | { readonly kind: 'codeRequired' };

export interface SignInInput {
  readonly login: string;
  readonly password: string;
  /** One-time code of a two-factor account, on the second attempt. */
  readonly code?: string;
}

/** @throws PlatformError 701 (wrong login, password or code), 704 (blocked), or a transport error */
export async function signIn(
  client: PlatformClient,
  input: SignInInput,
  options: { signal?: AbortSignal } = {},
): Promise<SignInResult> {
  const answer = await client.call(
    'Signin',
    { login: input.login, password: input.password, [TFA_CODE_PARAM]: input.code },
    { signal: options.signal },
  );
  const session = textAt(answer.session);
  if (session) return { kind: 'signedIn', session, ...userInfoOf(answer) };
  if (answer.authType === TFA_AUTH_TYPE || answer.requiredAuthCheck !== undefined) return { kind: 'codeRequired' };
  throw new UnexpectedResponseError(client.context('Signin'), 'no session in the answer');
}

/** Ends a sign-in session. Never call it with an access token: it is not a session. */
export async function signOut(client: PlatformClient, session: string): Promise<void> {
  await client.call('Signout', {}, { session });
}

/** May be refused (8202) for a token without users.account.GetUserInfo. */
export async function getUserInfo(client: PlatformClient, session: string): Promise<UserInfo> {
  return userInfoOf(await client.call('GetUserInfo', {}, { session }));
}

function userInfoOf(answer: JsonObject): UserInfo {
  return compact({ uid: idAt(answer.uid), email: textAt(answer.email), name: textAt(answer.name) });
}
