// What the environment store reads from (accounts, clients), tells (token health, log), and hands out (views, changes).

import type { Account } from '../../accounts/account';
import type { AccountChange } from '../../accounts/accountStore';
import type { Environment, PlatformClient } from '../../platform';
import type { Disposable } from '../../util/emitter';

/** Addresses one environment of one account. */
export interface EnvRef {
  readonly accountId: string;
  readonly envName: string;
}

/** The accounts as the store needs them (AccountStore fits). */
export interface EnvAccountSource {
  list(): readonly Account[];
  get(id: string): Account | undefined;
  token(id: string): PromiseLike<string | undefined>;
  onDidChange(listener: (change: AccountChange) => void): Disposable;
}

export interface EnvClientSource {
  forOrigin(origin: string): PlatformClient;
}

/** Told how each call with an account's token went, so the token's health (valid / rejected) stays current. */
export interface TokenHealthSink {
  recordSuccess(accountId: string): void;
  recordFailure(accountId: string, error: unknown): unknown;
}

export interface EnvLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** What changed: nothing set = the account list; `accountId` = that account's list or load state; plus `envName` = that environment. */
export interface EnvChange {
  readonly accountId?: string;
  readonly envName?: string;
}

export type LoadStatus = 'notLoaded' | 'loading' | 'loaded' | 'failed';

export interface AccountView {
  /** `loading` only for a first load; a reload of a loaded account keeps `loaded` (or `failed`) with `refreshing`. */
  readonly status: LoadStatus;
  /** Sorted by label; the last good list while a reload runs or after it failed. */
  readonly envs: readonly Environment[];
  /** Why the last load failed (cleared by the next good one). */
  readonly error?: unknown;
  readonly refreshing: boolean;
}

export function refKey(ref: EnvRef): string {
  return `${ref.accountId}\n${ref.envName}`;
}
