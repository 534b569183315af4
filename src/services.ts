import type * as vscode from 'vscode';
import type { AccountStore } from './accounts/accountStore';
import type { ClientFactory } from './accounts/clients';
import type { Log } from './ui/log';
import type { UserInterfaceHolder } from './ui/userInterface';

/** The shared pieces every feature folder is built from; made once in activate(). */
export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: Log;
  readonly prompts: UserInterfaceHolder;
  readonly accounts: AccountStore;
  readonly clients: ClientFactory;
}
