// The Environments view: accounts (only when there are several) → environments → node groups → nodes → the node's
// folders (Files, Logs: each filled by its feature's NodeFolderSource, view/nodeFolders.ts).
// Elements are small stable keys; every TreeItem is built from the store when asked, so one store change event
// refreshes exactly the item it concerns.

import { vscode } from '../../ui/vscodeApi';
import { accountTitle } from '../../accounts/account';
import { t } from '../../util/l10n';
import type { EnvironmentStore } from '../model/environmentStore';
import type { EnvChange, EnvRef } from '../model/storeTypes';
import { nodeGroupsOf } from './groups';
import { envTooltip, nodeTooltip } from './tooltips';
import { NODE_FOLDER_ORDER, NodeFolderSource, nodeFolderItem } from './nodeFolders';
import {
  AccountElement,
  EnvElement,
  EnvTreeElement,
  GroupElement,
  MessageElement,
  NodeElement,
  NodeFolderElement,
  NodeFolderKind,
  accountKey,
  elementKey,
  envKey,
} from './treeElements';
import { TreeOptions, accountItem, envItem, errorRow, groupItem, markdown, messageItem, nodeItem } from './treeItems';

/** Context keys the view's welcome content and the command palette read. */
export const ContextKeys = {
  hasAccounts: 'vap.hasAccounts',
  noEnvironments: 'vap.environments.noEnvironments',
} as const;

export class EnvironmentsTreeProvider implements vscode.TreeDataProvider<EnvTreeElement>, vscode.Disposable {
  readonly #changes = new vscode.EventEmitter<EnvTreeElement | undefined>();
  readonly onDidChangeTreeData = this.#changes.event;
  /** One object per row, so VS Code can match refresh events and reveal() to rows. */
  readonly #elements = new Map<string, EnvTreeElement>();
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #folders = new Map<NodeFolderKind, NodeFolderSource>();
  #shownAccounts?: number;
  #noEnvironments?: boolean;

  /** Whether the view shows the "no environments" welcome (context key `vap.environments.noEnvironments`). */
  get showsNoEnvironmentsWelcome(): boolean {
    return this.#noEnvironments === true;
  }

  readonly #store: EnvironmentStore;
  readonly #options: TreeOptions;
  constructor(
    store: EnvironmentStore,
    options: TreeOptions,
  ) {
    this.#store = store;
    this.#options = options;
    this.#subscriptions.push(this.#changes, { dispose: store.onDidChange((change) => this.#onStoreChange(change)).dispose });
  }

  /** Refreshes the whole view, e.g. when the workspace environment or a token's health changed. */
  refresh(): void {
    this.#changes.fire(undefined);
  }

  /** Refreshes one environment's row (and what is below it). */
  refreshEnvironment(ref: EnvRef): void {
    const element = this.#elements.get(envKey(ref));
    if (element) this.#changes.fire(element);
  }

  /** Refreshes one account's rows. */
  refreshAccount(accountId: string): void {
    const element = this.#elements.get(accountKey(accountId));
    this.#changes.fire(this.#multipleAccounts() && element ? element : undefined);
  }

