import { Emitter } from '../util/emitter';
import { parsePlatformOrigin } from '../platform/origin';
import type { Account } from './account';

/** The part of VS Code's Memento the store needs (globalState fits it). */
export interface MetadataStorage {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

/** The part of VS Code's SecretStorage the store needs. */
export interface SecretStore {
  get(key: string): Thenable<string | undefined>;
  store(key: string, value: string): Thenable<void>;
  delete(key: string): Thenable<void>;
  onDidChange(listener: (event: { key: string }) => unknown): { dispose(): unknown };
}

/** What changed: `token` also fires when another window stored or deleted an account's token. */
export interface AccountChange {
  readonly kind: 'added' | 'updated' | 'token' | 'removed';
  readonly accountId: string;
}

type Listener = (change: AccountChange) => void;

const ACCOUNTS_KEY = 'vap.accounts';
const SECRET_PREFIX = 'vap.token.';

/**
 * Accounts: metadata in globalState, tokens in SecretStorage only. Change events fire for changes made here and for
 * token changes made by another window (SecretStorage is shared between windows).
 */
export class AccountStore {
  readonly #changes = new Emitter<AccountChange>();
  readonly #subscription: { dispose(): unknown };

  readonly #metadata: MetadataStorage;
  readonly #secrets: SecretStore;
  readonly #newId: () => string;
  readonly #onSecret: (secret: string) => void;
  /**
   * Each account's token as last read (or the read under way), until anything changes it: SecretStorage answers
   * through the workbench, slowly while it is busy (opening our view, say). Every write, delete and change event of
   * any window drops the entry, so a read that began before a change never stands for the token after it.
   */
  readonly #tokens = new Map<string, Promise<string | undefined>>();

  /**
   * @param onSecret told every token value the store reads or writes, so the log can mask it wherever it appears
   */
  constructor(
    metadata: MetadataStorage,
    secrets: SecretStore,
    newId: () => string,
    onSecret: (secret: string) => void = () => undefined,
  ) {
    this.#metadata = metadata;
    this.#secrets = secrets;
    this.#newId = newId;
    this.#onSecret = onSecret;
    this.#subscription = secrets.onDidChange((event) => {
      if (!event.key.startsWith(SECRET_PREFIX)) return;
      this.#tokens.delete(event.key.slice(SECRET_PREFIX.length));
      // Also the echo of this window's own writes: listeners treat events as "look again", so a repeat is harmless.
      this.#changes.fire({ kind: 'token', accountId: event.key.slice(SECRET_PREFIX.length) });
    });
  }

  list(): Account[] {
    return [...(this.#metadata.get<Account[]>(ACCOUNTS_KEY) ?? [])];
  }

  get(id: string): Account | undefined {
    return this.list().find((account) => account.id === id);
  }

  async add(details: Omit<Account, 'id'>, token: string): Promise<Account> {
    this.#onSecret(token);
    // Whichever way the address came in, the account keeps the one normalised origin its requests may go to.
    const account: Account = { ...details, origin: parsePlatformOrigin(details.origin), id: this.#newId() };
    // The secret goes first: an account without its token would be useless, a stray secret is merely unused.
    await this.#storeSecret(account.id, token);
    await this.#save([...this.list(), account], { kind: 'added', accountId: account.id });
    return account;
  }

  async update(id: string, changes: Partial<Omit<Account, 'id' | 'origin'>>): Promise<Account | undefined> {
    let updated: Account | undefined;
    const accounts = this.list().map((account) => (account.id === id ? (updated = withChanges(account, changes)) : account));
    if (updated) await this.#save(accounts, { kind: 'updated', accountId: id });
    return updated;
  }

  async remove(id: string): Promise<void> {
    this.#tokens.delete(id);
    await this.#secrets.delete(secretKey(id));
    await this.#save(
      this.list().filter((account) => account.id !== id),
      { kind: 'removed', accountId: id },
    );
  }

  /**
   * The account's token from SecretStorage, or as last read if nothing changed it since (see `#tokens`); a read
   * asked for while one is under way joins it. The redactor is told the value every time.
   */
  async token(id: string): Promise<string | undefined> {
    let reading = this.#tokens.get(id);
    if (!reading) {
      const read = Promise.resolve(this.#secrets.get(secretKey(id)));
      reading = read;
      this.#tokens.set(id, read);
      // A failed read is not kept: the next one asks again.
      read.catch(() => this.#tokens.get(id) === read && this.#tokens.delete(id));
    }
    const token = await reading;
    if (token) this.#onSecret(token);
    return token;
  }

  /** Stores a new token for the account and updates its metadata (token id, description, expiry) in one step. */
  async replaceToken(id: string, token: string, changes: Partial<Omit<Account, 'id' | 'origin'>> = {}): Promise<void> {
    this.#onSecret(token);
    await this.#storeSecret(id, token);
    const accounts = this.list().map((account) => (account.id === id ? withChanges(account, changes) : account));
    await this.#save(accounts, { kind: 'token', accountId: id });
  }

  onDidChange(listener: Listener): { dispose(): void } {
    return this.#changes.event(listener);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changes.dispose();
  }

  async #storeSecret(id: string, token: string): Promise<void> {
    this.#tokens.delete(id);
    await this.#secrets.store(secretKey(id), token);
  }

  async #save(accounts: Account[], change: AccountChange): Promise<void> {
    await this.#metadata.update(ACCOUNTS_KEY, accounts);
    this.#changes.fire(change);
  }
}

/** Applies changes; a change to `undefined` removes the field, so no `"key": undefined` lands in globalState. */
function withChanges(account: Account, changes: Partial<Omit<Account, 'id' | 'origin'>>): Account {
  const merged: Record<string, unknown> = { ...account, ...changes };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as unknown as Account;
}

function secretKey(accountId: string): string {
  return SECRET_PREFIX + accountId;
}
