// Is this access token good for VS Code? GetEnvs must work; GetUserInfo, when allowed, tells whose it is.

import { getEnvs, getUserInfo, PlatformClient, PlatformError, ResultCode, UserInfo, isSessionRefused } from '../platform';

export type TokenCheck =
  | { readonly kind: 'ok'; readonly user: UserInfo }
  /** 702: wrong, expired or revoked. */
  | { readonly kind: 'invalid' }
  /** 8202: valid, but without environment methods; the refusal, for the one failure table. */
  | { readonly kind: 'noEnvironmentAccess'; readonly error: PlatformError };

/** @throws any other failure (network, server, …) */
export async function checkToken(client: PlatformClient, token: string, signal?: AbortSignal): Promise<TokenCheck> {
  try {
    await getEnvs(client, token, { lazy: true, signal });
  } catch (error) {
    if (isSessionRefused(error)) return { kind: 'invalid' };
    if (error instanceof PlatformError && error.result === ResultCode.PermissionDenied) return { kind: 'noEnvironmentAccess', error };
    throw error;
  }
  let user: UserInfo = {};
  try {
    user = await getUserInfo(client, token);
  } catch (error) {
    // 8202 (the token lacks GetUserInfo) or anything else: the user name is a nicety, the token is good.
    if (signal?.aborted) throw error;
  }
  return { kind: 'ok', user };
}
