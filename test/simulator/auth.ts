// Who is calling: the `session` parameter holds a sign-in session or a personal access token.
// Bad/expired/revoked → 702 for both; tokens are refused on token management and on methods outside their list (8202).

import { ApiError, RESULT } from './envelope';
import { MESSAGES } from './guesses';
import { Platform } from './platform';
import { Caller, RouteInfo, Access } from './routes';

export type AuthKind = 'token' | 'session' | 'none' | 'invalid';

/** How a request authenticated, for the request log. */
export function classifyAuth(platform: Platform, value: string | undefined): AuthKind {
  if (value === undefined || value === '') return 'none';
  if (platform.sessions.lookup(value) !== undefined) return 'session';
  return platform.tokens.findUsable(value) ? 'token' : 'invalid';
}

export function authenticate(platform: Platform, value: string | undefined, route: RouteInfo & { access: Access }): Caller {
  const notAuthenticated = new ApiError(RESULT.NOT_AUTHENTICATED, MESSAGES.notAuthenticated);
  if (value === undefined || value === '') throw notAuthenticated;

  const uid = platform.sessions.lookup(value);
  const sessionAccount = uid === undefined ? undefined : platform.accounts.byId(uid);
  if (sessionAccount) return { account: sessionAccount, kind: 'session', session: value };

  const token = platform.tokens.findUsable(value);
  const account = token && platform.accounts.byId(token.uid);
  if (!token || !account) throw notAuthenticated;
  if (route.access === 'signin') throw new ApiError(RESULT.PERMISSION_DENIED, MESSAGES.sessionRequired(route.permission));
  if (!token.scope.methods.some((item) => item.method === route.permission)) {
    throw new ApiError(RESULT.PERMISSION_DENIED, MESSAGES.permissionDenied(route.permission));
  }
  token.lastUsed = platform.clock.now();
  return { account, kind: 'token', token };
}
