// Which stored account a platform user or token belongs to. Pure, so it is unit-tested.

import { originHost } from '../platform/origin';
import type { Account } from './account';

/** Who a sign-in or a token belongs to, as far as the platform told us. */
export interface PlatformUser {
  readonly uid?: number;
  readonly email?: string;
  readonly name?: string;
  /** The login typed at sign-in. */
  readonly login?: string;
}

/** Whether the account is this user's: same uid when both are known, else the same email/login/name. */
export function isSameUser(account: Account, user: PlatformUser): boolean {
  if (account.uid !== undefined && user.uid !== undefined) return account.uid === user.uid;
  if (!account.user) return false;
  const mine = account.user.trim().toLowerCase();
  return [user.email, user.login, user.name].some((value) => value !== undefined && value.trim().toLowerCase() === mine);
}

/** The account of this user on this platform (the first, should there be several). */
export function accountOfUser(accounts: readonly Account[], origin: string, user: PlatformUser): Account | undefined {
  return accounts.find((account) => account.origin === origin && isSameUser(account, user));
}

/**
 * The account whose token is this platform token (same origin and token id; the user must not contradict it).
 * Token ids are unique per platform, so origin + id is enough when the user is unknown.
 */
export function accountUsingToken(
  accounts: readonly Account[],
  origin: string,
  tokenId: number,
  user: PlatformUser = {},
): Account | undefined {
  return accounts.find(
    (account) =>
      account.origin === origin &&
      account.tokenId === tokenId &&
      (account.uid === undefined || user.uid === undefined || account.uid === user.uid),
  );
}

/** The name to store for a user: email, else name, else the login typed. */
export function userLabel(user: PlatformUser): string | undefined {
  return user.email ?? user.name ?? user.login;
}

/** The one account on this platform host (a failure names only the host); none when there are several or none. */
export function soleAccountOnHost(accounts: readonly Account[], host: string): Account | undefined {
  const onHost = accounts.filter((account) => originHost(account.origin) === host);
  return onHost.length === 1 ? onHost[0] : undefined;
}
