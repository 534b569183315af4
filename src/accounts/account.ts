import { originHost } from '../platform/origin';

/** An account: one platform origin and the token VS Code uses there. The token itself never lives in this object. */
export interface Account {
  /** Stable id; the SecretStorage key of the token derives from it. */
  readonly id: string;
  /** Exact platform origin, e.g. `https://app.example.com`; requests for this account go nowhere else. */
  readonly origin: string;
  /** What the user calls it; defaults to the platform host. */
  readonly label: string;
  /** User name or email, when the platform told us. */
  readonly user?: string;
  /** The platform's user id, when the platform told us (sign-in or GetUserInfo). */
  readonly uid?: number;
  /** Id of the token on the platform; known when VS Code created or regenerated it. */
  readonly tokenId?: number;
  readonly tokenDescription?: string;
  /** ISO date; absent for a token that never expires or when unknown. */
  readonly tokenExpiresAt?: string;
}

/** "demo@example.com on app.example.com", or the label when the user is unknown. */
export function accountTitle(account: Account): string {
  const host = originHost(account.origin);
  if (account.user) return account.label === host ? `${account.user} on ${host}` : `${account.label} (${account.user})`;
  return account.label === host ? host : `${account.label} (${host})`;
}
