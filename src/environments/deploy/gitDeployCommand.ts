// Deploy from Git Repository…: the address, branch and optional credentials, then AddRepo (once per account and
// repository) and Deploy; a repository already deployed at that context is pulled and redeployed with Update.
// The password or access token is tracked by the redactor and never stored, logged or shown.

import {
  PlatformClient,
  PlatformError,
  WrongAddressError,
  addRepo,
  deployRepo,
  getDeployments,
  updateRepo,
} from '../../platform';
import { GuidedError } from '../../util/guidedError';
import { t } from '../../util/l10n';
import { envLabel } from '../model/envState';
import type { EnvRef } from '../model/storeTypes';
import { repoNameOf, repoUrlProblem } from './deployChoices';
import type { DeployParts } from './deployParts';
import { DeployPlan, confirmDeploy, runDeploy } from './deployRun';
import { chooseDeploy, runningEnvironment } from './deployTarget';
import type { LastDeploy } from './lastDeploy';

export interface GitSource {
  readonly url: string;
  readonly branch?: string;
  readonly login?: string;
  readonly password?: string;
  readonly keyId?: number;
}

/** The platform does not offer a Git deploy method (HTTP 404, or it names the method unknown). */
export class GitDeployUnavailableError extends GuidedError {
  readonly problem: string;
  readonly summary: string;
  readonly nextStep = 'showLog' as const;
  constructor(method: string) {
    super(`${method} is not offered by this platform`);
    this.problem = t('Git deployment is not available on this platform ({0} is not offered). Deploy an archive instead.', method);
    this.summary = t('Git deployment is not available on this platform');
  }
}

/** A refusal that means the method itself is missing, not that this call was wrong [?: no source names the code]. */
function methodMissing(error: unknown): boolean {
  if (error instanceof WrongAddressError) return true;
  return error instanceof PlatformError && /unknown method|method not found|no such method|not (supported|implemented)/i.test(error.platformMessage ?? '');
}

export async function deployFromGit(parts: DeployParts, arg: unknown): Promise<void> {
  const title = t('Deploy from Git Repository');
  const chosen = await chooseDeploy(parts, arg, title, () => askSource(parts, title));
  if (!chosen) return;
  const { source, target } = chosen;
  try {
    await deployGitTo(parts, { ...target, what: repoNameOf(source.url, source.branch) }, source);
  } finally {
    // Masked until this command (and the report of its failure) is over, then no longer held.
    parts.services.log.redactor.forget(source.password);
  }
}

/** Redeploy Last Deployment for a Git deploy: Update it (or Deploy it again if it is no longer there). */
export async function redeployGit(parts: DeployParts, last: LastDeploy): Promise<void> {
  if (last.source.kind !== 'git') return;
  const ref: EnvRef = { accountId: last.accountId, envName: last.envName };
  const env = await runningEnvironment(parts, ref);
  if (!env) return;
  await deployGitTo(parts, { ref, env, nodeGroup: last.nodeGroup, context: last.context, what: last.source.repo }, { url: last.source.url, branch: last.source.branch });
}

async function askSource(parts: DeployParts, title: string): Promise<GitSource | undefined> {
  const ui = parts.services.prompts.ui;
  const url = (await ui.showInputBox({ title, prompt: t('Repository address (https or ssh)'), placeHolder: t('https://github.com/owner/app.git'), validateInput: repoUrlProblem }))?.trim();
  if (!url) return undefined;
  const branch = await ui.showInputBox({ title, prompt: t('Branch (empty: the repository’s default)'), placeHolder: t('main') });
  if (branch === undefined) return undefined;
  const access = await ui.showQuickPick(
    [
      { label: t('Public repository'), description: t('no credentials'), access: 'none' as const },
      { label: t('Login and password or access token'), description: t('of the repository host; not stored by VS Code'), access: 'password' as const },
      { label: t('SSH key of the account'), description: t('a key added in the dashboard, by its id'), access: 'key' as const },
    ],
    { title, placeHolder: t('How does the platform read the repository?') },
  );
  if (!access) return undefined;
  const base = { url, branch: branch.trim() || undefined };
  if (access.access === 'none') return base;
  if (access.access === 'key') {
    const keyId = await ui.showInputBox({ title, prompt: t('Id of the SSH key (dashboard: Settings → SSH Keys)'), validateInput: (text) => (/^\d+$/.test(text.trim()) ? undefined : t('Enter the key’s number.')) });
    return keyId === undefined ? undefined : { ...base, keyId: Number(keyId.trim()) };
  }
  const login = await ui.showInputBox({ title, prompt: t('Login of the repository host') });
  if (!login) return undefined;
  const password = await ui.showInputBox({ title, prompt: t('Password or access token of the repository host'), password: true, ignoreFocusOut: true });
  if (!password) return undefined;
  parts.services.log.redactor.track(password);
  return { ...base, login: login.trim(), password };
}

async function deployGitTo(parts: DeployParts, plan: DeployPlan, source: GitSource): Promise<void> {
  if (!(await confirmDeploy(parts, plan))) return;
  const { accountId, envName } = plan.ref;
  const repo = parts.memory.knownRepo(accountId, source.url, source.branch) ?? repoNameOf(source.url, source.branch);
  await parts.memory.remember({ accountId, envName, nodeGroup: plan.nodeGroup, context: plan.context, source: { kind: 'git', url: source.url, branch: source.branch, repo } });
  await runDeploy(parts, plan, async ({ client, token, signal }, report) => {
    report({ phase: 'deploy', message: t('Deploying {0} to {1}…', repo, envLabel(plan.env)) });
    try {
      if (await deployedAt(client, token, plan, repo, signal)) {
        parts.output.step(t('{0} is deployed at {1}: pulling and redeploying it (Update)', repo, plan.context));
        return await updateRepo(client, token, { envName, context: plan.context, nodeGroup: plan.nodeGroup }, { signal });
      }
      let name = repo;
      if (!parts.memory.knownRepo(accountId, source.url, source.branch)) {
        parts.output.step(t('Registering {0} with the account (AddRepo)', source.url));
        const added = await addRepo(client, token, { name: repo, url: source.url, type: 'GIT', branch: source.branch, login: source.login, password: source.password, keyId: source.keyId }, { signal });
        name = added.name;
        await parts.memory.rememberRepo({ accountId, url: source.url, branch: source.branch, repo: name });
      }
      return await deployRepo(client, token, { envName, repo: name, context: plan.context, nodeGroup: plan.nodeGroup }, { signal });
    } catch (error) {
      if (methodMissing(error)) throw new GitDeployUnavailableError((error as PlatformError | WrongAddressError).method);
      throw error;
    }
  });
}

/** Whether this repository is already deployed at the context (GetDeployments); unknown counts as not. */
async function deployedAt(client: PlatformClient, token: string, plan: DeployPlan, repo: string, signal: AbortSignal): Promise<boolean> {
  try {
    const deployments = await getDeployments(client, token, plan.ref.envName, plan.nodeGroup, { signal });
    return deployments.some((item) => item.context === plan.context && item.name === repo && item.type !== 'ARCHIVE');
  } catch (error) {
    if (signal.aborted) throw error;
    return false;
  }
}
