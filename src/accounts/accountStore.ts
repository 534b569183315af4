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

type Listener = () => void;

const ACCOUNTS_KEY = 'vap.accounts';
const SECRET_PREFIX = 'vap.token.';

/**
 * Accounts: metadata in globalState, tokens in SecretStorage only. Change events fire for changes made here and for
 * token changes made by another window (SecretStorage is shared between windows).
 */
export class AccountStore {
  private readonly listeners = new Set<Listener>();
  private readonly subscription: { dispose(): unknown };

  constructor(
    private readonly metadata: MetadataStorage,
    private readonly secrets: SecretStore,
    private readonly newId: () => string,
  ) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key.startsWith(SECRET_PREFIX)) {
        this.fire();
      }
    });
  }

  list(): Account[] {
    return [...(this.metadata.get<Account[]>(ACCOUNTS_KEY) ?? [])];
  }

  get(id: string): Account | undefined {
    return this.list().find((account) => account.id === id);
  }

  async add(details: Omit<Account, 'id'>, token: string): Promise<Account> {
    const account: Account = { ...details, id: this.newId() };
    // The secret goes first: an account without its token would be useless, a stray secret is merely unused.
    await this.secrets.store(secretKey(account.id), token);
    await this.save([...this.list(), account]);
    return account;
  }

  async update(id: string, changes: Partial<Omit<Account, 'id' | 'origin'>>): Promise<Account | undefined> {
    let updated: Account | undefined;
    await this.save(this.list().map((account) => (account.id === id ? (updated = { ...account, ...changes }) : account)));
    return updated;
  }

  async remove(id: string): Promise<void> {
    await this.secrets.delete(secretKey(id));
    await this.save(this.list().filter((account) => account.id !== id));
  }

  token(id: string): Thenable<string | undefined> {
    return this.secrets.get(secretKey(id));
  }

  async replaceToken(id: string, token: string, changes: Partial<Omit<Account, 'id' | 'origin'>> = {}): Promise<void> {
    await this.secrets.store(secretKey(id), token);
    await this.update(id, changes);
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }

  private async save(accounts: Account[]): Promise<void> {
    await this.metadata.update(ACCOUNTS_KEY, accounts);
    this.fire();
  }

  private fire(): void {
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}

function secretKey(accountId: string): string {
  return SECRET_PREFIX + accountId;
}
