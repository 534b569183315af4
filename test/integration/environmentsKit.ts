// Shared pieces of the Environments suites: the extension's API with a manual scheduler (polling time moves only when
// a test says so), the scripted UI (plus openExternal), a fresh simulator per test, and ways to read the real tree
// view and status bar item — waiting for them by events, never by sleeping.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { VapExtensionApi } from '../../src/activation/api';
import type { EnvTreeElement } from '../../src/environments/view/treeElements';
import { Simulator, startSimulator } from '../simulator';
import { ManualScheduler } from '../unit/environments/manualScheduler';
import { ScriptedUserInterface } from './scriptedUserInterface';
import { activateVap } from './vap';

/** The harness's scripted UI, also noting which messages were modal (confirmations must be). */
export class EnvUi extends ScriptedUserInterface {
  readonly modals: string[] = [];

  override showWarningMessage(message: string, options: vscode.MessageOptions, ...items: string[]): Thenable<string | undefined> {
    if (options.modal === true) this.modals.push(message);
    return super.showWarningMessage(message, options, ...items);
  }
}

/** No accounts, no workspace environment. */
export async function resetExtension(api: VapExtensionApi): Promise<void> {
  for (const account of api.services.accounts.list()) await api.services.accounts.remove(account.id);
  await api.environments.binding.set(undefined);
}

export interface Row {
  readonly element: EnvTreeElement;
  readonly label: string;
  readonly description?: string;
  readonly contextValue?: string;
  /** Codicon id, e.g. `vm-running` or `loading~spin`. */
  readonly icon?: string;
  readonly tooltip: string;
  readonly collapsible: boolean;
}

const SETTINGS = ['confirmDisruptiveActions', 'autoRefreshSeconds', 'workspaceEnvironment'] as const;

/** A clean extension (no accounts, no workspace environment, default settings), a manual scheduler and a simulator. */
export function useEnvironmentsFixture() {
  const state: { api?: VapExtensionApi; ui?: EnvUi; sim?: Simulator; scheduler?: ManualScheduler } = {};
  beforeEach(async () => {
    const api = await activateVap();
    state.api = api;
    await resetExtension(api);
    for (const key of SETTINGS) await vscode.workspace.getConfiguration('vap').update(key, undefined, vscode.ConfigurationTarget.Global);
    state.scheduler = new ManualScheduler();
    api.environments.useTiming({ scheduler: state.scheduler });
    state.ui = new EnvUi();
    api.useUserInterface(state.ui);
    state.sim = await startSimulator({ clock: 'manual' });
  });
  afterEach(async function () {
    state.sim?.completeOperations();
    if (state.api) {
      // Let the last action's refresh land before its account and simulator go away.
      await until(state.api, () => state.api?.environments.store.busyRefs().length === 0, 'no action is left running').catch(() => undefined);
      state.api.useUserInterface(undefined);
      await resetExtension(state.api);
      for (const key of SETTINGS) await vscode.workspace.getConfiguration('vap').update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await state.sim?.close();
    if (this.currentTest?.state === 'failed' && state.ui) {
      console.log('  scripted UI failures:', state.ui.failures, '\n  notifications:', state.ui.notifications);
    }
  });
  const fixture = {
    get api(): VapExtensionApi {
      assert.ok(state.api);
      return state.api;
    },
    get ui(): EnvUi {
      assert.ok(state.ui);
      return state.ui;
    },
    get sim(): Simulator {
      assert.ok(state.sim);
      return state.sim;
    },
    get scheduler(): ManualScheduler {
      assert.ok(state.scheduler);
      return state.scheduler;
    },
    /** Adds the simulator's demo account (an IDE Plugins token) the way tests may: straight into the store. */
    async addAccount(label = 'Demo', token?: string): Promise<string> {
      const account = await fixture.api.services.accounts.add({ origin: fixture.sim.url, label }, token ?? fixture.sim.demo.token);
      return account.id;
    },
    rows: (parent?: EnvTreeElement) => rows(fixture.api, parent),
    /** The row of an environment (searched under every account). */
    async envRow(envName: string): Promise<Row> {
      const found = await findEnvRow(fixture.api, envName);
      assert.ok(found, `no row for ${envName}`);
      return found;
    },
    /** Waits until the row of `envName` satisfies `check` (re-read on every change of the view). */
    async waitForRow(envName: string, check: (row: Row) => boolean, what: string): Promise<Row> {
      let last: Row | undefined;
      await untilAsync(fixture.api, async () => {
        last = await findEnvRow(fixture.api, envName);
        return last !== undefined && check(last);
      }, `${envName} ${what} (last: ${JSON.stringify(last && { description: last.description, icon: last.icon, contextValue: last.contextValue })})`);
      assert.ok(last);
      return last;
    },
    statusBar: () => fixture.api.environments.statusBar.item,
    async waitForStatusBar(check: (item: vscode.StatusBarItem) => boolean, what: string): Promise<vscode.StatusBarItem> {
      const item = fixture.api.environments.statusBar.item;
      await until(fixture.api, () => check(item), `status bar ${what} (text: ${item.text})`);
      return item;
    },
    /** The API methods the simulator received, in order. */
    methods: () => fixture.sim.requests.map((entry) => entry.method ?? entry.path),
  };
  return fixture;
}

/** The rows as VS Code gets them: through the view's provider, whose redaction boundary every item passes. */
export async function rows(api: VapExtensionApi, parent?: EnvTreeElement): Promise<Row[]> {
  const view = api.services.views.environments.provider;
  const children = await view.getChildren(parent);
  const token = new vscode.CancellationTokenSource().token;
  // Tooltips are filled in on hover, as VS Code does through resolveTreeItem.
  return Promise.all(
    children.map(async (element) => {
      const item = await view.getTreeItem(element);
      return toRow(element, (await view.resolveTreeItem(item, element, token)) ?? item);
    }),
  );
}

function toRow(element: EnvTreeElement, item: vscode.TreeItem): Row {
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : (item.tooltip ?? '');
  return {
    element,
    label,
    description: typeof item.description === 'string' ? item.description : undefined,
    contextValue: item.contextValue,
    icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
    tooltip,
    collapsible: item.collapsibleState !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None,
  };
}

async function findEnvRow(api: VapExtensionApi, envName: string): Promise<Row | undefined> {
  const queue = await rows(api);
  for (const row of queue) {
    if (row.element.kind === 'environment' && row.element.envName === envName) return row;
    if (row.element.kind === 'account') queue.push(...(await rows(api, row.element)));
  }
  return undefined;
}

/** Resolves once `condition` holds: checked now and after every change of the store and the tree. */
export function until(api: VapExtensionApi, condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  return untilAsync(api, async () => condition(), what, timeoutMs);
}

export function untilAsync(api: VapExtensionApi, condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    let checking = false;
    let again = false;
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
      if (error) reject(error);
      else resolve();
    };
    const check = async (): Promise<void> => {
      if (done) return;
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        do {
          again = false;
          if (await condition()) return finish();
        } while (again && !done);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      } finally {
        checking = false;
      }
    };
    // Events fire before the code after them runs: look once that code had its turn.
    const later = (): void => void Promise.resolve().then(check);
    const subscriptions = [
      api.environments.store.onDidChange(later),
      api.environments.tree.onDidChangeTreeData(later),
    ];
    // A safety net against a hang, not a wait: passing tests never reach it.
    const timer = setTimeout(() => finish(new Error(`timed out waiting until ${what}`)), timeoutMs);
    void check();
  });
}
