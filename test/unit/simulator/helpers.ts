// Tiny HTTP helpers for the simulator's own tests: Node's global fetch, never the extension's client.

import { Simulator, startSimulator, SimulatorOptions } from '../../simulator';

export type Params = Record<string, string | number | boolean | undefined>;

export interface ApiItem {
  id: number;
  method: string;
}

export interface TokenJson {
  id: number;
  key?: string;
  description: string;
  expiresAt?: string;
  lastUsed?: string;
  isSystem: boolean;
  extraData?: string;
  tokenTemplate?: { id: number; name: string };
  apiListItems: ApiItem[];
}

export interface NodeJson {
  id: number;
  nodeGroup: string;
  nodeType: string;
  name: string;
  displayName?: string;
  status: number;
  url: string;
  adminUrl: string;
  intIP: string;
  ismaster: boolean;
  fixedCloudlets: number;
  flexibleCloudlets: number;
}

export interface EnvInfoJson {
  env: {
    envName: string;
    displayName?: string;
    domain: string;
    shortdomain: string;
    status: number;
    createdOn: string;
    ishaenabled: boolean;
    sslstate: boolean;
    hardwareNodeGroup: string;
    hostGroup: { uniqueName: string; displayName: string };
  };
  nodes: NodeJson[];
  nodeGroups: { name: string; displayName?: string }[];
  right: string;
}

/** The answers the tests read; every field optional except `result`. */
export interface ApiAnswer extends Partial<EnvInfoJson> {
  result: number;
  error?: string;
  source?: string;
  session?: string;
  uid?: number;
  email?: string;
  name?: string;
  authType?: string;
  accessType?: string;
  status?: string;
  attemptsLeft?: number;
  requiredAuthCheck?: { type: string; isConfigured: boolean; isActive: boolean; id: number };
  debug?: unknown;
  token?: TokenJson;
  apiTokens?: TokenJson[];
  templates?: { id: number; name: string; apiListItems: ApiItem[] }[];
  tokenPermissions?: { id: number; method: string; isSafe: boolean; isCollaborationAccessible: boolean }[];
  infos?: EnvInfoJson[];
  response?: unknown;
}

/** `environment/control/StopEnv` → `/1.0/environment/control/rest/stopenv`. */
export function apiPath(method: string): string {
  const [group, service, name] = method.split('/');
  return `/1.0/${group}/${service}/rest/${name.toLowerCase()}`;
}

function form(params: Params): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) body.set(name, String(value));
  return body;
}

/** POSTs a form to an API method and returns the raw response (for faults and HTTP-level checks). */
export function postRaw(base: string, method: string, params: Params = {}, init: RequestInit = {}): Promise<Response> {
  return fetch(base + apiPath(method), { method: 'POST', body: form(params), ...init });
}

/** POSTs a form to an API method and parses the JSON envelope. */
export async function post(base: string, method: string, params: Params = {}): Promise<ApiAnswer> {
  const response = await postRaw(base, method, params);
  if (response.status !== 200) throw new Error(`HTTP ${response.status} from ${method}`);
  return (await response.json()) as ApiAnswer;
}

/** GET with the parameters in the query string. */
export async function get(base: string, method: string, params: Params = {}): Promise<ApiAnswer> {
  const response = await fetch(`${base}${apiPath(method)}?${form(params).toString()}`);
  return (await response.json()) as ApiAnswer;
}

/** A sign-in session for `login` (default: the demo account). */
export async function signIn(sim: Simulator, login = sim.demo.login, password = sim.demo.password): Promise<string> {
  const answer = await post(sim.url, 'users/authentication/Signin', { login, password });
  if (answer.result !== 0 || !answer.session) throw new Error(`sign-in failed: ${JSON.stringify(answer)}`);
  return answer.session;
}

/** Starts a simulator for one test file and closes it afterwards; `sim()` gives the current one. */
export function useSimulator(options: SimulatorOptions = {}, perTest = true): () => Simulator {
  let current: Simulator | undefined;
  const open = async (): Promise<void> => {
    current = await startSimulator(options);
  };
  const close = async (): Promise<void> => {
    await current?.close();
    current = undefined;
  };
  if (perTest) {
    beforeEach(open);
    afterEach(close);
  } else {
    before(open);
    after(close);
  }
  return () => {
    if (!current) throw new Error('no simulator running');
    return current;
  };
}

/** Tracks whether a promise has settled, without waiting for it. */
export function settledFlag(promise: Promise<unknown>): () => boolean {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
}

export const HEX40 = /^[0-9a-f]{40}$/;
export const PLATFORM_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** The simulator clock as a platform date string, shifted by `offsetMs`. */
export function platformDate(sim: Simulator, offsetMs = 0): string {
  return new Date(sim.clock.now() + offsetMs).toISOString().slice(0, 19).replace('T', ' ');
}
