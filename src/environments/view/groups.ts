// Node groups (the platform's layers) as the tree, prompts and messages name them.

import { EnvNode, Environment } from '../../platform';
import { t } from '../../util/l10n';
import type { IconSpec } from './iconSpec';

/** Names the platform gives its standard layers; custom groups keep their own name. */
const KNOWN_GROUPS: Readonly<Record<string, () => string>> = {
  bl: () => t('Load Balancers'),
  cp: () => t('Application Servers'),
  sqldb: () => t('SQL Databases'),
  nosqldb: () => t('NoSQL Databases'),
  cache: () => t('Cache'),
  storage: () => t('Storage'),
  vds: () => t('VPS'),
  build: () => t('Build Node'),
  extra: () => t('Extra'),
};

const GROUP_ICONS: Readonly<Record<string, string>> = {
  bl: 'arrow-swap',
  cp: 'server-process',
  sqldb: 'database',
  nosqldb: 'database',
  cache: 'zap',
  storage: 'archive',
  vds: 'vm',
  build: 'tools',
};

export interface GroupView {
  readonly name: string;
  readonly label: string;
  readonly nodes: readonly EnvNode[];
}

/** The group's display name, a known layer name, or the group name. */
export function groupLabel(name: string, env?: Pick<Environment, 'nodeGroups'>): string {
  const displayName = env?.nodeGroups.find((group) => group.name === name)?.displayName?.trim();
  return displayName || KNOWN_GROUPS[name]?.() || name;
}

/** Node groups in the platform's order, each with its nodes; groups only nodes mention are added at the end. */
export function nodeGroupsOf(env: Pick<Environment, 'nodeGroups' | 'nodes'>): GroupView[] {
  const names = env.nodeGroups.map((group) => group.name);
  for (const node of env.nodes) if (!names.includes(node.nodeGroup)) names.push(node.nodeGroup);
  return names
    .map((name) => ({ name, label: groupLabel(name, env), nodes: env.nodes.filter((node) => node.nodeGroup === name) }))
    .filter((group) => group.nodes.length > 0);
}

export function groupDescription(group: GroupView): string {
  const count = group.nodes.length === 1 ? t('1 node') : t('{0} nodes', group.nodes.length);
  return group.label === group.name ? count : `${group.name} · ${count}`;
}

export function groupIcon(name: string): IconSpec {
  return { id: GROUP_ICONS[name] ?? 'layers' };
}
