// The workspace's environment: the user's choice in workspaceState, or the workspace setting
// `vap.workspaceEnvironment` matched against stored accounts (see binding.ts for the rules). Free of `vscode`: the
// state and the setting are handed in (src/environments/index.ts).

import { Disposable, Emitter } from '../../util/emitter';
import { ResolvedBinding, StoredBinding, readStoredBinding, resolveBinding } from './binding';
import { EnvironmentStore } from './environmentStore';
import { EnvRef } from './storeTypes';

import { BINDING_STATE_KEY } from './bindingKeys';

/** Where the choice is kept (VS Code's workspaceState fits). */
export interface BindingState {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** The `vap.workspaceEnvironment` setting: its value, and news when it changes. */
export interface BindingSetting {
  value(): unknown;
  onDidChange(listener: () => void): Disposable;
}

export class WorkspaceBinding implements Disposable {
  readonly #changes = new Emitter<void>();
  readonly #subscriptions: Disposable[] = [this.#changes];
  #last?: string;
  readonly onDidChange = this.#changes.event;

  readonly #state: BindingState;
  readonly #setting: BindingSetting;
  readonly #store: EnvironmentStore;
  constructor(state: BindingState, setting: BindingSetting, store: EnvironmentStore) {
    this.#state = state;
    this.#setting = setting;
    this.#store = store;
    this.#last = key(this.current());
    this.#subscriptions.push(
      setting.onDidChange(() => this.#check()),
      // Accounts come and go, and a loaded list may decide which of several same-host accounts the setting means.
      { dispose: store.onDidChange((change) => (change.envName ? undefined : this.#check())).dispose },
    );
  }

  current(): ResolvedBinding | undefined {
    const stored = readStoredBinding(this.#state.get<unknown>(BINDING_STATE_KEY));
    const setting = this.#setting.value();
    return resolveBinding(stored, setting, this.#store.accounts(), (accountId, envName) => {
      const view = this.#store.view(accountId);
      return view.status === 'loaded' ? view.envs.some((env) => env.envName === envName) : undefined;
    });
  }

  is(ref: EnvRef): boolean {
    const binding = this.current();
    return binding !== undefined && binding.accountId === ref.accountId && binding.envName === ref.envName;
  }

  /** Remembers the choice for this workspace; `undefined` forgets it (the setting, if any, applies again). */
  async set(ref: EnvRef | undefined): Promise<void> {
    const value: StoredBinding | undefined = ref && { accountId: ref.accountId, envName: ref.envName };
    await this.#state.update(BINDING_STATE_KEY, value);
    this.#check();
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
  }

  #check(): void {
    // A choice whose account was removed can never apply again (a re-added account gets a new id).
    const stored = readStoredBinding(this.#state.get<unknown>(BINDING_STATE_KEY));
    if (stored && !this.#store.account(stored.accountId)) void this.#state.update(BINDING_STATE_KEY, undefined);
    const next = key(this.current());
    if (next === this.#last) return;
    this.#last = next;
    this.#changes.fire();
  }
}

function key(binding: ResolvedBinding | undefined): string | undefined {
  return binding && `${binding.source}\n${binding.accountId}\n${binding.envName}`;
}
