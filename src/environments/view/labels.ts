// How environments, node groups and nodes show in the tree and the status bar: labels, descriptions, icons, context
// values (menus match them in `when` clauses) and addresses. Pure (no `vscode`), so every rule is unit-tested.

import { EnvNode, EnvStatus, Environment, MISSING_STATUS, isKnownStatus, statusInfo } from '../../platform';
import { t } from '../../util/l10n';
import { BusyState, NODE_DOWN, NODE_UP, envLabel } from '../model/envState';
import type { IconSpec } from './iconSpec';
import { busyText } from './wording';

const SLUGS: Readonly<Record<number, string>> = {
  [EnvStatus.Running]: 'running',
  [EnvStatus.Stopped]: 'stopped',
  [EnvStatus.Launching]: 'launching',
  [EnvStatus.Sleeping]: 'sleeping',
  [EnvStatus.Suspended]: 'suspended',
  [EnvStatus.Creating]: 'creating',
  [EnvStatus.Cloning]: 'cloning',
  [EnvStatus.NotExists]: 'notExists',
  [EnvStatus.Exporting]: 'exporting',
  [EnvStatus.Migrating]: 'migrating',
  [EnvStatus.Broken]: 'broken',
  [EnvStatus.Updating]: 'updating',
  [EnvStatus.Stopping]: 'stopping',
  [EnvStatus.GoingToSleep]: 'goingToSleep',
  [EnvStatus.Restoring]: 'restoring',
};

/** A stable one-word name of a status for context values: `running`, `goingToSleep`, `unknown`… */
export function stateSlug(status: number): string {
  return SLUGS[status] ?? 'unknown';
}

/** The status in words, e.g. "Going to sleep"; a code this version does not know says which: "Unknown (1002)". */
export function stateLabel(status: number): string {
  // The number lets a user report a status newer than our table; an answer without a status is just "Unknown".
  if (!isKnownStatus(status) && status !== MISSING_STATUS && Number.isFinite(status)) return t('Unknown ({0})', status);
  return t(statusInfo(status).label);
}

/** `vap.env.<state>`, plus `.busy` while an action of ours runs on it: menus use `viewItem == vap.env.running`. */
export function envContextValue(status: number, busy: boolean): string {
  return `vap.env.${stateSlug(status)}${busy ? '.busy' : ''}`;
}

/** A node group carries its environment's state: `vap.group.running` can be restarted. */
export function groupContextValue(envStatus: number, busy: boolean): string {
  return `vap.group.${stateSlug(envStatus)}${busy ? '.busy' : ''}`;
}

/** A node carries its environment's state: `vap.node.running` can be restarted. */
export function nodeContextValue(envStatus: number, busy: boolean): string {
  return `vap.node.${stateSlug(envStatus)}${busy ? '.busy' : ''}`;
}

/** `contextValue` of a node's folder row: `vap.nodeFolder.logs`, `vap.nodeFolder.files` (menus: Refresh). */
export function nodeFolderContextValue(folder: 'logs' | 'files'): string {
  return `vap.nodeFolder.${folder}`;
}

export function accountContextValue(tokenInvalid: boolean): string {
  return tokenInvalid ? 'vap.account.tokenInvalid' : 'vap.account';
}

const STATE_COLORS: Readonly<Record<number, string>> = {
  [EnvStatus.Running]: 'charts.green',
  [EnvStatus.Sleeping]: 'charts.blue',
  [EnvStatus.Suspended]: 'list.warningForeground',
  [EnvStatus.Broken]: 'list.errorForeground',
};

/** The state when not Running; "Stopping…" while our action runs. */
export function envDescription(env: Pick<Environment, 'status'>, busy?: BusyState): string | undefined {
  if (busy) return busyText(busy.action);
  return env.status === EnvStatus.Running ? undefined : stateLabel(env.status);
}

/** The state's codicon (spinning while transitional or while our action runs). */
export function envIcon(env: Pick<Environment, 'status'>, busy?: BusyState): IconSpec {
  if (busy) return { id: 'loading~spin' };
  const info = statusInfo(env.status);
  const color = STATE_COLORS[info.code];
  return color ? { id: info.codicon, color } : { id: info.codicon };
}

/** What a screen reader says for the item: "Shop — production, Running". */
export function envAccessibilityLabel(env: Environment, busy?: BusyState): string {
  return `${envLabel(env)}, ${busy ? busyText(busy.action) : stateLabel(env.status)}`;
}

/** A host name as the platform sends domains; anything else is not linked. */
const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** `https://<domain>` with built-in SSL, else `http://<domain>`; undefined without a usable domain. */
export function envUrl(env: Pick<Environment, 'domain' | 'sslEnabled'>): string | undefined {
  if (!env.domain || !HOST_NAME.test(env.domain)) return undefined;
  return `${env.sslEnabled ? 'https' : 'http'}://${env.domain}`;
}

/** A node's own address (http or https only). */
export function nodeUrl(node: Pick<EnvNode, 'url'>): string | undefined {
  if (!node.url) return undefined;
  try {
    const url = new URL(node.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString().replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

export function nodeLabel(node: EnvNode): string {
  return node.displayName?.trim() || node.name?.trim() || node.nodeType || t('Node {0}', node.id);
}

/**
 * "1102", plus "restarting…" while ours restarts it, or "down" when it is down in a running environment (in a
 * stopped one every node is down, which the environment already says).
 */
export function nodeDescription(node: EnvNode, envStatus: number, restarting: boolean): string {
  const parts = [`${node.id}`];
  if (restarting) parts.push(t('Restarting…'));
  else if (node.status === NODE_DOWN && envStatus === EnvStatus.Running) parts.push(t('down'));
  return parts.join(' · ');
}

export function nodeIcon(node: EnvNode, restarting: boolean): IconSpec {
  if (restarting) return { id: 'loading~spin' };
  if (node.status === NODE_UP) return { id: 'circle-filled', color: 'charts.green' };
  if (node.status === NODE_DOWN) return { id: 'circle-outline' };
  return { id: 'circle-small' };
}
