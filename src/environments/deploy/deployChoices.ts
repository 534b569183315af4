// The pure rules of a deploy's choices: which node groups can take an application, what a context and an archive URL
// may be, and the byte counts the progress shows. No `vscode`, so the rules are unit-tested.

import type { NodeGroup } from '../../platform';
import { t } from '../../util/l10n';

/** The archives a deploy offers from the workspace (DeployArchive takes war, jar, ear, zip and tar.gz). */
export const ARCHIVE_GLOB = '**/*.{war,jar,ear,zip,tar.gz,tgz}';
/** Dependencies and VCS folders are never build outputs. */
export const ARCHIVE_EXCLUDE = '**/{node_modules,.git}/**';
/** At most this many archives are listed (newest first). */
export const MAX_LISTED_ARCHIVES = 50;

/**
 * The platform's standard layers that run no application of ours: load balancers, databases, caches, storage, the
 * Maven build node and VPS. Every other group (`cp`, custom Docker groups) can take a deploy. platform-api.md says
 * nothing about which groups DeployArchive accepts; the layer names are the platform's own (view/groups.ts).
 */
const NOT_APPLICATION_LAYERS = new Set(['bl', 'sqldb', 'nosqldb', 'cache', 'storage', 'build', 'vds']);

export function deployableGroups(groups: readonly NodeGroup[]): NodeGroup[] {
  return groups.filter((group) => !NOT_APPLICATION_LAYERS.has(group.name));
}

export const DEFAULT_CONTEXT = 'ROOT';

/** A context is one path segment the platform can name a web app by: `ROOT`, `shop`, `api-v2`. */
export function contextProblem(value: string): string | undefined {
  const context = value.trim();
  if (context === '') return t('Enter a context, e.g. ROOT.');
  if (context.length > 64) return t('A context has at most 64 characters.');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(context)) return t('Use letters, digits, dots, dashes and underscores only (no slashes).');
  return undefined;
}

/** An archive URL the platform can download: http(s), with a file name, without a user name or password. */
export function archiveUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return t('Enter a full address, e.g. https://example.com/builds/app.war.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return t('Only http and https addresses can be deployed.');
  if (url.username || url.password) return t('Leave the user name and password out of the address.');
  if (!archiveNameOfUrl(url.href)) return t('The address must end in the archive’s file name, e.g. …/app.war.');
  return undefined;
}

/** The file name at the end of an archive URL's path, e.g. `app.war`. */
export function archiveNameOfUrl(value: string): string | undefined {
  try {
    const segments = new URL(value).pathname.split('/');
    const last = decodeURIComponent(segments[segments.length - 1] ?? '');
    return /^[^\\/]+\.[A-Za-z0-9.]+$/.test(last) ? last : undefined;
  } catch {
    return undefined;
  }
}

/** A Git repository address: https/http/ssh URL or scp-like `git@host:path`, without a password in it. */
export function repoUrlProblem(value: string): string | undefined {
  const text = value.trim();
  if (/^[\w.-]+@[\w.-]+:[^\s]+$/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return t('Enter the repository address, e.g. https://github.com/owner/app.git.');
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return t('Use an https, ssh or git address.');
  if (url.password) return t('Leave the password out of the address: VS Code asks for it next.');
  if (url.pathname.replace(/\/+$/, '') === '') return t('The address must name the repository, e.g. …/owner/app.git.');
  return undefined;
}

/** A repository name the account can keep: the address's last segment, e.g. `app` for …/owner/app.git. */
export function repoNameOf(url: string, branch: string | undefined): string {
  const path = url.trim().replace(/\/+$/, '').replace(/\.git$/i, '');
  const base = path.split(/[/:]/).pop() || 'repository';
  const name = `${base}${branch ? `-${branch}` : ''}`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return name.slice(0, 60);
}

/** "1.2 of 4.0 MB": both in the unit of the total. */
export function bytesOf(sent: number, total: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  const [size, unit] = units.find(([limit]) => total >= limit) ?? [1, 'B'];
  const show = (value: number) => (size === 1 ? String(value) : (value / size).toFixed(1));
  return t('{0} of {1} {2}', show(Math.min(sent, total)), show(total), unit);
}
