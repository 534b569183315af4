import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { AccountStore } from './accounts/accountStore';
import { ClientFactory } from './accounts/clients';
import type { VapExtensionApi } from './api';
import { Commands } from './commands';
import type { Services } from './services';
import { Log } from './ui/log';
import { Redactor } from './ui/redact';
import { UserInterfaceHolder } from './ui/userInterface';

/** Builds the pieces and registers them; nothing else happens here. */
export function activate(context: vscode.ExtensionContext): VapExtensionApi {
  const log = new Log(new Redactor());
  const prompts = new UserInterfaceHolder();
  const accounts = new AccountStore(context.globalState, context.secrets, randomUUID);
  const services: Services = {
    context,
    log,
    prompts,
    accounts,
    clients: new ClientFactory(log),
  };
  context.subscriptions.push(
    log,
    accounts,
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
  );
  log.info(`Activated ${context.extension.id} ${context.extension.packageJSON.version} in VS Code ${vscode.version}`);
  return {
    useUserInterface: (ui) => prompts.use(ui),
    get logLines() {
      return log.lines;
    },
    services,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
