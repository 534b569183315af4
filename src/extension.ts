import { vscode } from './ui/vscodeApi';
import { AccountStore } from './accounts/accountStore';
import { AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL, VapAuthenticationProvider } from './accounts/authProvider';
import { CommandTable } from './activation/commandTable';
import { DeferredFileSystemProvider } from './activation/deferredFileSystem';
import { DeferredTreeProvider } from './activation/deferredTree';
import { neededAtOnce } from './activation/neededAtOnce';
import { openWalkthrough } from './activation/walkthrough';
import type { VapActivation } from './activation/api';
import { exportsFor } from './activation/testApiGate';
import { Commands, Views } from './ui/commandIds';
import { NODE_FILE_SCHEME, NODE_LOG_SCHEME } from './environments/nodeFiles/nodeUri';
import type { Features } from './activation/features';
import type { AllFeatures } from './activation/loadedParts';
import type { Core, DeferredView } from './activation/core';
import { Log } from './ui/log';
import { Redactor } from './ui/redact';
import { useTranslator } from './util/l10n';

const HAS_ACCOUNTS_CONTEXT = 'vap.hasAccounts';

/**
 * Registers every command, both views and the authentication provider, and returns. The code behind them is loaded
 * when first needed, in two parts: src/activation/features.ts for the Environments view's first rows (or the status
 * bar), then the rest (remainingFeatures.ts) right after those rows, or at once for a command, the Access Tokens view,
 * a node file or a session another extension asks for.
 */
export function activate(context: vscode.ExtensionContext): VapActivation | undefined {
  useTranslator((message, ...args) => vscode.l10n.t(message, ...args));
  // The log channel is made when a line comes after activation, or the log is shown (see Log); its first line then.
  const header = () => `Activated ${context.extension.id} ${context.extension.packageJSON.version} in VS Code ${vscode.version}`;
  const log = new Log(new Redactor(), { hold: true, header });
  const accounts = new AccountStore(context.globalState, context.secrets, newAccountId, (secret) => log.redactor.track(secret));
  let features: Promise<Features> | undefined;
  const load = (): Promise<Features> =>
    (features ??= import('./activation/features').then(({ startFeatures }) => startFeatures(core)));
  const loadAll = (): Promise<AllFeatures> => load().then((loaded) => loaded.rest());
  const loadFailed = (error: unknown) => log.error('Loading the views and commands failed', error);
  const loadTheRest = () => void loadAll().catch(loadFailed);
  // Every command is one operation: a secret it forgets stays masked until its error has been reported.
  const redact = (text: string) => log.redactor.redact(text);
  const commands = new CommandTable(loadAll, (run) => log.redactor.during(run));
  const core: Core = {
    context,
    log,
    accounts,
    commands,
    views: {
      // Its first rows need the accounts' tokens: SecretStorage answers through the workbench, busy opening the view,
      // so the reads start alongside loading the first part instead of after it. Once the rows are out, the rest loads.
      environments: deferredView(Views.environments, () => (readTokensAhead(accounts), load()), redact, { canSelectMany: true, showCollapseAll: true }, loadTheRest),
      // Its rows are token-management sign-ins, which only the rest's code makes (in memory): until that is loaded
      // there are none (the view shows its welcome), and asking loads nothing.
      accessTokens: deferredView(Views.accessTokens, () => Promise.resolve(), redact, { canSelectMany: true }),
    },
    fileSystems: { nodeFiles: new DeferredFileSystemProvider(loadAll), nodeLogs: new DeferredFileSystemProvider(loadAll) },
    authentication: new VapAuthenticationProvider(
      accounts,
      log,
      // Another extension's request is one operation too: what it tracks stays masked until it is over.
      (origin) => log.redactor.during(() => loadAll().then((loaded) => loaded.addAccessToken(origin))),
      () => load().then((loaded) => loaded.ui()),
    ),
  };
  const updateHasAccounts = () => vscode.commands.executeCommand('setContext', HAS_ACCOUNTS_CONTEXT, accounts.list().length > 0);
  // Unset reads as false in `when` clauses: without accounts there is nothing to tell VS Code yet.
  if (accounts.list().length > 0) void updateHasAccounts();
  context.subscriptions.push(
    log,
    accounts,
    commands,
    ...commands.registerAll(Object.values(Commands)),
    commands.register(Commands.showLog, () => log.show()),
    commands.register(Commands.openWalkthrough, () => openWalkthrough(context.extension.id)),
    core.views.environments.view,
    core.views.environments.provider,
    core.views.accessTokens.view,
    core.views.accessTokens.provider,
    core.fileSystems.nodeFiles,
    core.fileSystems.nodeLogs,
    vscode.workspace.registerFileSystemProvider(NODE_FILE_SCHEME, core.fileSystems.nodeFiles, { isCaseSensitive: true }),
    vscode.workspace.registerFileSystemProvider(NODE_LOG_SCHEME, core.fileSystems.nodeLogs, { isCaseSensitive: true, isReadonly: true }),
    core.authentication,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, AUTH_PROVIDER_LABEL, core.authentication, {
      supportsMultipleAccounts: true,
    }),
    accounts.onDidChange(() => void updateHasAccounts()),
  );
  if (neededAtOnce(context.workspaceState, accounts.list())) {
    load().catch(loadFailed);
  }
  log.release();
  return exportsFor(context.extensionMode, () => ({ core, loaded: () => loadAll().then(({ api }) => api) }));
}

/**
 * A new account's id. node:crypto is required here, at the first account added, not at activation: a CPU profile of
 * the extension host put about 1 ms of our activation on loading it (the core's only built-in module).
 */
function newAccountId(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use (see above), not at load
  const { randomUUID } = require('node:crypto') as typeof import('node:crypto');
  return randomUUID();
}

/** Starts reading every account's token; the Environments view's first load joins the reads (AccountStore.token). */
function readTokensAhead(accounts: AccountStore): void {
  for (const account of accounts.list()) accounts.token(account.id).catch(() => undefined);
}

function deferredView<T>(
  id: string,
  load: () => Promise<unknown>,
  redact: (text: string) => string,
  options: Omit<vscode.TreeViewOptions<T>, 'treeDataProvider'>,
  afterFirstRows?: () => void,
): DeferredView<T> {
  const provider = new DeferredTreeProvider<T>(load, redact, afterFirstRows);
  return { provider, view: vscode.window.createTreeView(id, { ...options, treeDataProvider: provider }) };
}
