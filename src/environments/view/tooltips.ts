// The Markdown tooltips of environments and nodes (built on hover: see tree.ts resolveTreeItem).

import { EnvNode, Environment } from '../../platform';
import { t } from '../../util/l10n';
import { BusyState, NODE_DOWN, NODE_UP, envLabel } from '../model/envState';
import { groupLabel, nodeGroupsOf } from './groups';
import { envIcon, envUrl, nodeLabel, nodeUrl, stateLabel } from './labels';
import { busyText } from './wording';

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
