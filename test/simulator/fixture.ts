// The seed data: accounts and their environments. Field names follow the real GetEnvInfo sample
// (envName, displayName, nodeGroup, nodeType, ismaster, intIP, fixedCloudlets…); computed fields (domain, url,
// adminUrl, node status) are left out and derived by the simulator.

import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FixtureNode {
  id: number;
  nodeGroup: string;
  nodeType: string;
  name: string;
  displayName?: string;
  intIP?: string;
  ismaster?: boolean;
  fixedCloudlets?: number;
  flexibleCloudlets?: number;
  /** Defaults to up (1) when the environment is Running, down (2) otherwise. */
  status?: number;
  /** Any other fields, copied into the node as they are (e.g. `version`, `customitem`). */
  extra?: Record<string, unknown>;
}

export interface FixtureNodeGroup {
  name: string;
  extra?: Record<string, unknown>;
}

export interface FixtureEnvironment {
  envName: string;
  displayName?: string;
  status: number;
  /** `yyyy-MM-dd HH:mm:ss`; defaults to the simulator's start time. */
  createdOn?: string;
  ishaenabled?: boolean;
  sslstate?: boolean;
  /** The region: `env.hostGroup`; its uniqueName is also `env.hardwareNodeGroup`. */
  hostGroup?: { uniqueName: string; displayName: string };
  nodeGroups: FixtureNodeGroup[];
  nodes: FixtureNode[];
}

export interface FixtureAccount {
  uid: number;
  login: string;
  password: string;
  name: string;
  /** Defaults to the login. */
  email?: string;
  /**
   * When set, the account has two-factor authentication: the base32 TOTP secret an authenticator app is given; the
   * code is its RFC 6238 code at the simulator's time (`sim.twoFactorCode(login)`).
   */
  twoFactorSecret?: string;
  /** False: 2FA is required but not set up yet (Signin says `isConfigured: false`, no code is accepted). */
  twoFactorConfigured?: boolean;
  environments?: FixtureEnvironment[];
}

export interface Fixture {
  accounts: FixtureAccount[];
}

/** Where fixture.json is: next to this file when run from source, or in the source tree when compiled to out/. */
const FIXTURE_CANDIDATES = [
  path.join(__dirname, 'fixture.json'),
  path.resolve(__dirname, '../../../test/simulator/fixture.json'),
];

export function loadDefaultFixture(): Fixture {
  const file = FIXTURE_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`simulator fixture.json not found; looked in ${FIXTURE_CANDIDATES.join(', ')}`);
  return checkFixture(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
}

/** A light shape check so a broken fixture fails loudly at start, not as odd answers later. */
export function checkFixture(data: unknown): Fixture {
  const fixture = data as Fixture;
  if (!fixture || !Array.isArray(fixture.accounts)) throw new Error('fixture: `accounts` must be an array');
  const envNames = new Set<string>();
  for (const account of fixture.accounts) {
    for (const field of ['login', 'password', 'name'] as const) {
      if (typeof account[field] !== 'string' || !account[field]) throw new Error(`fixture: account needs a string ${field}`);
    }
    if (!Number.isInteger(account.uid)) throw new Error(`fixture: account ${account.login} needs an integer uid`);
    for (const env of account.environments ?? []) {
      if (!env.envName || envNames.has(env.envName)) throw new Error(`fixture: missing or duplicate envName ${env.envName}`);
      envNames.add(env.envName);
      if (!Number.isInteger(env.status)) throw new Error(`fixture: ${env.envName} needs an integer status`);
      const groups = new Set(env.nodeGroups.map((group) => group.name));
      for (const node of env.nodes) {
        if (!groups.has(node.nodeGroup)) throw new Error(`fixture: node ${node.id} of ${env.envName} is in an unknown group`);
      }
    }
  }
  return fixture;
}
