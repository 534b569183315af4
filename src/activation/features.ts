// The first part of what activation leaves for later, loaded by src/extension.ts the first time the Environments view
// asks for rows, a command runs, another extension asks for a session, or at once after activation when the status
// bar or an expiry warning needs it: the shared pieces, the Environments view with its commands and status bar, the
// expiry watch. The rest (remainingFeatures.ts) is a part of its own, loaded by `rest()`: after the view's first rows,
// or when a command or view needs it, so those rows wait for none of its code.
// The wiring is explicit: each feature is handed exactly the pieces it uses, by name.

import { AccountHealth } from '../accounts/accountHealth';
import { soleAccountOnHost } from '../accounts/accountMatching';
import { ClientFactory } from '../accounts/clients';
import { ExpiryWatch } from '../accounts/expiryWatch';
import { warningDays } from '../accounts/expiryWindow';
import { registerEnvironments } from '../environments';
import { ErrorReporter } from '../ui/reporter';
import { UserInterface, UserInterfaceHolder } from '../ui/userInterface';
import { Core, treeSlot } from './core';
import type { AllFeatures, FirstParts } from './loadedParts';

export interface Features {
  /** The prompts in force (the authentication provider asks before it adds a token). */
  ui(): UserInterface;
  /** Loads and starts the rest, once: the Access Tokens view, the account commands, node logs, files and deploys. */
  rest(): Promise<AllFeatures>;
}

export function startFeatures(core: Core): Features {
  const { context, log, accounts, commands } = core;
  const health = new AccountHealth(accounts, warningDays);
  const prompts = new UserInterfaceHolder((text) => log.redactor.redact(text));
  const clients = new ClientFactory(log);
  const reporter = new ErrorReporter(log, prompts, health, { soleAccountOn: (host) => soleAccountOnHost(accounts.list(), host)?.id });
  const expiryWatch = new ExpiryWatch({ accounts, globalState: context.globalState, health, prompts });

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
  });
  context.subscriptions.push(health, expiryWatch, ...environments.disposables);
  expiryWatch.start();
  const first: FirstParts = { core, health, prompts, clients, reporter, expiryWatch, environments };
  let rest: Promise<AllFeatures> | undefined;
  return {
    ui: () => prompts.ui,
    rest: () => (rest ??= import('./remainingFeatures').then(({ startRemainingFeatures }) => startRemainingFeatures(first))),
  };
}
