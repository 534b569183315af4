import { vscode } from '../ui/vscodeApi';
import { parsePlatformOrigin } from '../platform/origin';
import { Account, accountTitle } from './account';
import type { AccountStore } from './accountStore';
import type { Log } from '../ui/log';
import { t } from '../util/l10n';

export const AUTH_PROVIDER_ID = 'vap';
export const AUTH_PROVIDER_LABEL = 'Virtuozzo Application Platform';

/**
 * Accounts as authentication sessions: they show in VS Code's Accounts menu (sign out there removes the account and
 * its token), and other extensions get a token with `vscode.authentication.getSession('vap', scopes)`.
 * Scopes, when given, are platform addresses: only accounts on those platforms match, and `createIfNone` asks for a
 * token for the first of them.
 */
export class VapAuthenticationProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  readonly #emitter = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.#emitter.event;
  /** Account information last announced per account id, so a removal can be announced after the account is gone. */
  readonly #announced = new Map<string, vscode.AuthenticationSessionAccountInformation>();
  readonly #subscription: { dispose(): void };

  readonly #accounts: AccountStore;
  readonly #log: Log;
  readonly #addAccount: (origin: string | undefined) => Promise<Account | undefined>;

  /** @param addAccount Add Access Token (its code loads with the rest of the extension), for `createIfNone` */
  constructor(accounts: AccountStore, log: Log, addAccount: (origin: string | undefined) => Promise<Account | undefined>) {
    this.#accounts = accounts;
    this.#log = log;
    this.#addAccount = addAccount;
    for (const account of accounts.list()) this.#announced.set(account.id, accountInfo(account));
    this.#subscription = accounts.onDidChange((change) => void this.#announce(change.accountId));
  }

  async getSessions(scopes?: readonly string[]): Promise<vscode.AuthenticationSession[]> {
    const origins = originsOf(scopes);
    const sessions: vscode.AuthenticationSession[] = [];
    for (const account of this.#accounts.list()) {
      if (origins.length > 0 && !origins.includes(account.origin)) continue;
      const session = await this.#sessionOf(account, scopes ?? []);
      if (session) sessions.push(session);
    }
    return sessions;
  }

  async createSession(scopes: readonly string[]): Promise<vscode.AuthenticationSession> {
    const account = await this.#addAccount(originsOf(scopes)[0]);
    const session = account && (await this.#sessionOf(account, scopes));
    if (!session) throw new Error(t('No access token was added.'));
    return session;
  }

  async removeSession(sessionId: string): Promise<void> {
    if (!this.#accounts.get(sessionId)) return;
    await this.#accounts.remove(sessionId);
    this.#log.info(`Removed account ${sessionId} (signed out in the Accounts menu)`);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#emitter.dispose();
  }

  async #sessionOf(account: Account, scopes: readonly string[]): Promise<vscode.AuthenticationSession | undefined> {
    const token = await this.#accounts.token(account.id);
    if (!token) return undefined;
    return { id: account.id, accessToken: token, account: accountInfo(account), scopes: [...scopes] };
  }

  async #announce(accountId: string): Promise<void> {
    const account = this.#accounts.get(accountId);
    const before = this.#announced.get(accountId);
    if (!account) {
      if (!before) return;
      this.#announced.delete(accountId);
      this.#emitter.fire({ added: [], removed: [{ id: accountId, accessToken: '', account: before, scopes: [] }], changed: [] });
      return;
    }
    const session = await this.#sessionOf(account, []);
    if (!session) return;
    this.#announced.set(accountId, session.account);
    this.#emitter.fire(before ? { added: [], removed: [], changed: [session] } : { added: [session], removed: [], changed: [] });
  }
}

function accountInfo(account: Account): vscode.AuthenticationSessionAccountInformation {
  return { id: account.id, label: accountTitle(account) };
}

/** The platform origins among the scopes; scopes that are not platform addresses are ignored. */
function originsOf(scopes: readonly string[] | undefined): string[] {
  const origins: string[] = [];
  for (const scope of scopes ?? []) {
    try {
      origins.push(parsePlatformOrigin(scope));
    } catch {
      // Not an address: ignore.
    }
  }
  return origins;
}
