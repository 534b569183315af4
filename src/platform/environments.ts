// Environments: listing, details and the blocking actions (Start/Stop/Sleep/RestartNodes).

import { t } from '../util/l10n';
import { PlatformClient } from './client';
import { parseWireDate } from './dates';
import { UnexpectedResponseError } from './errors';
import { MISSING_STATUS } from './guesses';
import { JsonObject, arrayAt, booleanAt, compact, idAt, isObject, numberAt, objectAt, textAt } from './json';

export interface NodeGroup {
  readonly name: string;
  readonly displayName?: string;
}

export interface EnvNode {
  readonly id: number;
  readonly nodeGroup: string;
  readonly nodeType?: string;
  readonly name?: string;
  readonly displayName?: string;
  /** 1 up, 2 down (inferred). */
  readonly status?: number;
  readonly url?: string;
  readonly adminUrl?: string;
  readonly intIP?: string;
  readonly isMaster?: boolean;
}

export interface Environment {
  /** The short name that addresses it in the API, e.g. `env-1234567`. */
  readonly envName: string;
  readonly displayName?: string;
  readonly domain?: string;
  /** Built-in SSL (`sslstate`): the domain answers over HTTPS. */
  readonly sslEnabled?: boolean;
  /** See status.ts; 0 when the platform sent none. */
  readonly status: number;
  readonly createdOn?: Date;
  /** The region (host group) display name. */
  readonly region?: string;
  /** "OWNER" or a collaborator right. */
  readonly right?: string;
  readonly nodeGroups: readonly NodeGroup[];
  readonly nodes: readonly EnvNode[];
}

export interface ActionOptions {
  readonly signal?: AbortSignal;
}

export async function getEnvs(
  client: PlatformClient,
  session: string,
  options: { lazy?: boolean; signal?: AbortSignal } = {},
): Promise<Environment[]> {
  const answer = await client.call('GetEnvs', { lazy: options.lazy }, { session, signal: options.signal });
  // Absent means none; anything else but a list is a broken answer, not an account without environments.
  if (answer.infos !== undefined && !Array.isArray(answer.infos)) {
    throw new UnexpectedResponseError(client.context('GetEnvs'), t('no environment list'));
  }
  return toEnvironments(answer);
}

/** @throws PlatformError 901 (or legacy 11) when the environment does not exist */
export async function getEnvInfo(
  client: PlatformClient,
  session: string,
  envName: string,
  options: { lazy?: boolean; signal?: AbortSignal } = {},
): Promise<Environment> {
  const answer = await client.call('GetEnvInfo', { envName, lazy: options.lazy }, { session, signal: options.signal });
  const env = toEnvironment(answer);
  if (!env) throw new UnexpectedResponseError(client.context('GetEnvInfo'), t('no environment in the answer'));
  return env;
}

/** Resolves when the environment is running; can take minutes. @throws PlatformError 2212 unless Stopped/Sleeping */
export async function startEnv(
  client: PlatformClient,
  session: string,
  envName: string,
  options: ActionOptions = {},
): Promise<void> {
  await client.call('StartEnv', { envName }, { session, signal: options.signal, long: true });
}

/** Resolves when the environment is stopped. @throws PlatformError 2212 unless Running */
export async function stopEnv(
  client: PlatformClient,
  session: string,
  envName: string,
  options: ActionOptions = {},
): Promise<void> {
  await client.call('StopEnv', { envName }, { session, signal: options.signal, long: true });
}

/** Resolves when the environment sleeps. @throws PlatformError 2212 unless Running */
export async function sleepEnv(
  client: PlatformClient,
  session: string,
  envName: string,
  options: ActionOptions = {},
): Promise<void> {
  await client.call('SleepEnv', { envName }, { session, signal: options.signal, long: true });
}

export interface RestartNodesInput {
  readonly envName: string;
  /** Only this node group (layer). */
  readonly nodeGroup?: string;
  /** Only this node. */
  readonly nodeId?: number;
  /** −1: all at once; ≥ 0: one by one with this many seconds in between. */
  readonly delay?: number;
}

/** Resolves when the nodes are back. @throws PlatformError 2212 unless Running */
export async function restartNodes(
  client: PlatformClient,
  session: string,
  input: RestartNodesInput,
  options: ActionOptions = {},
): Promise<void> {
  await client.call(
    'RestartNodes',
    { envName: input.envName, nodeGroup: input.nodeGroup, nodeId: input.nodeId, delay: input.delay },
    { session, signal: options.signal, long: true },
  );
}

/** Maps a GetEnvs answer; entries that are not environments are skipped. */
export function toEnvironments(answer: JsonObject): Environment[] {
  const envs: Environment[] = [];
  for (const info of arrayAt(answer.infos)) {
    const env = toEnvironment(info);
    if (env) envs.push(env);
  }
  return envs;
}

/** Maps one GetEnvInfo-shaped object (`{env, nodes, nodeGroups, right}`); undefined without an env name. */
export function toEnvironment(info: unknown): Environment | undefined {
  if (!isObject(info)) return undefined;
  // An item of GetEnvs may carry its own failed result; it describes no environment.
  const result = numberAt(info.result);
  if (result !== undefined && result !== 0) return undefined;
  const env = objectAt(info.env);
  const envName = textAt(env?.envName);
  if (!env || envName === undefined) return undefined;
  return compact({
    envName,
    displayName: textAt(env.displayName),
    domain: textAt(env.domain),
    sslEnabled: booleanAt(env.sslstate) ?? booleanAt(env.sslState),
    status: numberAt(env.status) ?? MISSING_STATUS,
    createdOn: parseWireDate(env.createdOn),
    region: textAt(objectAt(env.hostGroup)?.displayName),
    right: textAt(info.right),
    nodeGroups: toNodeGroups(info.nodeGroups),
    nodes: toNodes(info.nodes),
  });
}

export function toNodeGroups(value: unknown): NodeGroup[] {
  const groups: NodeGroup[] = [];
  for (const item of arrayAt(value)) {
    if (!isObject(item)) continue;
    const name = textAt(item.name);
    if (name !== undefined) groups.push(compact({ name, displayName: textAt(item.displayName) }));
  }
  return groups;
}

function toNodes(value: unknown): EnvNode[] {
  const nodes: EnvNode[] = [];
  for (const item of arrayAt(value)) {
    if (!isObject(item)) continue;
    const id = idAt(item.id);
    const nodeGroup = textAt(item.nodeGroup);
    if (id === undefined || nodeGroup === undefined) continue;
    nodes.push(
      compact({
        id,
        nodeGroup,
        nodeType: textAt(item.nodeType),
        name: textAt(item.name),
        displayName: textAt(item.displayName),
        status: numberAt(item.status),
        url: textAt(item.url),
        adminUrl: textAt(item.adminUrl),
        intIP: textAt(item.intIP),
        // Real JSON says `ismaster`; the OpenAPI export says `isMaster`.
        isMaster: booleanAt(item.ismaster) ?? booleanAt(item.isMaster),
      }),
    );
  }
  return nodes;
}
