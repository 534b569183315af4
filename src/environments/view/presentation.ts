// What the Environments view, the status bar and the prompts say about environments, node groups and nodes.
// Pure (no `vscode`), so every label, context value and gating rule is unit-tested in plain Node.

import { CallError, EnvNode, EnvStatus, Environment, MISSING_STATUS, isKnownStatus, statusInfo } from '../../platform';
import { t } from '../../util/l10n';

export type EnvAction = 'start' | 'stop' | 'sleep' | 'restart';

/** The order actions are offered in. */
export const ENV_ACTIONS: readonly EnvAction[] = ['start', 'stop', 'restart', 'sleep'];

/** Which part of an environment a restart targets: everything, one node group (layer) or one node. */
export type RestartScope =
  | { readonly kind: 'environment' }
  | { readonly kind: 'group'; readonly nodeGroup: string }
  | { readonly kind: 'node'; readonly nodeId: number };

/** What runs on an environment right now because the user asked for it here. */
export interface BusyState {
  readonly action: EnvAction;
  /** For restarts: which nodes. */
  readonly scope?: RestartScope;
  /** `request`: the blocking call is open; `watching`: it was cut, we poll the state until it settles. */
  readonly phase: 'request' | 'watching';
}

/** One by one (seconds between nodes) or all at once (−1), as RestartNodes' `delay` takes it. */
export const RESTART_ALL_AT_ONCE = -1;
/** The pause between nodes for a one-by-one restart, as the dashboard's restart dialog proposes. */
export const RESTART_ONE_BY_ONE_DELAY_SECONDS = 30;

// ─── State ──────────────────────────────────────────────────────────────────────────────────────────

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

/** Whether the platform accepts `action` in `status` (Start from Stopped/Sleeping; the rest from Running). */
export function actionAllowed(action: EnvAction, status: number): boolean {
  return statusInfo(status).actions[action];
}

/** Whether `action` may be asked for now: allowed by the status and nothing of ours runs on the environment. */
export function actionAvailable(action: EnvAction, env: Pick<Environment, 'status'>, busy?: BusyState): boolean {
  return !busy && actionAllowed(action, env.status);
}

/** The status an action leaves the environment in when it works. */
export function expectedStatus(action: EnvAction): number {
  switch (action) {
    case 'start':
    case 'restart':
      return EnvStatus.Running;
    case 'stop':
      return EnvStatus.Stopped;
    case 'sleep':
      return EnvStatus.Sleeping;
  }
}

// ─── Context values (menus match them in `when` clauses) ────────────────────────────────────────────

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

export function accountContextValue(tokenInvalid: boolean): string {
  return tokenInvalid ? 'vap.account.tokenInvalid' : 'vap.account';
}

// ─── Words for actions ──────────────────────────────────────────────────────────────────────────────

/** The command verb: Start, Stop, Restart, Sleep. */
export function actionTitle(action: EnvAction): string {
  switch (action) {
    case 'start':
      return t('Start');
    case 'stop':
      return t('Stop');
    case 'restart':
      return t('Restart');
    case 'sleep':
      return t('Sleep');
  }
}

/** What an item says while the action runs: "Stopping…". */
export function busyText(action: EnvAction): string {
  switch (action) {
    case 'start':
      return t('Starting…');
    case 'stop':
      return t('Stopping…');
    case 'restart':
      return t('Restarting…');
    case 'sleep':
      return t('Going to sleep…');
  }
}

/** The progress notification's title, e.g. "Stopping Shop — production". */
export function progressTitle(action: EnvAction, name: string, scope?: RestartScope, env?: Environment): string {
  switch (action) {
    case 'start':
      return t('Starting {0}', name);
    case 'stop':
      return t('Stopping {0}', name);
    case 'sleep':
      return t('Putting {0} to sleep', name);
    case 'restart':
      if (scope?.kind === 'group') return t('Restarting {0} of {1}', groupLabel(scope.nodeGroup, env), name);
      if (scope?.kind === 'node') return t('Restarting node {0} of {1}', scope.nodeId, name);
      return t('Restarting {0}', name);
  }
}

/** The operation named in error messages, e.g. "Stop Shop — production". */
export function operationName(action: EnvAction, name: string, scope?: RestartScope, env?: Environment): string {
  switch (action) {
    case 'start':
      return t('Start {0}', name);
    case 'stop':
      return t('Stop {0}', name);
    case 'sleep':
      return t('Sleep {0}', name);
    case 'restart':
      if (scope?.kind === 'group') return t('Restart {0} of {1}', groupLabel(scope.nodeGroup, env), name);
      if (scope?.kind === 'node') return t('Restart node {0} of {1}', scope.nodeId, name);
      return t('Restart {0}', name);
  }
}

