// The platform simulator's public API. See README.md in this folder.

import { Simulator, SimulatorOptions } from './simulator';

export type { SimulatorOptions, SimClock, TestTokenOptions, BulkEnvironmentOptions, EnvSnapshot } from './simulator';
export type { Simulator } from './simulator';
export type { Fixture, FixtureAccount, FixtureEnvironment, FixtureNode, FixtureNodeGroup } from './fixture';
export type { FaultSpec, FaultKind, ActiveFault } from './faults';
export type { RequestLogEntry, RequestFilter } from './requestLog';
export type { OperationEvent } from './operations';
export type { AuthKind } from './auth';
export { REDACTED } from './requestLog';
export { ENV_STATUS } from './environments';
export { RESULT } from './envelope';
export type { KnownSecret, SecretKind } from './secrets';
export type { Variants } from './variants';
export { totpCode } from './totp';
export { loadDefaultFixture } from './fixture';

/** Every simulator started in this process, closed ones included: the no-secret sweeps look for all their secrets. */
const started: Simulator[] = [];

/** Starts a simulator on 127.0.0.1 (a random port unless given), seeded from fixture.json unless given a fixture. */
export async function startSimulator(options?: SimulatorOptions): Promise<Simulator> {
  const sim = await Simulator.start(options);
  started.push(sim);
  return sim;
}

export function simulatorsStarted(): readonly Simulator[] {
  return started;
}
