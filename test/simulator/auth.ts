// Who is calling: the `session` parameter holds a sign-in session or a personal access token.
// Bad/expired/revoked → 702 for both; tokens are refused on token management and on methods outside their list (8202);
// a restricted two-factor session is refused as not authenticated (702) by every method but Verify2FACode and
// Signout (platform-api.md "Two-factor sign-in": "that session is not valid for API calls yet" [C: DOC-2FA]).

import { ApiError, RESULT } from './envelope';
import { MESSAGES, RESTRICTED_SESSION_SIGNOUT_ENDS_IT } from './guesses';
import { Platform } from './platform';
import { Caller, RouteInfo, Access } from './routes';

export type AuthKind = 'token' | 'session' | 'restricted' | 'none' | 'invalid';

/** How a request authenticated, for the request log. */
export function classifyAuth(platform: Platform, value: string | undefined): AuthKind {
  if (value === undefined || value === '') return 'none';
  const session = platform.sessions.find(value);
  if (session) return session.restricted ? 'restricted' : 'session';
  return platform.tokens.findUsable(value) ? 'token' : 'invalid';
}

export function authenticate(platform: Platform, value: string | undefined, route: RouteInfo & { access: Exclude<Access, 'public'> }): Caller {
  const notAuthenticated =
    platform.variants.deadSessionReply === 'result3'
      ? new ApiError(RESULT.INVALID_PARAMETER, MESSAGES.invalidParameter('session'))
      : new ApiError(RESULT.NOT_AUTHENTICATED, MESSAGES.notAuthenticated);
  if (value === undefined || value === '') throw notAuthenticated;

  const session = platform.sessions.find(value);
  const sessionAccount = session && platform.accounts.byId(session.uid);
  if (session && sessionAccount) {
    if (!sessionAllowed(route.access, session.restricted)) throw notAuthenticated;
    return { account: sessionAccount, kind: 'session', session: value };
  }
  if (route.access === 'pending') throw notAuthenticated;

  const token = platform.tokens.findUsable(value);
  const account = token && platform.accounts.byId(token.uid);
  if (!token || !account) throw notAuthenticated;
  if (route.access === 'signout') return { account, kind: 'token', token };
  if (route.access === 'signin') throw new ApiError(RESULT.PERMISSION_DENIED, MESSAGES.sessionRequired(route.permission));
  if (!token.scope.methods.some((item) => item.method === route.permission)) {
    throw new ApiError(RESULT.PERMISSION_DENIED, MESSAGES.permissionDenied(route.permission));
  }
  token.lastUsed = platform.clock.now();
  return { account, kind: 'token', token };
}

/** Verify2FACode wants a restricted session; Signout takes either; everything else a full sign-in. */
function sessionAllowed(access: Exclude<Access, 'public'>, restricted: boolean): boolean {
  if (access === 'pending') return restricted;
  if (access === 'signout') return !restricted || RESTRICTED_SESSION_SIGNOUT_ENDS_IT;
  return !restricted;
}
