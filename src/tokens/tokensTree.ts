import { vscode } from '../ui/vscodeApi';
import { accountTitle } from '../accounts/account';
import { accountUsingToken } from '../accounts/accountMatching';
import { Views } from '../ui/commandIds';
import { AccessToken, getTokens } from '../platform';
import type { AccountParts } from '../accounts/parts';
import { ManagementSession, SessionEndedError } from '../accounts/managementSessions';
import { tokenRow } from './tokenRow';
import { t } from '../util/l10n';

type Parts = Pick<AccountParts, 'accounts' | 'reporter' | 'tokenSessions'>;

export type TokenNode =
  | { readonly kind: 'session'; readonly session: ManagementSession }
  | { readonly kind: 'token'; readonly session: ManagementSession; readonly token: AccessToken }
  | { readonly kind: 'message'; readonly session: ManagementSession; readonly text: string };

export const SIGNED_IN_CONTEXT = 'vap.tokens.signedIn';

/**
 * The Access Tokens view: one node per management sign-in, its tokens below. Token lists are loaded once per sign-in
 * and again on Refresh or after a change; nothing polls.
 */
export class TokensTree implements vscode.TreeDataProvider<TokenNode>, vscode.Disposable {
  readonly #lists = new Map<string, Promise<AccessToken[]>>();
  readonly #sessionNodes = new Map<string, TokenNode & { kind: 'session' }>();
  readonly #emitter = new vscode.EventEmitter<TokenNode | undefined>();
  readonly #subscriptions: { dispose(): unknown }[] = [];
  readonly onDidChangeTreeData = this.#emitter.event;

