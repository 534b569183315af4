import type * as vscode from 'vscode';
import type { AccountHealth } from '../accounts/accountHealth';
import type { AccountStore } from '../accounts/accountStore';
import type { VapAuthenticationProvider } from '../accounts/authProvider';
import type { ExpiryWatch } from '../accounts/expiryWatch';
import type { ClientFactory } from '../accounts/clients';
import type { CommandTable } from './commandTable';
import type { DeferredTreeProvider } from './deferredTree';
import type { EnvTreeElement } from '../environments/view/tree';
import type { ManagementSessions } from '../accounts/managementSessions';
import type { TokenNode } from '../tokens/tokensTree';
import type { Log } from '../ui/log';
import type { ErrorReporter } from '../ui/reporter';
import type { UserInterfaceHolder } from '../ui/userInterface';

/** A tree view made at activation, and the provider that stands in until the real one is attached. */
export interface DeferredView<T> {
  readonly view: vscode.TreeView<T>;
  readonly provider: DeferredTreeProvider<T>;
}

/** What activate() builds before anything else is loaded (src/extension.ts). */
export interface Core {
  readonly context: vscode.ExtensionContext;
  readonly log: Log;
  readonly accounts: AccountStore;
  /** Every command id is registered at activation; features add their handlers here. */
  readonly commands: CommandTable;
  readonly views: { readonly environments: DeferredView<EnvTreeElement>; readonly accessTokens: DeferredView<TokenNode> };
  /** Accounts as VS Code authentication sessions (provider id `vap`). */
  readonly authentication: VapAuthenticationProvider;
}

/** The shared pieces every feature folder is built from: the core, and what src/features.ts adds to it. */
export interface Services extends Core {
  /** The prompts commands show (tests script them). */
  readonly prompts: UserInterfaceHolder;
  readonly clients: ClientFactory;
  // Accounts and access tokens (issue 4)
  /** The one place failures reach the user (sentence + next step + Show Log). */
  readonly reporter: ErrorReporter;
  /** Whether each account's token works: "token invalid" after a 702 or past its expiry. */
  readonly health: AccountHealth;
  /** Token-management sign-ins (memory only, 15 idle minutes). */
  readonly tokenSessions: ManagementSessions;
  readonly expiryWatch: ExpiryWatch;
}