/**
 * Why a blocking call left its outcome unknown, for a message: a call error's own sentence names the method and the
 * host and never carries a secret or a body; anything else is summed up.
 */
export function noAnswerCause(error: unknown): string {
  return error instanceof CallError ? error.message : t('no answer');
}

/** A short line once it worked, e.g. "Shop — production is stopped". */
export function doneText(action: EnvAction, name: string): string {
  switch (action) {
    case 'start':
      return t('{0} is running', name);
    case 'stop':
      return t('{0} is stopped', name);
    case 'sleep':
      return t('{0} is sleeping', name);
    case 'restart':
      return t('{0} restarted', name);
  }
}

// ─── Environments ───────────────────────────────────────────────────────────────────────────────────

export interface IconSpec {
  /** Codicon id, with `~spin` when it turns. */
  readonly id: string;
  /** Theme color id, if any. */
  readonly color?: string;
}

const STATE_COLORS: Readonly<Record<number, string>> = {
  [EnvStatus.Running]: 'charts.green',
  [EnvStatus.Sleeping]: 'charts.blue',
  [EnvStatus.Suspended]: 'list.warningForeground',
  [EnvStatus.Broken]: 'list.errorForeground',
};

/** Display name, else the env name. */
export function envLabel(env: Pick<Environment, 'envName' | 'displayName'>): string {
  return env.displayName?.trim() || env.envName;
}

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

/** Escapes text for a MarkdownString: markdown syntax, HTML and `$(icon)` references. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#|~$]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** One formatter per locale: creating an Intl.DateTimeFormat costs ~75 µs, 150 ms for 2,000 tooltips. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date in the user's language, e.g. "2 Mar 2024"; ISO day when the locale is not usable. */
export function formatDate(date: Date, locale?: string): string {
  try {
    let formatter = dateFormats.get(locale ?? '');
    if (formatter === undefined) {
      formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      dateFormats.set(locale ?? '', formatter);
    }
    return formatter.format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

export interface EnvTooltipOptions {
  readonly busy?: BusyState;
  /** The account's title, when the view shows several accounts. */
  readonly account?: string;
  /** This is the workspace's environment. */
  readonly workspace?: boolean;
  readonly locale?: string;
}

/** The tooltip as Markdown (theme icons on, not trusted): state, name, domain, region, created, nodes, right. */
export function envTooltip(env: Environment, options: EnvTooltipOptions = {}): string {
  const icon = envIcon(env, options.busy).id;
  const state = options.busy ? busyText(options.busy.action) : stateLabel(env.status);
  const lines = [`$(${icon}) **${escapeMarkdown(envLabel(env))}** — ${escapeMarkdown(state)}`, ''];
  const details: string[] = [t('Name: {0}', `\`${env.envName.replace(/`/g, '')}\``)];
  const url = envUrl(env);
  if (url && env.domain) details.push(t('Domain: {0}', `[${escapeMarkdown(env.domain)}](${url})`));
  else if (env.domain) details.push(t('Domain: {0}', escapeMarkdown(env.domain)));
  if (env.region) details.push(t('Region: {0}', escapeMarkdown(env.region)));
  if (env.createdOn) details.push(t('Created: {0}', escapeMarkdown(formatDate(env.createdOn, options.locale))));
  details.push(nodeCountText(env));
  if (env.right && env.right.toUpperCase() !== 'OWNER') details.push(t('Your access: {0}', escapeMarkdown(env.right)));
  if (options.account) details.push(t('Account: {0}', escapeMarkdown(options.account)));
  if (options.workspace) details.push(t('This workspace’s environment'));
  return [...lines, details.join('  \n')].join('\n');
}

function nodeCountText(env: Environment): string {
  const nodes = env.nodes.length;
  const groups = nodeGroupsOf(env).length;
  if (nodes === 1) return t('Nodes: 1');
  return groups > 1 ? t('Nodes: {0} in {1} groups', nodes, groups) : t('Nodes: {0}', nodes);
}

// ─── Node groups and nodes ──────────────────────────────────────────────────────────────────────────

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

export const NODE_UP = 1;
export const NODE_DOWN = 2;

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

