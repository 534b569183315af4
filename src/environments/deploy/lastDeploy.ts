// What this workspace deployed last (for Redeploy Last Deployment) and which Git repositories it registered with an
// account (so a second deploy of one does not AddRepo it again). Kept in workspaceState: names, paths and addresses,
// never a token, password or key.

import type { vscode } from '../../ui/vscodeApi';

const LAST_KEY = 'vap.deploy.last';
const REPOS_KEY = 'vap.deploy.repositories';
const MAX_REPOS = 50;

export type DeploySource =
  /** A file: workspace-relative (`target/app.war`), or absolute when it lies outside every workspace folder. */
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'git'; readonly url: string; readonly branch?: string; readonly repo: string };

export interface LastDeploy {
  readonly accountId: string;
  readonly envName: string;
  readonly nodeGroup: string;
  readonly context: string;
  readonly source: DeploySource;
}

/** A repository AddRepo registered with an account. */
export interface KnownRepo {
  readonly accountId: string;
  readonly url: string;
  readonly branch?: string;
  readonly repo: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const optionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);

function isSource(value: unknown): value is DeploySource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  switch (source.kind) {
    case 'file':
      return isText(source.path);
    case 'url':
      return isText(source.url);
    case 'git':
      return isText(source.url) && isText(source.repo) && optionalText(source.branch);
    default:
      return false;
  }
}

/** A stored record as it was written by us; anything else (an older or damaged value) is none. */
export function toLastDeploy(value: unknown): LastDeploy | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (![record.accountId, record.envName, record.nodeGroup, record.context].every(isText) || !isSource(record.source)) return undefined;
  return value as LastDeploy;
}

export class DeployMemory {
  constructor(private readonly state: vscode.Memento) {}

  last(): LastDeploy | undefined {
    return toLastDeploy(this.state.get<unknown>(LAST_KEY));
  }

  async remember(deploy: LastDeploy): Promise<void> {
    // Only the fields above, so nothing else a caller holds ends up in the state.
    const { accountId, envName, nodeGroup, context, source } = deploy;
    await this.state.update(LAST_KEY, { accountId, envName, nodeGroup, context, source });
  }

  /** The name AddRepo gave this address and branch on the account, when this workspace registered it. */
  knownRepo(accountId: string, url: string, branch: string | undefined): string | undefined {
    return this.#repos().find((item) => item.accountId === accountId && item.url === url && item.branch === branch)?.repo;
  }

  async rememberRepo(repo: KnownRepo): Promise<void> {
    const others = this.#repos().filter((item) => !(item.accountId === repo.accountId && item.url === repo.url && item.branch === repo.branch));
    const entry: KnownRepo = { accountId: repo.accountId, url: repo.url, repo: repo.repo, ...(repo.branch ? { branch: repo.branch } : {}) };
    await this.state.update(REPOS_KEY, [...others, entry].slice(-MAX_REPOS));
  }

  #repos(): KnownRepo[] {
    const value = this.state.get<unknown>(REPOS_KEY);
    if (!Array.isArray(value)) return [];
    return value.filter((item): item is KnownRepo => {
      if (typeof item !== 'object' || item === null) return false;
      const repo = item as Record<string, unknown>;
      return isText(repo.accountId) && isText(repo.url) && isText(repo.repo) && optionalText(repo.branch);
    });
  }
}
