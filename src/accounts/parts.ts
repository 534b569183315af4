// The pieces account code is built from. Each function takes a `Pick` of exactly what it uses, so its signature says
// what it touches; src/activation/features.ts builds them once and hands each feature its own selection.

import type { vscode } from '../ui/vscodeApi';
import type { Log } from '../ui/log';
import type { ErrorReporter } from '../ui/reporter';
import type { UserInterfaceHolder } from '../ui/userInterface';
import type { AccountHealth } from './accountHealth';
import type { AccountStore } from './accountStore';
import type { ClientFactory } from './clients';
import type { ManagementSessions } from './managementSessions';

export interface AccountParts {
  readonly accounts: AccountStore;
  /** The prompts commands show (tests script them). */
  readonly prompts: UserInterfaceHolder;
  readonly log: Log;
  readonly clients: ClientFactory;
  /** The one place failures reach the user (sentence + next step + Show Log). */
  readonly reporter: ErrorReporter;
  /** Whether each account's token works: "token invalid" after a 702 or past its expiry. */
  readonly health: AccountHealth;
  /** Token-management sign-ins (memory only, 15 idle minutes). */
  readonly tokenSessions: ManagementSessions;
  /** VS Code's global state: recent platforms, expiry warnings shown. */
  readonly globalState: vscode.Memento;
}
