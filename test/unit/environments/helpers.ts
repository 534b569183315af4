// The Environments core (store, poller, runner) wired to real accounts in memory and a real simulator over HTTP.

import * as assert from 'node:assert/strict';
import { AccountHealth } from '../../../src/accounts/accountHealth';
import { AccountStore } from '../../../src/accounts/accountStore';
import { ActionRunner } from '../../../src/environments/model/actionRunner';
import { EnvironmentStore } from '../../../src/environments/model/environmentStore';
import { EnvChange, EnvLogger } from '../../../src/environments/model/storeTypes';
import { TransitionPoller } from '../../../src/environments/model/poller';
import { Timing, defaultTiming } from '../../../src/environments/model/scheduler';
import { PlatformClient } from '../../../src/platform';
import type { Simulator } from '../../simulator';
import { MemoryMemento, SharedSecrets, sequentialIds } from '../accounts/fakes';
import { ManualScheduler } from './manualScheduler';

export class MemoryLog implements EnvLogger {
  readonly lines: string[] = [];
  debug(message: string): void {
    this.lines.push(`[debug] ${message}`);
  }
  info(message: string): void {
    this.lines.push(`[info] ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`[warn] ${message}`);
  }
  error(message: string, error?: unknown): void {
    this.lines.push(`[error] ${message}${error instanceof Error ? `: ${error.message}` : ''}`);
  }
}

export interface Core {
  readonly secrets: SharedSecrets;
  readonly accounts: AccountStore;
  readonly health: AccountHealth;
  readonly store: EnvironmentStore;
  readonly scheduler: ManualScheduler;
  readonly timing: Timing;
  readonly log: MemoryLog;
  poller(): TransitionPoller;
  runner(): ActionRunner;
  /** Adds the simulator's demo account (IDE Plugins token); returns its id. */
  addDemoAccount(label?: string, token?: string): Promise<string>;
  dispose(): void;
}

export function makeCore(sim: Simulator): Core {
  const secrets = new SharedSecrets();
  const accounts = new AccountStore(new MemoryMemento(), secrets.window(), sequentialIds('account'));
  const health = new AccountHealth(accounts, () => 7);
  const log = new MemoryLog();
  // A short action timeout is irrelevant here: the simulator answers blocking calls when the test completes them.
  const store = new EnvironmentStore(accounts, { forOrigin: (origin) => new PlatformClient({ origin }) }, log, health);
  const scheduler = new ManualScheduler();
  const timing: Timing = { ...defaultTiming(), scheduler };
  const disposables: { dispose(): void }[] = [];
  return {
    secrets,
    accounts,
    health,
    store,
    scheduler,
    timing,
    log,
    poller() {
      const poller = new TransitionPoller(store, timing, log);
      disposables.push(poller);
      return poller;
    },
    runner() {
      const runner = new ActionRunner(store, timing, log);
      disposables.push(runner);
      return runner;
    },
    async addDemoAccount(label = 'Demo', token = sim.demo.token) {
      const account = await accounts.add({ origin: sim.url, label }, token);
      return account.id;
    },
    dispose() {
      for (const disposable of disposables) disposable.dispose();
      store.dispose();
      health.dispose();
      accounts.dispose();
    },
  };
}

/**
 * Resolves once `condition` holds, checking now, after every store change and after every timer scheduled; fails
 * after `timeoutMs` of real time (a safety net against a hang, not a wait: passing tests never reach it).
 */
export function until(core: Pick<Core, 'store' | 'scheduler'>, condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!condition()) return;
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
      resolve();
    };
    // A change event fires before the code after it runs: look again once that code had its turn.
    const later = (_change?: EnvChange): void => void Promise.resolve().then(check);
    const subscriptions = [core.store.onDidChange(later), core.scheduler.onDidSchedule(later)];
    const timer = setTimeout(() => {
      subscriptions.forEach((subscription) => subscription.dispose());
      reject(new Error(`timed out waiting until ${what}`));
    }, timeoutMs);
  });
}

/** The API methods the simulator received, in order. */
export function methods(sim: Simulator): string[] {
  return sim.requests.map((entry) => entry.method ?? entry.path);
}

export function statusOf(sim: Simulator, envName: string): number {
  const env = sim.getEnv(envName);
  assert.ok(env, `no ${envName} in the simulator`);
  return env.status;
}
