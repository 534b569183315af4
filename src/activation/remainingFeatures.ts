// The second part of what activation leaves for later (see features.ts): the Access Tokens view, the account
// commands, and the node features of the Environments view (logs, files, deploys), built on the first part's pieces.

import { addAccessToken } from '../accounts/addAccessToken';
import { ManagementSessions } from '../accounts/managementSessions';
import { registerAccounts } from '../accounts/register';
import { registerNodeFeatures } from '../environments/nodeFeatures';
import { registerTokens } from '../tokens/register';
import type { ExtensionParts, VapExtensionApi } from './api';
import { treeSlot } from './core';
import type { AllFeatures, FirstParts } from './loadedParts';

export function startRemainingFeatures(first: FirstParts): AllFeatures {
  const { core, health, prompts, clients, reporter, expiryWatch, environments } = first;
  const { context, log, accounts, commands } = core;
  const globalState = context.globalState;
  const tokenSessions = new ManagementSessions(log);
  const accountParts = { accounts, prompts, log, clients, reporter, health, tokenSessions, globalState };

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
  const nodeFeatures = registerNodeFeatures(environments.parts, { fileSystems: core.fileSystems, workspaceState: context.workspaceState });
  context.subscriptions.push(tokenSessions, ...registerAccounts({ ...accountParts, commands }), ...tokens.disposables, ...nodeFeatures.disposables);
  log.info('Loaded the views and commands');
  const services: ExtensionParts = { ...core, ...accountParts, expiryWatch };
  const api: VapExtensionApi = {
    useUserInterface: (ui) => prompts.use(ui),
    get logLines() {
      return log.lines;
    },
    services,
    environments: { ...environments.api, ...nodeFeatures.api },
    accessTokens: { tree: tokens.tree },
  };
  return { api, addAccessToken: (origin) => addAccessToken(accountParts, { origin }) };
}
