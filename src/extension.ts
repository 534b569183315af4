import { randomUUID } from 'node:crypto';
import vscode = require('vscode');
import { AccountHealth } from './accounts/accountHealth';
import { AccountStore } from './accounts/accountStore';
import { VapAuthenticationProvider } from './accounts/authProvider';
import { ExpiryWatch, warningDays } from './accounts/expiryWatch';
import { registerAccounts } from './accounts/register';
import { ClientFactory } from './accounts/clients';
import type { VapExtensionApi } from './api';
import { Commands } from './commands';
import { registerEnvironments } from './environments';
import type { Services } from './services';
import { ManagementSessions } from './tokens/managementSessions';
import { registerTokens } from './tokens/register';
import { Log } from './ui/log';
import { Redactor } from './ui/redact';
import { ErrorReporter } from './ui/reporter';
import { UserInterfaceHolder } from './ui/userInterface';
import { useTranslator } from './l10n';

/** Builds the pieces and registers them; nothing else happens here. */
export function activate(context: vscode.ExtensionContext): VapExtensionApi {
  useTranslator((message, ...args) => vscode.l10n.t(message, ...args));
  const log = new Log(new Redactor());
  const prompts = new UserInterfaceHolder();
  const accounts = new AccountStore(context.globalState, context.secrets, randomUUID, (secret) => log.redactor.track(secret));
  const health = new AccountHealth(accounts, warningDays);
  const partial = {
    context,
    log,
    prompts,
    accounts,
    clients: new ClientFactory(log),
    reporter: new ErrorReporter(log, prompts, health),
    health,
    tokenSessions: new ManagementSessions(log),
  };
  const services: Services = {
    ...partial,
    expiryWatch: new ExpiryWatch(partial),
    authentication: new VapAuthenticationProvider(accounts, () => services),
  };
  const environments = registerEnvironments(services);
  const tokens = registerTokens(services);
  context.subscriptions.push(
    log,
    accounts,
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
    health,
    services.tokenSessions,
    services.expiryWatch,
    ...registerAccounts(services),
    ...tokens.disposables,
    ...environments.disposables,
  );
  services.expiryWatch.start();
  log.info(`Activated ${context.extension.id} ${context.extension.packageJSON.version} in VS Code ${vscode.version}`);
  return {
    useUserInterface: (ui) => prompts.use(ui),
    get logLines() {
      return log.lines;
    },
    services,
    environments: environments.api,
    accessTokens: { tree: tokens.tree },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
