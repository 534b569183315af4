// Whether the token VS Code uses for each account still works: the state the status bar and the trees show.
// Free of `vscode` so it is unit-tested in plain Node.

import { Emitter } from '../util/emitter';
import { isSessionRefused } from '../platform';
import type { Account } from './account';
import type { AccountChange } from './accountStore';

/**
 * - `unchecked`: no call with the token has answered yet in this window;
 * - `ok`: the last call with it worked;
 * - `expiring`: works, but expires within the warning period (setting `vap.tokenExpiryWarningDays`);
 * - `expired`: its expiry date has passed;
 * - `rejected`: the platform refused it (702: invalid, expired or revoked).
 * A token in either of the last two states is "invalid". It is never deleted for that: the user replaces it.
 */
export type TokenStatus = 'unchecked' | 'ok' | 'expiring' | 'expired' | 'rejected';

export interface TokenHealth {
  readonly status: TokenStatus;
  /** `expired` or `rejected`: calls with this token will fail until it is replaced. */
  readonly invalid: boolean;
  /** When the token expires, when known. */
  readonly expiresAt?: Date;
  /** Whole days until expiry (negative once expired), when the expiry is known. */
  readonly daysLeft?: number;
}

/** The part of AccountStore the health tracker reads. */
export interface AccountSource {
  list(): Account[];
  get(id: string): Account | undefined;
  onDidChange(listener: (change: AccountChange) => void): { dispose(): void };
}

type Listener = (accountId: string) => void;

const DAY = 24 * 60 * 60 * 1000;

export class AccountHealth {
  readonly #rejected = new Set<string>();
  readonly #verified = new Set<string>();
  readonly #last = new Map<string, TokenStatus>();
  readonly #changes = new Emitter<string>();
  readonly #subscription: { dispose(): void };

  readonly #accounts: AccountSource;
  readonly #warningDays: () => number;
  readonly #now: () => Date;
  constructor(
    accounts: AccountSource,
    warningDays: () => number,
    now: () => Date = () => new Date(),
  ) {
    this.#accounts = accounts;
    this.#warningDays = warningDays;
    this.#now = now;
    for (const account of accounts.list()) this.#last.set(account.id, this.get(account.id).status);
    this.#subscription = accounts.onDidChange((change) => this.#onAccountChange(change));
  }

  /** The health of an account's token; `unchecked` for an unknown account id. */
  get(accountId: string): TokenHealth {
    const account = this.#accounts.get(accountId);
    const expiresAt = parseDate(account?.tokenExpiresAt);
    const now = this.#now();
    const daysLeft = expiresAt ? Math.floor((expiresAt.getTime() - now.getTime()) / DAY) : undefined;
    const base = { expiresAt, daysLeft };
    if (account && this.#rejected.has(accountId)) return { status: 'rejected', invalid: true, ...base };
    if (expiresAt && expiresAt.getTime() <= now.getTime()) return { status: 'expired', invalid: true, ...base };
    if (expiresAt && expiresAt.getTime() - now.getTime() <= Math.max(0, this.#warningDays()) * DAY) {
      return { status: 'expiring', invalid: false, ...base };
    }
    return { status: account && this.#verified.has(accountId) ? 'ok' : 'unchecked', invalid: false, ...base };
  }

  /** A call with the account's token worked: it is valid (again). */
  recordSuccess(accountId: string): void {
    this.#rejected.delete(accountId);
    this.#verified.add(accountId);
    this.#changed(accountId);
  }

  /**
   * A call with the account's token failed. A 702 marks the token rejected; any other failure says nothing about it.
   * @returns whether the token is now marked rejected
   */
  recordFailure(accountId: string, error: unknown): boolean {
    if (!isSessionRefused(error)) return false;
    if (!this.#accounts.get(accountId)) return false;
    this.#verified.delete(accountId);
    this.#rejected.add(accountId);
    this.#changed(accountId);
    return true;
  }

  /** Looks at every account again (time passes, the warning setting changes) and tells listeners what changed. */
  recheck(): void {
    for (const account of this.#accounts.list()) this.#changed(account.id);
  }

  /** Fires with the account id whenever that account's health may have changed (also when it was removed). */
  onDidChange(listener: Listener): { dispose(): void } {
    return this.#changes.event(listener);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changes.dispose();
  }

  #onAccountChange(change: AccountChange): void {
    if (change.kind === 'token' || change.kind === 'added' || change.kind === 'removed') {
      // A new token value starts with a clean slate; a removed account has no health at all.
      this.#rejected.delete(change.accountId);
      this.#verified.delete(change.accountId);
    }
    if (change.kind === 'removed') {
      this.#last.delete(change.accountId);
      this.#changes.fire(change.accountId);
      return;
    }
    this.#changed(change.accountId, change.kind === 'token');
  }

  #changed(accountId: string, force = false): void {
    const status = this.get(accountId).status;
    if (!force && this.#last.get(accountId) === status) return;
    this.#last.set(accountId, status);
    this.#changes.fire(accountId);
  }
}

function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
