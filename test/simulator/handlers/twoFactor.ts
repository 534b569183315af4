// Two-factor sign-in (platform-api.md "Two-factor sign-in"): Signin's answer, and Verify2FACode.

import { Account } from '../accounts';
import { Answer, ApiError, HttpRefusal, ok, RESULT } from '../envelope';
import { ACCOUNT_STATUS, AUTH_CHECK_ID_IS_UID, MESSAGES, TFA_CODE_WINDOW_STEPS } from '../guesses';
import { Platform } from '../platform';
import { AuthedRequest } from '../routes';
import { totpMatches } from '../totp';

/**
 * Signin's answer [C: EXPORT AuthenticationResponse fields]. A two-factor account gets a session that is not valid
 * yet, `authType: "TFA"`, `accessType: "RESTRICTED"` and `requiredAuthCheck` [C: DOC-2FA; values I]; others a
 * full session with `BASIC` / `FULL_ACCESS` and no requiredAuthCheck.
 */
export function signinAnswer(platform: Platform, account: Account): Answer {
  const user = { uid: account.uid, email: account.email, name: account.name, status: ACCOUNT_STATUS };
  if (account.twoFactorSecret === undefined) {
    return ok({ session: platform.sessions.create(account.uid), ...user, authType: 'BASIC', accessType: 'FULL_ACCESS' });
  }
  const session = platform.sessions.create(account.uid, { restricted: true });
  const attemptsLeft = platform.sessions.find(session)?.attemptsLeft;
  return ok({
    session,
    ...user,
    authType: 'TFA',
    accessType: 'RESTRICTED',
    requiredAuthCheck: {
      type: 'TOTP',
      isConfigured: account.twoFactorConfigured,
      isActive: true,
      id: AUTH_CHECK_ID_IS_UID ? account.uid : 1,
    },
    attemptsLeft,
  });
}

/**
 * Verify2FACode with the restricted session and the six-digit `code` [C: DOC-2FA, PYJ]. A right code makes the
 * session valid (or, variant `newSession`, replaces it); a wrong one answers as `variants.wrongCodeReply` says, and
 * the last allowed wrong code ends the restricted session (the next call gets 702) [?].
 */
export function verifyCode({ platform, params, caller }: AuthedRequest): Answer {
  const key = caller.session as string;
  const session = platform.sessions.find(key);
  const secret = caller.account.twoFactorSecret;
  const code = params.get('code')?.trim() ?? '';
  const accepted =
    session !== undefined &&
    secret !== undefined &&
    caller.account.twoFactorConfigured &&
    /^\d{6}$/.test(code) &&
    totpMatches(secret, code, platform.clock.now(), TFA_CODE_WINDOW_STEPS);
  if (accepted) {
    if (platform.variants.verifyAnswer === 'sameSession') {
      platform.sessions.promote(key);
      return ok();
    }
    platform.sessions.remove(key);
    const fresh = platform.sessions.create(caller.account.uid);
    return ok({ session: fresh, uid: caller.account.uid, email: caller.account.email, name: caller.account.name });
  }
  const attemptsLeft = Math.max(0, (session?.attemptsLeft ?? 1) - 1);
  if (session) session.attemptsLeft = attemptsLeft;
  if (attemptsLeft === 0) platform.sessions.remove(key);
  throw wrongCode(platform.variants.wrongCodeReply, attemptsLeft);
}

function wrongCode(reply: Platform['variants']['wrongCodeReply'], attemptsLeft: number): Error {
  switch (reply) {
    case 'result701':
      return new ApiError(RESULT.AUTH_FAILED, MESSAGES.tfaFailed, { attemptsLeft });
    case 'result3':
      return new ApiError(RESULT.INVALID_PARAMETER, MESSAGES.invalidParameter('code'), { attemptsLeft });
    case 'result1':
      return new ApiError(RESULT.FAILURE, MESSAGES.tfaFailed);
    case 'http400':
      return new HttpRefusal(400);
    case 'http401':
      return new HttpRefusal(401);
  }
}
