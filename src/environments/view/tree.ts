// The Environments view: accounts (only when there are several) → environments → node groups → nodes.
// Elements are small stable keys; every TreeItem is built from the store when asked, so one store change event
// refreshes exactly the item it concerns.

import { vscode } from '../../ui/vscodeApi';
import { accountTitle } from '../../accounts/account';
import { Commands } from '../../ui/commandIds';
import { PlatformError, ResultCode, TimeoutError, NetworkError, originHost } from '../../platform';
import { EnvChange, EnvRef, EnvironmentStore, MissingTokenError } from '../model/environmentStore';
import { t } from '../../util/l10n';
import {
  IconSpec,
  accountContextValue,
  envAccessibilityLabel,
  envContextValue,
  envDescription,
  envIcon,
  envLabel,
  envTooltip,
  groupContextValue,
  groupDescription,
  groupIcon,
  nodeContextValue,
  nodeDescription,
  nodeGroupsOf,
  nodeIcon,
  nodeLabel,
  nodeTooltip,
  scopeCovers,
} from './presentation';

export class AccountElement {
  readonly kind = 'account';
  constructor(readonly accountId: string) {}
}

export class EnvElement implements EnvRef {
  readonly kind = 'environment';
  constructor(
    readonly accountId: string,
    readonly envName: string,
  ) {}
}

export class GroupElement implements EnvRef {
  readonly kind = 'group';
  constructor(
    readonly accountId: string,
    readonly envName: string,
    readonly nodeGroup: string,
  ) {}
}

export class NodeElement implements EnvRef {
  readonly kind = 'node';
  constructor(
    readonly accountId: string,
    readonly envName: string,
    readonly nodeGroup: string,
    readonly nodeId: number,
  ) {}
}

/** A row that is not an environment: a load error, "No environments". */
export class MessageElement {
  readonly kind = 'message';
  constructor(
    readonly accountId: string | undefined,
    readonly item: vscode.TreeItem,
  ) {}
}

export type EnvTreeElement = AccountElement | EnvElement | GroupElement | NodeElement | MessageElement;

