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
export { loadDefaultFixture } from './fixture';

/** Starts a simulator on 127.0.0.1 (a random port unless given), seeded from fixture.json unless given a fixture. */
export async function startSimulator(options?: SimulatorOptions): Promise<Simulator> {
  return Simulator.start(options);
}
