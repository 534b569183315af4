import { vscode } from '../ui/vscodeApi';
import { originHost } from '../platform/origin';
import { exactOrigin } from './exactOrigin';
import type { UserInterface } from '../ui/userInterface';
import { Account, accountTitle } from './account';
import type { AccountStore } from './accountStore';
import type { Log } from '../ui/log';
import { t } from '../util/l10n';

export const AUTH_PROVIDER_ID = 'vap';
export const AUTH_PROVIDER_LABEL = 'Virtuozzo Application Platform';

/**
 * Accounts as authentication sessions: they show in VS Code's Accounts menu (sign out there removes the account and
 * its token), and other extensions get a token with `vscode.authentication.getSession('vap', scopes)`.
 * Fails closed: the scopes must be exactly one platform address (`https://app.example.com`; case and a trailing slash
 * do not matter, anything else does), and only accounts on that origin match. No address, several, `*`, another
 * scheme or a path: no session, and `createIfNone` adds nothing. For an address without an account, `createIfNone`
 * asks the user first whether to add a token for it, on behalf of the extension that asked.
 * Without scopes at all (VS Code's own Accounts menu lists them so) every account is shown.
 */
export class VapAuthenticationProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  readonly #emitter = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.#emitter.event;
  /** Account information last announced per account id, so a removal can be announced after the account is gone. */
  readonly #announced = new Map<string, vscode.AuthenticationSessionAccountInformation>();
  readonly #subscription: { dispose(): void };

  readonly #accounts: AccountStore;
  readonly #log: Log;
  readonly #addAccount: (origin: string) => Promise<Account | undefined>;
  readonly #prompts: () => Promise<UserInterface>;

  /**
   * @param addAccount Add Access Token for that origin (its code loads with the rest of the extension), for `createIfNone`
   * @param prompts the prompts in force (they load with that code too)
   */
  constructor(
    accounts: AccountStore,
    log: Log,
    addAccount: (origin: string) => Promise<Account | undefined>,
    prompts: () => Promise<UserInterface>,
  ) {
    this.#accounts = accounts;
    this.#log = log;
    this.#addAccount = addAccount;
    this.#prompts = prompts;
    for (const account of accounts.list()) this.#announced.set(account.id, accountInfo(account));
    this.#subscription = accounts.onDidChange((change) => void this.#announce(change.accountId));
  }

  async getSessions(scopes?: readonly string[]): Promise<vscode.AuthenticationSession[]> {
    // No scopes at all: VS Code's Accounts menu, listing what the user has. Extensions always pass an array.
    const origin = scopes === undefined ? undefined : scopeOrigin(scopes);
    if (scopes !== undefined && origin === undefined) return [];
    const sessions: vscode.AuthenticationSession[] = [];
    for (const account of this.#accounts.list()) {
      if (origin !== undefined && account.origin !== origin) continue;
      const session = await this.#sessionOf(account, origin ? [origin] : []);
      if (session) sessions.push(session);
    }
    return sessions;
  }

  async createSession(scopes: readonly string[]): Promise<vscode.AuthenticationSession> {
    const origin = scopeOrigin(scopes);
    if (origin === undefined) {
      this.#log.warn(`Refused a session request whose scopes are not exactly one platform address (${scopes.length} scope(s))`);
      throw new Error(t('An extension asked for a Virtuozzo Application Platform token without naming exactly one platform address. Nothing was added.'));
    }
    const host = originHost(origin);
    const add = t('Add Access Token');
    const answer = await (await this.#prompts()).showWarningMessage(
      t('An extension asks for access to your Virtuozzo Application Platform account on {0}, and VS Code has no token for it.', host),
      {
        modal: true,
        detail: t(
          'Add an access token for {0} on behalf of that extension (VS Code named it when it asked you to allow access)? The token is stored in VS Code and handed to that extension.',
          host,
        ),
      },
      add,
    );
    if (answer !== add) throw new Error(t('No access token was added.'));
    const account = await this.#addAccount(origin);
    const session = account && account.origin === origin ? await this.#sessionOf(account, [origin]) : undefined;
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

/** The one platform origin the scopes name, or undefined when they name none, several, or not exactly an origin. */
function scopeOrigin(scopes: readonly string[]): string | undefined {
  return scopes.length === 1 ? exactOrigin(scopes[0]) : undefined;
}
