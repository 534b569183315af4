// Everything but the core: loaded by src/extension.ts the first time a view asks for rows, a command runs, another
// extension asks for a session, or at once after activation when the status bar or an expiry warning needs it.

import type { Account } from '../accounts/account';
import { AccountHealth } from '../accounts/accountHealth';
import { addAccessToken } from '../accounts/addAccessToken';
import { ClientFactory } from '../accounts/clients';
import { ExpiryWatch } from '../accounts/expiryWatch';
import { warningDays } from '../accounts/expiryWindow';
import { registerAccounts } from '../accounts/register';
import type { VapExtensionApi } from './api';
import { registerEnvironments } from '../environments';
import type { Core, Services } from './core';
import { ManagementSessions } from '../accounts/managementSessions';
import { registerTokens } from '../tokens/register';
import { ErrorReporter } from '../ui/reporter';
import { UserInterfaceHolder } from '../ui/userInterface';

export interface Features {
  readonly services: Services;
  /** Add Access Token for an origin (or asking for one), as the Accounts menu's sign-in runs it. */
  addAccessToken(origin: string | undefined): Promise<Account | undefined>;
  /** What integration tests use (see api.ts). */
  readonly api: VapExtensionApi;
}

export function startFeatures(core: Core): Features {
  const health = new AccountHealth(core.accounts, warningDays);
  const prompts = new UserInterfaceHolder();
  const partial = {
    ...core,
    prompts,
    clients: new ClientFactory(core.log),
    reporter: new ErrorReporter(core.log, prompts, health),
    health,
    tokenSessions: new ManagementSessions(core.log),
  };
  const services: Services = { ...partial, expiryWatch: new ExpiryWatch(partial) };
  const environments = registerEnvironments(services);
  const tokens = registerTokens(services);
  core.context.subscriptions.push(
    health,
    services.tokenSessions,
    services.expiryWatch,
    ...registerAccounts(services),
    ...tokens.disposables,
    ...environments.disposables,
  );
  services.expiryWatch.start();
  core.log.info('Loaded the views and commands');
  const api: VapExtensionApi = {
    useUserInterface: (ui) => prompts.use(ui),
    get logLines() {
      return core.log.lines;
    },
    services,
    environments: environments.api,
    accessTokens: { tree: tokens.tree },
  };
  return { services, api, addAccessToken: (origin) => addAccessToken(services, { origin }) };
}
