// The environments of every account, as last read from the platform, plus what our own actions are doing to them.
// One GetEnvs per account fills it; GetEnvInfo refreshes one environment. Free of `vscode`: the tree, the status bar
// and the commands read it and listen to its change events; unit tests drive it against the simulator.

import type { Account } from '../../accounts/account';
import type { AccountChange } from '../../accounts/accountStore';
import type { AccountView, EnvAccountSource, EnvChange, EnvClientSource, EnvLogger, EnvRef, TokenHealthSink } from './storeTypes';
import { Environment, PlatformClient, PlatformError, ResultCode, getEnvInfo, getEnvs } from '../../platform';
import { Disposable, Emitter } from '../../util/emitter';
import type { BusyState } from './envState';
import { MissingTokenError, UnknownAccountError, isEnvironmentGone, isTokenProblem } from './envErrors';
import { sortEnvironments } from './envOrder';
import { Compare, naturalOrder } from '../../util/naturalOrder';
import { Stamped, mergeList } from './envMerge';
import { BusyMarks } from './busyMarks';

interface Entry {
  /** Undefined until the first GetEnvs worked. */
  envs?: Map<string, Stamped>;
  sorted?: Environment[];
  error?: unknown;
  loading?: Promise<void>;
  /** The token was refused (702) or is missing: pollers leave the account alone until it changes. */
  authFailed?: boolean;
}