export function nodeTooltip(node: EnvNode, env: Environment): string {
  const status = node.status === NODE_UP ? t('up') : node.status === NODE_DOWN ? t('down') : t('unknown');
  const lines = [`**${escapeMarkdown(nodeLabel(node))}** — ${t('node {0}', node.id)}`, ''];
  const details: string[] = [];
  if (node.nodeType) details.push(t('Type: {0}', escapeMarkdown(node.nodeType)));
  details.push(t('Layer: {0}', escapeMarkdown(groupLabel(node.nodeGroup, env))));
  details.push(t('Status: {0}', status));
  if (node.isMaster) details.push(t('Master node of its layer'));
  if (node.intIP) details.push(t('Internal IP: {0}', escapeMarkdown(node.intIP)));
  const url = nodeUrl(node);
  if (url) details.push(t('Address: {0}', `[${escapeMarkdown(url)}](${url})`));
  return [...lines, details.join('  \n')].join('\n');
}

/** Whether a restart scope covers this node. */
export function scopeCovers(scope: RestartScope | undefined, node: EnvNode): boolean {
  if (!scope || scope.kind === 'environment') return true;
  return scope.kind === 'group' ? node.nodeGroup === scope.nodeGroup : node.id === scope.nodeId;
}

/** The nodes a restart scope covers. */
export function scopeNodes(env: Pick<Environment, 'nodes'>, scope: RestartScope | undefined): EnvNode[] {
  return env.nodes.filter((node) => scopeCovers(scope, node));
}

// ─── Confirmations ──────────────────────────────────────────────────────────────────────────────────

export interface Confirmation {
  readonly message: string;
  readonly detail: string;
  /** The confirming button, e.g. "Stop". */
  readonly button: string;
}

const MAX_LISTED = 6;

/** "NGINX, 2 × Tomcat 9, Primary DB", shortened to "… and 3 more". */
export function nodeListText(nodes: readonly EnvNode[]): string {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(nodeLabel(node), (counts.get(nodeLabel(node)) ?? 0) + 1);
  const parts = [...counts].map(([label, count]) => (count === 1 ? label : `${count} × ${label}`));
  return listText(parts);
}

function listText(parts: readonly string[]): string {
  if (parts.length <= MAX_LISTED) return parts.join(', ');
  return t('{0} and {1} more', parts.slice(0, MAX_LISTED - 1).join(', '), parts.length - (MAX_LISTED - 1));
}

function nodesPhrase(nodes: readonly EnvNode[]): string {
  if (nodes.length === 0) return t('its nodes');
  return nodes.length === 1 ? t('its node ({0})', nodeListText(nodes)) : t('its {0} nodes ({1})', nodes.length, nodeListText(nodes));
}

/** What the Stop/Sleep modal says, for one environment or several. */
export function stopConfirmation(action: 'stop' | 'sleep', envs: readonly Environment[]): Confirmation {
  const button = action === 'stop' ? t('Stop') : t('Sleep');
  if (envs.length === 1) {
    const env = envs[0];
    const name = envLabel(env);
    const message = action === 'stop' ? t('Stop {0}?', name) : t('Put {0} to sleep?', name);
    const where = env.domain ? t(' Everything it serves at {0} stops answering until it is started again.', env.domain) : t(' Everything it serves stops answering until it is started again.');
    return { message, detail: t('This shuts down {0}.', nodesPhrase(env.nodes)) + where, button };
  }
  const message = action === 'stop' ? t('Stop {0} environments?', envs.length) : t('Put {0} environments to sleep?', envs.length);
  const detail = t('These environments shut down with all their nodes until they are started again: {0}.', listText(envs.map(envLabel)));
  return { message, detail, button };
}

/** What the Restart modal says: which nodes, and whether all are down together. */
export function restartConfirmation(env: Environment, scope: RestartScope, delay: number): Confirmation {
  const name = envLabel(env);
  const nodes = scopeNodes(env, scope);
  const button = t('Restart');
  let message: string;
  if (scope.kind === 'node') {
    const node = nodes[0];
    message = t('Restart node {0} of {1}?', node ? `${nodeLabel(node)} (${node.id})` : scope.nodeId, name);
    return { message, detail: t('The node is unavailable while it restarts.'), button };
  }
  message = scope.kind === 'group' ? t('Restart {0} of {1}?', groupLabel(scope.nodeGroup, env), name) : t('Restart all nodes of {0}?', name);
  if (nodes.length === 1) return { message, detail: t('{0} is unavailable while it restarts.', nodeListText(nodes)), button };
  const detail =
    delay === RESTART_ALL_AT_ONCE
      ? t('All {0} nodes ({1}) restart at the same time: they are all unavailable until they are back.', nodes.length, nodeListText(nodes))
      : t('The {0} nodes ({1}) restart one by one, {2} seconds apart; each is unavailable while it restarts.', nodes.length, nodeListText(nodes), delay);
  return { message, detail, button };
}
