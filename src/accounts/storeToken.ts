import { originHost } from '../platform';
import type { AccountParts } from './parts';
import type { Account } from './account';
import { accountOfUser, PlatformUser, userLabel } from './accountMatching';
import { recentPlatforms } from './platformPrompt';

type Parts = Pick<AccountParts, 'accounts' | 'globalState'>;

/** What VS Code knows about a token besides its value; unknown facts are cleared, not kept from an older token. */
export interface TokenFacts {
  readonly tokenId?: number;
  readonly tokenDescription?: string;
  /** null or undefined: no expiry, or unknown. */
  readonly tokenExpiresAt?: Date | null;
}

/**
 * Stores a token as the token of an account: the given one, else the account of the same user on the platform,
 * else a new account labelled with the host.
 */
export async function storeAccountToken(
  services: Parts,
  input: { origin: string; user: PlatformUser; token: string; facts: TokenFacts; target?: Account },
): Promise<{ account: Account; created: boolean }> {
  const { origin, user, token, facts } = input;
  const metadata = {
    tokenId: facts.tokenId,
    tokenDescription: facts.tokenDescription,
    tokenExpiresAt: facts.tokenExpiresAt ? facts.tokenExpiresAt.toISOString() : undefined,
  };
  const who = { user: userLabel(user), uid: user.uid };
  const existing = input.target ?? accountOfUser(services.accounts.list(), origin, user);
  await recentPlatforms(services).remember(origin);
  if (existing) {
    await services.accounts.replaceToken(existing.id, token, {
      ...metadata,
      user: who.user ?? existing.user,
      uid: who.uid ?? existing.uid,
    });
    return { account: services.accounts.get(existing.id) ?? existing, created: false };
  }
  const account = await services.accounts.add({ origin, label: originHost(origin), ...who, ...metadata }, token);
  return { account, created: true };
}