export class EnvironmentStore implements Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #busy = new BusyMarks();
  readonly #clients = new Map<string, PlatformClient>();
  readonly #changes = new Emitter<EnvChange>();
  readonly #subscription: Disposable;
  #seq = 0;
  readonly onDidChange = this.#changes.event;

  readonly #source: EnvAccountSource;
  readonly #clientSource: EnvClientSource;
  readonly #log: EnvLogger;
  readonly #health: TokenHealthSink | undefined;
  readonly #byLabel: Compare;
  /** @param byLabel how labels are ordered (util/naturalOrder.ts): in the user's language; the process's by default. */
  constructor(source: EnvAccountSource, clientSource: EnvClientSource, log: EnvLogger, health?: TokenHealthSink, byLabel = naturalOrder(undefined)) {
    this.#byLabel = byLabel;
    this.#source = source;
    this.#clientSource = clientSource;
    this.#log = log;
    this.#health = health;
    this.#subscription = source.onDidChange((change) => this.#onAccountChange(change));
  }

  accounts(): readonly Account[] {
    return this.#source.list();
  }

  account(accountId: string): Account | undefined {
    return this.#source.get(accountId);
  }

  view(accountId: string): AccountView {
    const entry = this.#entries.get(accountId);
    const envs = entry?.sorted ?? [];
    const refreshing = entry?.loading !== undefined;
    if (!entry || (!entry.envs && !entry.error)) return { status: refreshing ? 'loading' : 'notLoaded', envs, refreshing };
    if (entry.error !== undefined) return { status: 'failed', envs, error: entry.error, refreshing };
    return { status: 'loaded', envs, refreshing };
  }

  environment(ref: EnvRef): Environment | undefined {
    return this.#entries.get(ref.accountId)?.envs?.get(ref.envName)?.env;
  }

  /** The token of this account was refused or is missing since it last changed. */
  authFailed(accountId: string): boolean {
    return this.#entries.get(accountId)?.authFailed === true;
  }

  busy(ref: EnvRef): BusyState | undefined {
    return this.#busy.get(ref);
  }

  /** Every environment an action of ours runs on. */
  busyRefs(): EnvRef[] {
    return this.#busy.refs();
  }

  setBusy(ref: EnvRef, state: BusyState | undefined): void {
    if (this.#busy.set(ref, state)) this.#changes.fire({ accountId: ref.accountId, envName: ref.envName });
  }

  /** Loads the account's environments unless they are loaded or loading. */
  ensureLoaded(accountId: string): Promise<void> {
    const entry = this.#entries.get(accountId);
    if (entry?.loading) return entry.loading;
    if (entry?.envs || entry?.error !== undefined) return Promise.resolve();
    return this.load(accountId);
  }

  /**
   * One GetEnvs for the account; joins a load already running. Never rejects: a failure is kept in the view
   * (and returned) so the tree can show it.
   */
  load(accountId: string): Promise<void> {
    if (!this.#source.get(accountId)) return Promise.resolve();
    const entry = this.#entry(accountId);
    if (entry.loading) return entry.loading;
    const seq = ++this.#seq;
    const loading = this.#fetchList(accountId, entry, seq).finally(() => {
      if (entry.loading === loading) entry.loading = undefined;
      if (this.#entries.get(accountId) === entry) this.#changes.fire({ accountId });
    });
    entry.loading = loading;
    this.#changes.fire({ accountId });
    return loading;
  }

  /** Reloads every account (or only those already shown, for auto-refresh); resolves with the failures. */
  async reload(options: { onlyLoaded?: boolean } = {}): Promise<{ accountId: string; error: unknown }[]> {
    const ids = this.#source
      .list()
      .map((account) => account.id)
      .filter((id) => !options.onlyLoaded || this.view(id).status === 'loaded' || this.view(id).status === 'failed');
    await Promise.all(ids.map((id) => this.load(id)));
    return ids.flatMap((accountId) => {
      const error = this.#entries.get(accountId)?.error;
      return error === undefined ? [] : [{ accountId, error }];
    });
  }

  /**
   * GetEnvInfo for one environment of a loaded account; the answer replaces the cached one.
   * @returns the environment, or undefined when the platform says it does not exist (it is then dropped)
   * @throws whatever the call throws (after telling the token health)
   */
  async refreshEnvironment(ref: EnvRef, signal?: AbortSignal): Promise<Environment | undefined> {
    const seq = ++this.#seq;
    const { client, token } = await this.credentials(ref.accountId);
    let env: Environment;
    try {
      env = await getEnvInfo(client, token, ref.envName, { signal });
      this.succeeded(ref.accountId);
    } catch (error) {
      if (isEnvironmentGone(error)) {
        this.succeeded(ref.accountId);
        this.forget(ref);
        return undefined;
      }
      this.failed(ref.accountId, error);
      throw error;
    }
    const entry = this.#entries.get(ref.accountId);
    const current = entry?.envs?.get(ref.envName);
    if (entry?.envs && (!current || current.seq < seq)) {
      entry.envs.set(ref.envName, { env, seq });
      entry.sorted = sortEnvironments(entry.envs, this.#byLabel);
      this.#changes.fire(current ? { accountId: ref.accountId, envName: ref.envName } : { accountId: ref.accountId });
    }
    return env;
  }

  /**
   * The poller's tick: one GetEnvs for an account already shown, and a change event for each environment that changed
   * (one for the account when environments came or went, or the order changed). platform-api.md: GetEnvs answers
   * `infos[]`, each shaped like GetEnvInfo's answer [C], so one call reads every transitional environment at once.
   * @throws whatever the call throws (after telling the token health)
   */
  async pollAccount(accountId: string, signal?: AbortSignal): Promise<void> {
    const entry = this.#entries.get(accountId);
    if (!entry?.envs) return;
    const seq = ++this.#seq;
    const { client, token } = await this.credentials(accountId);
    let envs: Environment[];
    try {
      envs = await getEnvs(client, token, { signal });
      this.succeeded(accountId);
    } catch (error) {
      this.failed(accountId, error);
      throw error;
    }
    if (this.#entries.get(accountId) !== entry || !entry.envs) return;
    const merged = mergeList(entry.envs, envs, seq);
    const before = entry.sorted?.map((env) => env.envName).join('\n');
    const hadError = entry.error !== undefined;
    entry.envs = merged.envs;
    entry.sorted = sortEnvironments(merged.envs, this.#byLabel);
    entry.error = undefined;
    const reordered = before !== entry.sorted.map((env) => env.envName).join('\n');
    if (merged.listChanged || reordered || hadError) this.#changes.fire({ accountId });
    else for (const envName of merged.changed) this.#changes.fire({ accountId, envName });
  }

  /** Drops an environment the platform no longer knows. */
  forget(ref: EnvRef): void {
    const entry = this.#entries.get(ref.accountId);
    if (!entry?.envs?.delete(ref.envName)) return;
    entry.sorted = sortEnvironments(entry.envs, this.#byLabel);
    this.#log.info(`${ref.envName} no longer exists on the platform`);
    this.#changes.fire({ accountId: ref.accountId });
  }

  /** The client and token for an account's calls. @throws UnknownAccountError, MissingTokenError, OriginError */
  async credentials(accountId: string): Promise<{ client: PlatformClient; token: string }> {
    const account = this.#source.get(accountId);
    if (!account) throw new UnknownAccountError(accountId);
    const token = await this.#source.token(accountId);
    if (!token) {
      this.failed(accountId, new MissingTokenError(accountId));
      throw new MissingTokenError(accountId);
    }
    const client = this.#clients.get(account.origin) ?? this.#clientSource.forOrigin(account.origin);
    this.#clients.set(account.origin, client);
    return { client, token };
  }

  /** A call with the account's token worked. */
  succeeded(accountId: string): void {
    const entry = this.#entries.get(accountId);
    this.#health?.recordSuccess(accountId);
    if (entry?.authFailed) {
      entry.authFailed = false;
      this.#changes.fire({ accountId });
    }
  }

  /** A call with the account's token failed. */
  failed(accountId: string, error: unknown): void {
    this.#health?.recordFailure(accountId, error);
    if (isTokenProblem(error) && !(error instanceof PlatformError && error.result === ResultCode.PermissionDenied)) {
      const entry = this.#entries.get(accountId);
      if (entry && !entry.authFailed) {
        entry.authFailed = true;
        this.#changes.fire({ accountId });
      }
    }
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changes.dispose();
    this.#entries.clear();
    this.#busy.clear();
  }

  #entry(accountId: string): Entry {
    let entry = this.#entries.get(accountId);
    if (!entry) {
      entry = {};
      this.#entries.set(accountId, entry);
    }
    return entry;
  }

  async #fetchList(accountId: string, entry: Entry, seq: number): Promise<void> {
    let envs: Environment[];
    try {
      const { client, token } = await this.credentials(accountId);
      envs = await getEnvs(client, token);
    } catch (error) {
      if (this.#entries.get(accountId) !== entry) return;
      this.#log.error(`Could not load the environments of ${this.#source.get(accountId)?.label ?? 'an account'}`, error);
      entry.error = error;
      if (!(error instanceof MissingTokenError)) this.failed(accountId, error);
      return;
    }
    if (this.#entries.get(accountId) !== entry) return;
    this.succeeded(accountId);
    entry.envs = mergeList(entry.envs, envs, seq).envs;
    entry.sorted = sortEnvironments(entry.envs, this.#byLabel);
    entry.error = undefined;
    this.#log.debug(`${envs.length} environment(s) on ${this.#source.get(accountId)?.label ?? accountId}`);
  }

  #onAccountChange(change: AccountChange): void {
    const { accountId } = change;
    switch (change.kind) {
      case 'removed':
        this.#entries.delete(accountId);
        this.#busy.forgetAccount(accountId);
        this.#changes.fire({});
        return;
      case 'added':
        this.#changes.fire({});
        return;
      case 'updated':
        this.#changes.fire({ accountId });
        return;
      case 'token': {
        // A new token may work where the old one did not: read again what was shown with the old one.
        const entry = this.#entries.get(accountId);
        if (entry) entry.authFailed = false;
        if (entry && (entry.envs || entry.error !== undefined)) void this.load(accountId);
        else this.#changes.fire({ accountId });
        return;
      }
    }
  }
}

