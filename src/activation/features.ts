// Everything but the core: loaded by src/extension.ts the first time a view asks for rows, a command runs, another
// extension asks for a session, or at once after activation when the status bar or an expiry warning needs it.
// The wiring is explicit: each feature is handed exactly the pieces it uses, by name.

import type { Account } from '../accounts/account';
import { AccountHealth } from '../accounts/accountHealth';
import { soleAccountOnHost } from '../accounts/accountMatching';
import { addAccessToken } from '../accounts/addAccessToken';
import { ClientFactory } from '../accounts/clients';
import { ExpiryWatch } from '../accounts/expiryWatch';
import { warningDays } from '../accounts/expiryWindow';
import { ManagementSessions } from '../accounts/managementSessions';
import { registerAccounts } from '../accounts/register';
import { registerEnvironments } from '../environments';
import { registerTokens } from '../tokens/register';
import { ErrorReporter } from '../ui/reporter';
import { UserInterface, UserInterfaceHolder } from '../ui/userInterface';
import type { ExtensionParts, VapExtensionApi } from './api';
import { Core, treeSlot } from './core';

export interface Features {
  /** Add Access Token for an origin (or asking for one), as the Accounts menu's sign-in runs it. */
  addAccessToken(origin: string | undefined): Promise<Account | undefined>;
  /** The prompts in force (the authentication provider asks before it adds a token). */
  ui(): UserInterface;
  /** What integration tests use (see api.ts). */
  readonly api: VapExtensionApi;
}

export function startFeatures(core: Core): Features {
  const { context, log, accounts, commands } = core;
  const globalState = context.globalState;
  const health = new AccountHealth(accounts, warningDays);
  const prompts = new UserInterfaceHolder((text) => log.redactor.redact(text));
  const clients = new ClientFactory(log);
  const reporter = new ErrorReporter(log, prompts, health, { soleAccountOn: (host) => soleAccountOnHost(accounts.list(), host)?.id });
  const tokenSessions = new ManagementSessions(log);
  const expiryWatch = new ExpiryWatch({ accounts, globalState, health, prompts });
  const accountParts = { accounts, prompts, log, clients, reporter, health, tokenSessions, globalState };

  const environments = registerEnvironments({
    accounts,
    clients,
    health,
    log,
    prompts,
    reporter,
    commands,
    view: treeSlot(core.views.environments),
    workspaceState: context.workspaceState,
    fileSystems: core.fileSystems,
  });
  const tokens = registerTokens({
    accounts,
    clients,
    globalState,
    log,
    prompts,
    reporter,
    tokenSessions,
    commands,
    view: treeSlot(core.views.accessTokens),
  });
  context.subscriptions.push(
    health,
    tokenSessions,
    expiryWatch,
    ...registerAccounts({ ...accountParts, commands }),
    ...tokens.disposables,
    ...environments.disposables,
  );
  expiryWatch.start();
  log.info('Loaded the views and commands');
  const services: ExtensionParts = { ...core, ...accountParts, expiryWatch };
  const api: VapExtensionApi = {
    useUserInterface: (ui) => prompts.use(ui),
    get logLines() {
      return log.lines;
    },
    services,
    environments: environments.api,
    accessTokens: { tree: tokens.tree },
  };
  return { api, ui: () => prompts.ui, addAccessToken: (origin) => addAccessToken(accountParts, { origin }) };
}
