import type * as vscode from 'vscode';
import type { AccountHealth } from './accounts/accountHealth';
import type { AccountStore } from './accounts/accountStore';
import type { VapAuthenticationProvider } from './accounts/authProvider';
import type { ExpiryWatch } from './accounts/expiryWatch';
import type { ClientFactory } from './accounts/clients';
import type { ManagementSessions } from './tokens/managementSessions';
import type { Log } from './ui/log';
import type { ErrorReporter } from './ui/reporter';
import type { UserInterfaceHolder } from './ui/userInterface';

/** The shared pieces every feature folder is built from; made once in activate(). */
export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: Log;
  readonly prompts: UserInterfaceHolder;
  readonly accounts: AccountStore;
  readonly clients: ClientFactory;
  // Accounts and access tokens (issue 4)
  /** The one place failures reach the user (sentence + next step + Show Log). */
  readonly reporter: ErrorReporter;
  /** Whether each account's token works: "token invalid" after a 702 or past its expiry. */
  readonly health: AccountHealth;
  /** Token-management sign-ins (memory only, 15 idle minutes). */
  readonly tokenSessions: ManagementSessions;
  readonly expiryWatch: ExpiryWatch;
  /** Accounts as VS Code authentication sessions (provider id `vap`). */
  readonly authentication: VapAuthenticationProvider;
}
