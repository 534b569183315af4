// Deploying a Git repository: register it with the account (AddRepo), deploy it into a context (Deploy), and pull
// and redeploy it (Update). Deploy and Update block until done, like Start/Stop: they use the long timeout.

import { PlatformClient } from './client';
import type { DeployOptions } from './deployment';
import { JsonObject, arrayAt, compact, idAt, objectAt, stringAt, textAt } from './json';
import { withoutSecret } from './outputMask';

export type RepoType = 'GIT' | 'SVN';

export interface AddRepoInput {
  readonly name: string;
  readonly url: string;
  readonly type?: RepoType;
  readonly branch?: string;
  readonly login?: string;
  /** A password or access token of the repository host; never shown or logged. */
  readonly password?: string;
  /** An SSH key id of the account, instead of login/password. */
  readonly keyId?: number;
  readonly description?: string;
}

export interface Repository {
  readonly id?: number;
  readonly name: string;
  readonly url?: string;
  readonly branch?: string;
}

/** Registers a repository with the account; Deploy then names it by `name`. */
export async function addRepo(
  client: PlatformClient,
  session: string,
  input: AddRepoInput,
  options: DeployOptions = {},
): Promise<Repository> {
  const answer = await client.call(
    'AddRepo',
    {
      name: input.name,
      url: input.url,
      type: input.type,
      branch: input.branch,
      login: input.login,
      password: input.password,
      keyId: input.keyId,
      description: input.description,
    },
    { session, signal: options.signal },
  );
  // The answer's shape is not documented: a repository object under a few plausible keys, else what we sent.
  const repo = objectAt(answer.repo) ?? objectAt(answer.object) ?? objectAt(answer.response) ?? {};
  return compact({
    id: idAt(repo.id),
    name: textAt(repo.name) ?? input.name,
    url: textAt(repo.url) ?? input.url,
    branch: textAt(repo.branch) ?? input.branch,
  });
}

export interface DeployRepoInput {
  readonly envName: string;
  /** The repository's name (AddRepo) or id. */
  readonly repo: string;
  readonly context: string;
  readonly nodeGroup?: string;
  readonly buildNodeId?: number;
  /** Deploy settings, as the platform's JSON string. */
  readonly settings?: string;
  readonly hooks?: string;
  readonly delay?: number;
}

/** What a Git deploy or update printed: `VcsUpdateResponse{log, message}`. */
export interface VcsResult {
  readonly log: string;
  readonly message?: string;
}

/** Deploys a registered repository into a context; resolves when done. */
export async function deployRepo(
  client: PlatformClient,
  session: string,
  input: DeployRepoInput,
  options: DeployOptions = {},
): Promise<VcsResult> {
  const answer = await client.call(
    'Deploy',
    {
      envName: input.envName,
      repo: input.repo,
      context: input.context,
      nodeGroup: input.nodeGroup,
      buildNodeId: input.buildNodeId,
      settings: input.settings,
      hooks: input.hooks,
      delay: input.delay,
    },
    { session, signal: options.signal, long: true },
  );
  return toVcsResult(answer, session);
}

export interface UpdateRepoInput {
  readonly envName: string;
  readonly context?: string;
  readonly project?: string;
  readonly nodeGroup?: string;
  readonly nodeId?: number;
  readonly delay?: number;
}

/** Pulls the latest commit of a deployed repository and redeploys it; resolves when done. */
export async function updateRepo(
  client: PlatformClient,
  session: string,
  input: UpdateRepoInput,
  options: DeployOptions = {},
): Promise<VcsResult> {
  const answer = await client.call(
    'Update',
    {
      envName: input.envName,
      context: input.context,
      project: input.project,
      nodeGroup: input.nodeGroup,
      nodeId: input.nodeId,
      delay: input.delay,
    },
    { session, signal: options.signal, long: true },
  );
  return toVcsResult(answer, session);
}

function toVcsResult(answer: JsonObject, session: string): VcsResult {
  const inner = objectAt(answer.response) ?? answer;
  // `log` is text, or a list of lines on some platforms.
  const lines = arrayAt(inner.log).filter((line): line is string => typeof line === 'string');
  const log = stringAt(inner.log) ?? lines.join('\n');
  const message = textAt(inner.message);
  return compact({ log: withoutSecret(log, session), message: message && withoutSecret(message, session) });
}