export interface TreeOptions {
  /** Is this the workspace's environment? */
  isWorkspaceEnvironment(ref: EnvRef): boolean;
  /** Is this account's token known to be invalid or expired? */
  tokenInvalid(accountId: string): boolean;
}

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
    }
  }

  getTreeItem(element: EnvTreeElement): vscode.TreeItem {
    switch (element.kind) {
      case 'account':
        return this.#accountItem(element);
      case 'environment':
        return this.#envItem(element);
      case 'group':
        return this.#groupItem(element);
      case 'node':
        return this.#nodeItem(element);
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
    if (view.error !== undefined) rows.push(this.#errorRow(accountId, view.error, view.envs.length > 0));
    rows.push(...view.envs.map((env) => this.#intern(new EnvElement(accountId, env.envName))));
    const empty = view.status === 'loaded' && view.envs.length === 0;
    if (only) this.#setNoEnvironments(empty);
    // With a single account the welcome content explains an empty list; under an account node a row does.
    if (empty && !only) rows.push(new MessageElement(accountId, messageItem(t('No environments'), 'info')));
    return rows;
  }

  // ─── Items ──────────────────────────────────────────────────────────────────────────────────────

  #accountItem(element: AccountElement): vscode.TreeItem {
    const account = this.#store.account(element.accountId);
    if (!account) return new vscode.TreeItem(t('(removed account)'));
    const item = new vscode.TreeItem(account.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = accountKey(account.id);
    const invalid = this.#options.tokenInvalid(account.id);
    const host = originHost(account.origin);
    const parts = [account.user, account.label === host ? undefined : host].filter(Boolean);
    if (invalid) parts.push(t('token invalid'));
    item.description = parts.join(' · ') || undefined;
    item.iconPath = invalid ? themeIcon({ id: 'warning', color: 'list.warningForeground' }) : new vscode.ThemeIcon('account');
    item.contextValue = accountContextValue(invalid);
    item.tooltip = accountTitle(account) + (invalid ? `\n${t('The access token is invalid, expired or revoked.')}` : '');
    return item;
  }

  #envItem(element: EnvElement): vscode.TreeItem {
    const env = this.#store.environment(element);
    if (!env) return new vscode.TreeItem(element.envName);
    const busy = this.#store.busy(element);
    const hasNodes = env.nodes.length > 0;
    const item = new vscode.TreeItem(envLabel(env), hasNodes ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = envKey(element);
    item.description = envDescription(env, busy);
    item.iconPath = themeIcon(envIcon(env, busy));
    item.contextValue = envContextValue(env.status, busy !== undefined);
    item.accessibilityInformation = { label: envAccessibilityLabel(env, busy) };
    return item;
  }

  #groupItem(element: GroupElement): vscode.TreeItem {
    const env = this.#store.environment(element);
    const group = env && nodeGroupsOf(env).find((candidate) => candidate.name === element.nodeGroup);
    if (!env || !group) return new vscode.TreeItem(element.nodeGroup);
    const busy = this.#store.busy(element);
    const restarting = busy?.action === 'restart' && (busy.scope?.kind !== 'node' && (busy.scope?.kind !== 'group' || busy.scope.nodeGroup === group.name));
    const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${envKey(element)}/g/${group.name}`;
    item.description = restarting ? `${groupDescription(group)} · ${t('Restarting…')}` : groupDescription(group);
    item.iconPath = themeIcon(restarting ? { id: 'loading~spin' } : groupIcon(group.name));
    item.contextValue = groupContextValue(env.status, busy !== undefined);
    item.tooltip = `${group.label} (${group.name})`;
    return item;
  }

  #nodeItem(element: NodeElement): vscode.TreeItem {
    const env = this.#store.environment(element);
    const node = env?.nodes.find((candidate) => candidate.id === element.nodeId);
    if (!env || !node) return new vscode.TreeItem(String(element.nodeId));
    const busy = this.#store.busy(element);
    const restarting = busy?.action === 'restart' && scopeCovers(busy.scope, node);
    const item = new vscode.TreeItem(nodeLabel(node), vscode.TreeItemCollapsibleState.None);
    item.id = `${envKey(element)}/n/${node.id}`;
    item.description = nodeDescription(node, env.status, restarting);
    item.iconPath = themeIcon(nodeIcon(node, restarting));
    item.contextValue = nodeContextValue(env.status, busy !== undefined);
    return item;
  }

  #errorRow(accountId: string, error: unknown, stale: boolean): MessageElement {
    const problem = loadProblem(error);
    const item = messageItem(problem.label, stale ? 'warning' : 'error');
    item.description = stale ? t('showing the last list') : problem.description;
    item.tooltip = problem.tooltip;
    item.command =
      problem.fix === 'replaceToken'
        ? { command: Commands.replaceToken, title: t('Replace Token'), arguments: [accountId] }
        : problem.fix === 'generateIdePluginsToken'
          ? { command: Commands.generateIdePluginsToken, title: t('Generate IDE Plugins Token'), arguments: [accountId] }
          : { command: Commands.refreshAccountEnvironments, title: t('Try Again'), arguments: [accountId] };
    item.contextValue = 'vap.loadError';
    return new MessageElement(accountId, item);
  }

  // ─── Bookkeeping ────────────────────────────────────────────────────────────────────────────────

  #multipleAccounts(): boolean {
    return this.#store.accounts().length > 1;
  }

  #intern<T extends AccountElement | EnvElement | GroupElement | NodeElement>(element: T): T {
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

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────────────

function accountKey(accountId: string): string {
  return `vap:${accountId}`;
}

function envKey(ref: EnvRef): string {
  return `vap:${ref.accountId}/${ref.envName}`;
}

function elementKey(element: AccountElement | EnvElement | GroupElement | NodeElement): string {
  switch (element.kind) {
    case 'account':
      return accountKey(element.accountId);
    case 'environment':
      return envKey(element);
    case 'group':
      return `${envKey(element)}/g/${element.nodeGroup}`;
    case 'node':
      return `${envKey(element)}/n/${element.nodeId}`;
  }
}

export function themeIcon(icon: IconSpec): vscode.ThemeIcon {
  return icon.color ? new vscode.ThemeIcon(icon.id, new vscode.ThemeColor(icon.color)) : new vscode.ThemeIcon(icon.id);
}

export function markdown(text: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(text, true);
  result.isTrusted = false;
  return result;
}

function messageItem(label: string, icon: 'info' | 'warning' | 'error'): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.iconPath = icon === 'info' ? undefined : themeIcon({ id: icon, color: icon === 'error' ? 'list.errorForeground' : 'list.warningForeground' });
  return item;
}

interface LoadProblem {
  readonly label: string;
  readonly description?: string;
  readonly tooltip: string;
  readonly fix: 'replaceToken' | 'generateIdePluginsToken' | 'retry';
}

/** What a failed GetEnvs row says, and what clicking it does. */
export function loadProblem(error: unknown): LoadProblem {
  const details = error instanceof Error ? error.message : String(error);
  if (error instanceof MissingTokenError) {
    return { label: t('No access token stored'), description: t('click to add one'), tooltip: details, fix: 'replaceToken' };
  }
  if (error instanceof PlatformError && error.result === ResultCode.NotAuthenticated) {
    return {
      label: t('Access token invalid, expired or revoked'),
      description: t('click to replace it'),
      tooltip: details,
      fix: 'replaceToken',
    };
  }
  if (error instanceof PlatformError && error.result === ResultCode.PermissionDenied) {
    return {
      label: t('The access token cannot list environments'),
      description: t('an IDE Plugins token can'),
      tooltip: details,
      fix: 'generateIdePluginsToken',
    };
  }
  if (error instanceof TimeoutError || error instanceof NetworkError) {
    return { label: t('Cannot reach {0}', error.host), description: t('click to try again'), tooltip: details, fix: 'retry' };
  }
  return { label: t('Could not load environments'), description: t('click to try again'), tooltip: details, fix: 'retry' };
}
