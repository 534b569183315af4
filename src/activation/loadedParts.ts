// What the two parts that load after activation hand each other: features.ts (the Environments view, loaded for its
// first rows) makes the shared pieces, remainingFeatures.ts (everything else, loaded next) builds on them.

import type { Account } from '../accounts/account';
import type { AccountHealth } from '../accounts/accountHealth';
import type { ClientFactory } from '../accounts/clients';
import type { ExpiryWatch } from '../accounts/expiryWatch';
import type { registerEnvironments } from '../environments';
import type { ErrorReporter } from '../ui/reporter';
import type { UserInterfaceHolder } from '../ui/userInterface';
import type { VapExtensionApi } from './api';
import type { Core } from './core';

/** What features.ts made. */
export interface FirstParts {
  readonly core: Core;
  readonly health: AccountHealth;
  readonly prompts: UserInterfaceHolder;
  readonly clients: ClientFactory;
  readonly reporter: ErrorReporter;
  readonly expiryWatch: ExpiryWatch;
  readonly environments: ReturnType<typeof registerEnvironments>;
}

/** The whole extension, once the rest is loaded too. */
export interface AllFeatures {
  /** Add Access Token for an origin (or asking for one), as the Accounts menu's sign-in runs it. */
  addAccessToken(origin: string | undefined): Promise<Account | undefined>;
  /** What integration tests use (see api.ts). */
  readonly api: VapExtensionApi;
}
