import * as vscode from 'vscode';
import type { VapExtensionApi } from './api';
import { Commands } from './commands';
import { Log } from './ui/log';
import { Redactor } from './ui/redact';
import { UserInterfaceHolder } from './ui/userInterface';

/** Builds the pieces and registers them; nothing else happens here. */
export function activate(context: vscode.ExtensionContext): VapExtensionApi {
  const log = new Log(new Redactor());
  const prompts = new UserInterfaceHolder();
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
  );
  log.info(`Activated ${context.extension.id} ${context.extension.packageJSON.version} in VS Code ${vscode.version}`);
  return {
    useUserInterface: (ui) => prompts.use(ui),
    get logLines() {
      return log.lines;
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