  /** Puts a folder (Logs, Files) under every node row; node rows become collapsible. */
  addNodeFolder(source: NodeFolderSource): vscode.Disposable {
    this.#folders.set(source.folder, source);
    this.#changes.fire(undefined);
    return {
      dispose: () => {
        if (this.#folders.get(source.folder) !== source) return;
        this.#folders.delete(source.folder);
        this.#changes.fire(undefined);
      },
    };
  }

  /** Reads a node folder again (its Refresh button, its error row's click). */
  refreshNodeFolder(folder: NodeFolderElement): void {
    const element = this.#intern(folder);
    this.#folders.get(folder.folder)?.forget(element);
    this.#changes.fire(element);
  }

  /** The row of an environment, for reveal(). */
  environmentElement(ref: EnvRef): EnvElement {
    return this.#intern(new EnvElement(ref.accountId, ref.envName));
  }

  async getChildren(element?: EnvTreeElement): Promise<EnvTreeElement[]> {
    if (!element) return this.#rootChildren();
    switch (element.kind) {
      case 'account':
        return this.#accountChildren(element.accountId, false);
      case 'environment': {
        const env = this.#store.environment(element);
        if (!env) return [];
        return nodeGroupsOf(env).map((group) => this.#intern(new GroupElement(element.accountId, element.envName, group.name)));
      }
      case 'group': {
        const env = this.#store.environment(element);
        const nodes = env?.nodes.filter((node) => node.nodeGroup === element.nodeGroup) ?? [];
        return nodes.map((node) => this.#intern(new NodeElement(element.accountId, element.envName, element.nodeGroup, node.id)));
      }
      case 'node':
        return NODE_FOLDER_ORDER.filter((folder) => this.#folders.has(folder)).map((folder) =>
          this.#intern(new NodeFolderElement(element.accountId, element.envName, element.nodeGroup, element.nodeId, folder)),
        );
      case 'nodeFolder':
        return (await this.#folders.get(element.folder)?.children(element)) ?? [];
      case 'nodeEntry':
        return (await this.#folders.get(element.folder.folder)?.children(element)) ?? [];
      default:
        return [];
    }
  }

  getParent(element: EnvTreeElement): EnvTreeElement | undefined {
    switch (element.kind) {
      case 'account':
        return undefined;
      case 'message':
        return element.accountId && this.#multipleAccounts() ? this.#intern(new AccountElement(element.accountId)) : undefined;
      case 'environment':
        return this.#multipleAccounts() ? this.#intern(new AccountElement(element.accountId)) : undefined;
      case 'group':
        return this.#intern(new EnvElement(element.accountId, element.envName));
      case 'node':
        return this.#intern(new GroupElement(element.accountId, element.envName, element.nodeGroup));
      case 'nodeFolder':
        return this.#intern(new NodeElement(element.accountId, element.envName, element.nodeGroup, element.nodeId));
      case 'nodeEntry':
        return element.parent;
    }
  }

  getTreeItem(element: EnvTreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'account':
        return accountItem(this.#store, this.#options, element);
      case 'environment':
        return envItem(this.#store, element);
      case 'group':
        return groupItem(this.#store, element);
      case 'node':
        return nodeItem(this.#store, element, this.#folders.size > 0);
      case 'nodeFolder': {
        const source = this.#folders.get(element.folder);
        return source ? nodeFolderItem(source, element, elementKey(element)) : new vscode.TreeItem(element.folder);
      }
      case 'nodeEntry':
        element.item.id = elementKey(element);
        return element.item;
      case 'message':
        return element.item;
    }
  }

  /** Environment and node tooltips are built on hover: for thousands of rows they were most of the tree's cost. */
  resolveTreeItem(item: vscode.TreeItem, element: EnvTreeElement): vscode.TreeItem {
    if (element.kind === 'environment') {
      const env = this.#store.environment(element);
      const account = this.#store.account(element.accountId);
      if (env) {
        item.tooltip = markdown(
          envTooltip(env, {
            busy: this.#store.busy(element),
            account: account && this.#multipleAccounts() ? accountTitle(account) : undefined,
            workspace: this.#options.isWorkspaceEnvironment(element),
            locale: vscode.env.language,
          }),
        );
      }
    } else if (element.kind === 'node') {
      const env = this.#store.environment(element);
      const node = env?.nodes.find((candidate) => candidate.id === element.nodeId);
      if (env && node) item.tooltip = markdown(nodeTooltip(node, env));
    }
    return item;
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#elements.clear();
  }

  // ─── Children ───────────────────────────────────────────────────────────────────────────────────

  async #rootChildren(): Promise<EnvTreeElement[]> {
    const accounts = this.#store.accounts();
    this.#shownAccounts = accounts.length;
    if (accounts.length === 0) {
      this.#setNoEnvironments(false);
      return [];
    }
    if (accounts.length === 1) return this.#accountChildren(accounts[0].id, true);
    this.#setNoEnvironments(false);
    return accounts.map((account) => this.#intern(new AccountElement(account.id)));
  }

  async #accountChildren(accountId: string, only: boolean): Promise<EnvTreeElement[]> {
    // The view shows its progress bar while this promise is pending.
    await this.#store.ensureLoaded(accountId);
    const view = this.#store.view(accountId);
    const rows: EnvTreeElement[] = [];
    if (view.error !== undefined) rows.push(errorRow(accountId, view.error, view.envs.length > 0));
    rows.push(...view.envs.map((env) => this.#intern(new EnvElement(accountId, env.envName))));
    const empty = view.status === 'loaded' && view.envs.length === 0;
    if (only) this.#setNoEnvironments(empty);
    // With a single account the welcome content explains an empty list; under an account node a row does.
    if (empty && !only) rows.push(new MessageElement(accountId, messageItem(t('No environments'), 'info')));
    return rows;
  }

  // ─── Bookkeeping ────────────────────────────────────────────────────────────────────────────────

  #multipleAccounts(): boolean {
    return this.#store.accounts().length > 1;
  }

  #intern<T extends AccountElement | EnvElement | GroupElement | NodeElement | NodeFolderElement>(element: T): T {
    const key = elementKey(element);
    const known = this.#elements.get(key);
    if (known) return known as T;
    this.#elements.set(key, element);
    return element;
  }

  #onStoreChange(change: EnvChange): void {
    const accounts = this.#store.accounts().length;
    if (!change.accountId || accounts !== this.#shownAccounts) {
      // The account list changed: single/multi-account layout may flip, so the rows start afresh.
      this.#elements.clear();
      this.#changes.fire(undefined);
      return;
    }
    if (change.envName) {
      const element = this.#elements.get(envKey({ accountId: change.accountId, envName: change.envName }));
      if (element) return this.#changes.fire(element);
    }
    this.refreshAccount(change.accountId);
  }

  #setNoEnvironments(value: boolean): void {
    if (this.#noEnvironments === value) return;
    this.#noEnvironments = value;
    void vscode.commands.executeCommand('setContext', ContextKeys.noEnvironments, value);
  }
}

