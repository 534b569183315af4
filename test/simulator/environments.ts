// Environments and their nodes, and the GetEnvInfo JSON shape (field names from the real sample).

import { createHash } from 'node:crypto';
import { formatPlatformDate } from './dates';
import { FixtureEnvironment } from './fixture';
import { DEFAULT_HOST_GROUP, NODE_DOWN, NODE_UP, OperationKind } from './guesses';

/** Environment status codes (platform-api.md, confirmed). */
export const ENV_STATUS = {
  RUNNING: 1,
  STOPPED: 2,
  LAUNCHING: 3,
  SLEEPING: 4,
  BROKEN: 11,
  STOPPING: 13,
  GOING_TO_SLEEP: 14,
} as const;

const STATUS_LABELS: Record<number, string> = {
  1: 'Running',
  2: 'Stopped',
  3: 'Launching',
  4: 'Sleeping',
  5: 'Suspended',
  6: 'Creating',
  7: 'Cloning',
  8: 'Not exists',
  9: 'Exporting',
  10: 'Migrating',
  11: 'Broken',
  12: 'Updating',
  13: 'Stopping',
  14: 'Going to sleep',
  15: 'Restoring',
};

export const statusLabel = (status: number): string => STATUS_LABELS[status] ?? 'Unknown';

export interface EnvNode {
  readonly id: number;
  readonly nodeGroup: string;
  readonly nodeType: string;
  readonly name: string;
  readonly displayName?: string;
  readonly intIP: string;
  readonly ismaster: boolean;
  readonly fixedCloudlets: number;
  readonly flexibleCloudlets: number;
  readonly extra: Record<string, unknown>;
  status: number;
}

/** A node group: its name and the sample's fields. No display name: neither the export nor the sample has one. */
export interface EnvNodeGroup {
  readonly name: string;
  readonly extra: Record<string, unknown>;
}

/** What is happening to an environment right now (StartEnv…RestartNodes in progress). */
export interface RunningOperation {
  readonly kind: OperationKind;
  /** The API method that started it, e.g. 'StopEnv'. */
  readonly action: string;
  readonly startedAt: number;
}

export interface Environment {
  readonly envName: string;
  readonly ownerUid: number;
  readonly displayName?: string;
  readonly createdOn: number;
  readonly ishaenabled: boolean;
  readonly sslstate: boolean;
  readonly hostGroup: { readonly uniqueName: string; readonly displayName: string };
  readonly nodeGroups: EnvNodeGroup[];
  readonly nodes: EnvNode[];
  status: number;
  operation?: RunningOperation;
}

export class EnvironmentStore {
  private readonly envs = new Map<string, Environment>();
  private readonly byOwner = new Map<number, Environment[]>();

  /** Adds an environment from fixture-shaped data; `now` is the default createdOn. */
  add(ownerUid: number, spec: FixtureEnvironment, now: number): Environment {
    if (this.envs.has(spec.envName)) throw new Error(`simulator: environment ${spec.envName} already exists`);
    const createdOn = spec.createdOn ? Date.parse(`${spec.createdOn.replace(' ', 'T')}Z`) : now;
    const env: Environment = {
      envName: spec.envName,
      ownerUid,
      displayName: spec.displayName,
      createdOn: Number.isNaN(createdOn) ? now : createdOn,
      ishaenabled: spec.ishaenabled ?? false,
      sslstate: spec.sslstate ?? false,
      hostGroup: { ...(spec.hostGroup ?? DEFAULT_HOST_GROUP) },
      status: spec.status,
      nodeGroups: spec.nodeGroups.map((group) => ({ name: group.name, extra: group.extra ?? {} })),
      nodes: spec.nodes.map((node, index) => ({
        id: node.id,
        nodeGroup: node.nodeGroup,
        nodeType: node.nodeType,
        name: node.name,
        displayName: node.displayName,
        intIP: node.intIP ?? `10.200.${Math.floor(node.id / 250) % 250}.${(node.id % 250) + 1}`,
        ismaster: node.ismaster ?? index === 0,
        fixedCloudlets: node.fixedCloudlets ?? 1,
        flexibleCloudlets: node.flexibleCloudlets ?? 4,
        extra: node.extra ?? {},
        status: node.status ?? (spec.status === ENV_STATUS.RUNNING ? NODE_UP : NODE_DOWN),
      })),
    };
    this.envs.set(env.envName, env);
    const owned = this.byOwner.get(ownerUid) ?? [];
    owned.push(env);
    this.byOwner.set(ownerUid, owned);
    return env;
  }

  get(envName: string): Environment | undefined {
    return this.envs.get(envName);
  }

  ownedBy(uid: number): Environment[] {
    return this.byOwner.get(uid) ?? [];
  }

  all(): Environment[] {
    return [...this.envs.values()];
  }

  /** Sets the status directly (test helper); nodes follow: up when Running, down otherwise. */
  setStatus(env: Environment, status: number): void {
    env.status = status;
    for (const node of env.nodes) node.status = status === ENV_STATUS.RUNNING ? NODE_UP : NODE_DOWN;
  }
}

/** The old `appid`: a stable 32-hex value per environment, like the real one. */
const appidOf = (envName: string): string => createHash('md5').update(envName).digest('hex');

/** GetEnvInfo's answer (without `result`); GetEnvs' `infos[]` items have the same shape. */
export function envInfoView(env: Environment, platformDomain: string): Record<string, unknown> {
  const host = (label: string): string => `${label}.${platformDomain}`;
  return {
    env: {
      appid: appidOf(env.envName),
      contexts: [],
      createdOn: formatPlatformDate(env.createdOn),
      creatorUid: env.ownerUid,
      displayName: env.displayName,
      domain: host(env.envName),
      envName: env.envName,
      extdomains: [],
      // The region [C: SAMPLE]: hostGroup, whose uniqueName is hardwareNodeGroup.
      hardwareNodeGroup: env.hostGroup.uniqueName,
      hostGroup: { displayName: env.hostGroup.displayName, uniqueName: env.hostGroup.uniqueName },
      isFirewallEnabled: true,
      isTransferring: false,
      ishaenabled: env.ishaenabled,
      shortdomain: env.envName,
      sslstate: env.sslstate,
      status: env.status,
      uid: env.ownerUid,
    },
    envGroups: [],
    nodeGroups: env.nodeGroups.map((group) => ({
      deployments: [],
      features: [],
      isSLBAccessEnabled: true,
      isSequentialDeploy: false,
      restartNodeDelay: 0,
      scalingMode: 'STATELESS',
      templateType: 'NATIVE',
      vType: 'CT',
      ...group.extra,
      name: group.name,
    })),
    nodes: env.nodes.map((node) => ({
      addons: [],
      address: node.intIP,
      endpoints: [],
      features: [],
      isWebAccess: true,
      nodemission: node.nodeGroup,
      osType: 'LINUX',
      packages: [],
      port: 22,
      type: 'NATIVE',
      user: 'root',
      vType: 'CT',
      ...node.extra,
      id: node.id,
      nodeGroup: node.nodeGroup,
      nodeType: node.nodeType,
      name: node.name,
      displayName: node.displayName,
      status: node.status,
      url: `http://${host(`node${node.id}-${env.envName}`)}`,
      adminUrl: `http://${host(`${node.nodeType}${node.id}-${env.envName}`)}`,
      intIP: node.intIP,
      ismaster: node.ismaster,
      fixedCloudlets: node.fixedCloudlets,
      flexibleCloudlets: node.flexibleCloudlets,
    })),
    nodesData: [],
    nodesInternalDomains: [],
    right: 'OWNER',
  };
}