  readonly #services: Parts;
  constructor(services: Parts) {
    this.#services = services;
    this.#subscriptions.push(
      this.#emitter,
      services.tokenSessions.onDidChange(() => {
        const live = new Set(services.tokenSessions.list().map((session) => session.key));
        for (const key of [...this.#lists.keys()]) if (!live.has(key)) this.#lists.delete(key);
        for (const key of [...this.#sessionNodes.keys()]) if (!live.has(key)) this.#sessionNodes.delete(key);
        void this.#updateContext();
        this.#emitter.fire(undefined);
      }),
      // The "used by VS Code" marks follow the stored accounts.
      services.accounts.onDidChange(() => this.#emitter.fire(undefined)),
    );
    void this.#updateContext();
  }

  /** The token list of a sign-in: the one loaded, or a fresh load. */
  tokens(session: ManagementSession): Promise<AccessToken[]> {
    let list = this.#lists.get(session.key);
    if (!list) {
      list = this.#services.tokenSessions.run(session, (client, value) => getTokens(client, value));
      this.#lists.set(session.key, list);
      list.catch(() => {
        if (this.#lists.get(session.key) === list) this.#lists.delete(session.key);
      });
      void vscode.window.withProgress({ location: { viewId: Views.accessTokens } }, () => list!.catch(() => undefined));
    }
    return list;
  }

  /** Whether this sign-in's list was asked for already: reading its rows then sends no request. */
  hasList(session: ManagementSession): boolean {
    return this.#lists.has(session.key);
  }

  /**
   * Forgets loaded lists (one sign-in's, or all) and reloads them; resolves when loaded. A failure is reported (once)
   * and does not reject.
   */
  async refresh(session?: ManagementSession): Promise<void> {
    const targets = session ? [session] : this.#services.tokenSessions.list();
    for (const target of targets) this.#lists.delete(target.key);
    this.#emitter.fire(undefined);
    await Promise.all(targets.map((target) => this.tokens(target).catch((error: unknown) => void this.report(error, target))));
  }

  /** Shows a failure to load a list, unless it was shown already. */
  async report(error: unknown, session: ManagementSession): Promise<void> {
    // Signed out or idle while a load was under way: the sign-in is already gone from the view, nothing failed.
    if (error instanceof SessionEndedError || this.#services.reporter.wasReported(error)) return;
    await this.#services.reporter.report(error, { operation: t('Loading the access tokens on {0}', session.host), usedToken: false });
  }


  /**
   * A token was made elsewhere in VS Code (Generate IDE Plugins Token): reloads the lists of this platform that are
   * loaded and do not have it yet. Lists not loaded yet, or that have it, cost no request.
   */
  async refreshIfMissing(origin: string, tokenId: number): Promise<void> {
    await Promise.all(
      this.#services.tokenSessions.forOrigin(origin).map(async (session) => {
        const loaded = await this.#lists.get(session.key)?.catch(() => undefined);
        if (loaded && !loaded.some((token) => token.id === tokenId)) await this.refresh(session);
      }),
    );
  }

  /** The account that uses this token, if any. */
  accountUsing(session: ManagementSession, token: AccessToken) {
    return accountUsingToken(this.#services.accounts.list(), session.origin, token.id, { uid: session.owner.uid });
  }

  async getChildren(node?: TokenNode): Promise<TokenNode[]> {
    if (!node) return this.#services.tokenSessions.list().map((session) => this.#sessionNode(session));
    if (node.kind !== 'session') return [];
    const session = node.session;
    try {
      const tokens = await this.tokens(session);
      if (tokens.length === 0) return [{ kind: 'message', session, text: t('No access tokens yet') }];
      const inUse = (token: AccessToken) => (this.accountUsing(session, token) ? 1 : 0);
      return [...tokens]
        .sort((a, b) => inUse(b) - inUse(a) || b.id - a.id)
        .map((token) => ({ kind: 'token', session, token }));
    } catch (error) {
      void this.report(error, session);
      // A sign-in the platform ended is gone from the view already; anything else can be retried.
      if (!this.#services.tokenSessions.get(session.key)) return [];
      return [{ kind: 'message', session, text: t('Could not load the tokens. Refresh to try again.') }];
    }
  }

  getParent(node: TokenNode): TokenNode | undefined {
    return node.kind === 'session' ? undefined : this.#sessionNode(node.session);
  }

  getTreeItem(node: TokenNode): vscode.TreeItem {
    switch (node.kind) {
      case 'session':
        return this.#sessionItem(node.session);
      case 'message': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('info');
        item.contextValue = 'vap.tokenMessage';
        return item;
      }
      case 'token':
        return this.#tokenItem(node.session, node.token);
    }
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
  }

  #sessionNode(session: ManagementSession): TokenNode & { kind: 'session' } {
    let node = this.#sessionNodes.get(session.key);
    if (!node || node.session !== session) {
      node = { kind: 'session', session };
      this.#sessionNodes.set(session.key, node);
    }
    return node;
  }

  #sessionItem(session: ManagementSession): vscode.TreeItem {
    const who = session.owner.email ?? session.owner.login;
    const item = new vscode.TreeItem(who, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `session:${session.key}`;
    item.description = session.host;
    item.iconPath = new vscode.ThemeIcon('account');
    item.contextValue = 'vap.tokenSession';
    item.tooltip = t(
      'Signed in to manage access tokens as {0} on {1}. The sign-in is kept in memory only and ends after 15 idle minutes, on Sign Out, or when the window closes.',
      who,
      session.host,
    );
    return item;
  }

  #tokenItem(session: ManagementSession, token: AccessToken): vscode.TreeItem {
    const account = this.accountUsing(session, token);
    const row = tokenRow(token, new Date(), account ? accountTitle(account) : undefined);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `token:${session.key}#${token.id}`;
    item.description = row.description;
    item.tooltip = row.details.join('\n');
    item.contextValue = row.contextValue;
    item.accessibilityInformation = { label: row.details.join('. ') };
    item.iconPath = row.inUse
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'))
      : row.expired
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon(row.system ? 'lock' : 'key');
    return item;
  }

  async #updateContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', SIGNED_IN_CONTEXT, this.#services.tokenSessions.list().length > 0);
  }
}
