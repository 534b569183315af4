// Builds the Environments feature: store, poller, action runner, auto-refresh, tree view, status bar, commands.
// What it offers on nodes (logs, files, deploys) is registered later, by nodeFeatures.ts, on the parts made here.

import { vscode } from '../ui/vscodeApi';
import type { AccountParts } from '../accounts/parts';
import type { TreeSlot } from '../ui/slots';
import { ActionRunner } from './model/actionRunner';
import { AutoRefresh } from './model/autoRefresh';
import type { CommandParts, EnvironmentCommandServices } from './commands/parts';
import { registerEnvironmentCommands } from './commands/register';
import { EnvironmentStore } from './model/environmentStore';
import { TransitionPoller } from './model/poller';
import { Timing, defaultTiming } from './model/scheduler';
import { WorkspaceEnvironmentStatusBar } from './view/statusBar';
import { EnvironmentsTreeProvider } from './view/tree';
import type { EnvTreeElement } from './view/treeElements';
import { BindingSetting, WorkspaceBinding } from './model/workspaceBinding';
import { BINDING_SETTING } from './model/bindingKeys';
import { naturalOrder } from '../util/naturalOrder';

export const AUTO_REFRESH_SETTING = 'autoRefreshSeconds';

/** What integration tests reach through the extension's API. */
export interface EnvironmentsApi {
  readonly store: EnvironmentStore;
  readonly tree: EnvironmentsTreeProvider;
  readonly treeView: vscode.TreeView<EnvTreeElement>;
  readonly statusBar: WorkspaceEnvironmentStatusBar;
  readonly binding: WorkspaceBinding;
  readonly runner: ActionRunner;
  readonly poller: TransitionPoller;
  readonly autoRefresh: AutoRefresh;
  /** The timing in force (read-only view; change it with useTiming). */
  readonly timing: Readonly<Timing>;
  /** Swaps the scheduler (tests: a manual one) and/or the poll intervals; pending timers move over. */
  useTiming(changes: Partial<Timing>): void;
}

/** What the Environments feature uses. */
export interface EnvironmentsFeatureParts extends EnvironmentCommandServices, Pick<AccountParts, 'clients'> {
  readonly view: TreeSlot<EnvTreeElement>;
  /** Where the workspace's chosen environment is kept. */
  readonly workspaceState: vscode.Memento;
}

/** @returns also the parts the commands are made of, for the node features (nodeFeatures.ts) */
export function registerEnvironments(services: EnvironmentsFeatureParts): {
  api: EnvironmentsApi;
  parts: CommandParts;
  disposables: vscode.Disposable[];
} {
  const timing = defaultTiming();
  const store = new EnvironmentStore(services.accounts, services.clients, services.log, services.health, naturalOrder(vscode.env.language));
  const poller = new TransitionPoller(store, timing, services.log);
  const runner = new ActionRunner(store, timing, services.log);
  const binding = new WorkspaceBinding(services.workspaceState, workspaceSetting(), store);
  const tree = new EnvironmentsTreeProvider(store, {
    isWorkspaceEnvironment: (ref) => binding.is(ref),
    tokenInvalid: (accountId) => services.health.get(accountId).invalid,
  });
  const treeView = services.view.view;
  services.view.attach(tree);
  const statusBar = new WorkspaceEnvironmentStatusBar(
    store,
    binding,
    { invalid: (accountId) => services.health.get(accountId).invalid },
    (text) => services.log.redactor.redact(text),
  );
  const autoRefresh = new AutoRefresh(
    store,
    timing,
    () => vscode.workspace.getConfiguration('vap').get<number>(AUTO_REFRESH_SETTING, 0),
    () => vscode.window.state.focused && treeView.visible,
  );
  const commandParts = { services, store, runner, tree, treeView, binding };
  const commands = registerEnvironmentCommands(commandParts);

  const bindingRef = () => binding.current();
  const disposables: vscode.Disposable[] = [
    tree,
    statusBar,
    poller,
    runner,
    autoRefresh,
    binding,
    store,
    ...commands,
    { dispose: store.onDidChange((change) => {
      const bound = bindingRef();
      if (!change.accountId || !bound || change.accountId === bound.accountId) statusBar.update();
    }).dispose },
    binding.onDidChange(() => {
      statusBar.update();
      tree.refresh();
    }),
    services.health.onDidChange((accountId) => {
      tree.refreshAccount(accountId);
      statusBar.update();
    }),
    vscode.window.onDidChangeWindowState(() => autoRefresh.update()),
    treeView.onDidChangeVisibility(() => autoRefresh.update()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`vap.${AUTO_REFRESH_SETTING}`)) autoRefresh.update();
    }),
  ];
  autoRefresh.update();

  const api: EnvironmentsApi = {
    store,
    tree,
    treeView,
    statusBar,
    binding,
    runner,
    poller,
    autoRefresh,
    timing,
    useTiming(changes) {
      Object.assign(timing, changes);
      poller.reschedule();
      autoRefresh.reschedule();
    },
  };
  return { api, parts: commandParts, disposables };
}

/** `vap.workspaceEnvironment` as the binding reads it. */
function workspaceSetting(): BindingSetting {
  return {
    value: () => vscode.workspace.getConfiguration('vap').get<unknown>(BINDING_SETTING),
    onDidChange: (listener) =>
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`vap.${BINDING_SETTING}`)) listener();
      }),
  };
}
