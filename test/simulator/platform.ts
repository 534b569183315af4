// The simulated platform's state: everything the API handlers read and change, with no HTTP in sight.

import { AccountStore } from './accounts';
import { SimulatorClock } from './clock';
import { EnvironmentStore } from './environments';
import { Fixture } from './fixture';
import { Durations, OperationRunner } from './operations';
import { SecretBook } from './secrets';
import { SessionStore } from './sessions';
import { TokenStore } from './tokens';
import { defaultVariants, Variants } from './variants';

export interface PlatformConfig {
  clock: SimulatorClock;
  durations: Durations;
  sessionTtlMs: number;
  platformDomain: string;
}

export class Platform {
  readonly clock: SimulatorClock;
  readonly platformDomain: string;
  readonly secrets = new SecretBook();
  readonly accounts = new AccountStore(this.secrets);
  readonly sessions: SessionStore;
  readonly tokens: TokenStore;
  readonly environments = new EnvironmentStore();
  readonly operations: OperationRunner;
  /** Which form each unknown behaviour takes; tests switch them (variants.ts). */
  readonly variants: Variants = defaultVariants();

  constructor(config: PlatformConfig) {
    this.clock = config.clock;
    this.platformDomain = config.platformDomain;
    this.sessions = new SessionStore(this.clock, config.sessionTtlMs, this.secrets);
    this.tokens = new TokenStore(this.clock, this.secrets);
    this.operations = new OperationRunner(this.clock, config.durations);
  }

  seed(fixture: Fixture): void {
    for (const spec of fixture.accounts) {
      const account = this.accounts.add(spec);
      for (const env of spec.environments ?? []) this.environments.add(account.uid, env, this.clock.now());
    }
  }
}
