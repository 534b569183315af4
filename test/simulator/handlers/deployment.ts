// environment/deployment: DeployArchive, the Git deploy (AddRepo, Deploy, Update) and GetDeployments, as
// platform-api.md lists them [C]. Deploys take simulator time and block like StartEnv; what they print goes into the
// answer and into each node's deploy log. Answer shapes and the checks are in deploymentGuesses.ts.

import { ApiError, invalidParameter, ok } from '../envelope';
import { EnvNode, Environment } from '../environments';
import {
  ARCHIVE_MAGIC,
  DEFAULT_BRANCH,
  DEFAULT_CONTEXT,
  DEFAULT_DEPLOY_GROUP,
  DEPLOY_LOG_PATH,
  DEPLOY_MESSAGES,
  DEPLOY_RESULT,
  DEPLOYMENTS_KEY,
  deployOutput,
  REPO_KEY,
  REPO_TYPES,
  vcsLog,
} from '../deploymentGuesses';
import { Deployed } from '../deployments';
import { Platform } from '../platform';
import { AuthedRequest, route, Route } from '../routes';
import { ownEnvironment } from './control';
import { nodesOfGroup } from './nodeTargets';

const PATH = 'environment/deployment';

interface DeployTarget {
  env: Environment;
  group: string;
  nodes: EnvNode[];
  context: string;
}

function deployTarget(request: AuthedRequest, contextRequired = false): DeployTarget {
  const env = ownEnvironment(request);
  const { params } = request;
  const group = params.get('nodeGroup')?.trim() || DEFAULT_DEPLOY_GROUP;
  const context = contextRequired ? params.required('context').trim() : params.get('context')?.trim() || DEFAULT_CONTEXT;
  return { env, group, nodes: nodesOfGroup(env, group), context };
}

/** 4072 for an empty archive, 4071 for one that is neither zip nor gzip; undefined when it looks fine. */
function archiveProblem(data: Buffer): number | undefined {
  if (data.length === 0) return DEPLOY_RESULT.EMPTY;
  return ARCHIVE_MAGIC.some((magic) => data.subarray(0, magic.length).equals(magic)) ? undefined : DEPLOY_RESULT.DAMAGED;
}

function failureMessage(result: number, name: string): string {
  if (result === DEPLOY_RESULT.EMPTY) return DEPLOY_MESSAGES.empty(name);
  if (result === DEPLOY_RESULT.DAMAGED) return DEPLOY_MESSAGES.damaged(name);
  return DEPLOY_MESSAGES.failed(name);
}

/**
 * Runs a deploy on the environment's clock: 2212 unless it may deploy now, then `lines(node)` go to each node's deploy
 * log once the time is up. A failure (the archive's own, or one a test queued) is thrown after that time.
 */
async function runDeploy(
  platform: Platform,
  action: string,
  target: DeployTarget,
  deployed: Deployed,
  lines: (node: EnvNode) => string[],
  problem?: number,
): Promise<void> {
  let failure = problem;
  await platform.operations.deploy(target.env, action, () => {
    // Taken when a deploy ends, so one refused at its start (2212) leaves the queued failure for the next.
    failure ??= platform.deployments.takeFailure();
    for (const node of target.nodes) {
      const output = failure === undefined ? lines(node) : [failureMessage(failure, deployed.name)];
      platform.nodeFiles.append(node, DEPLOY_LOG_PATH, output.map((line) => `${line}\n`).join(''));
    }
    if (failure === undefined) platform.deployments.record(target.env.envName, target.group, deployed);
  });
  if (failure !== undefined) throw new ApiError(failure, failureMessage(failure, deployed.name));
}

export const deploymentRoutes: Route[] = [
  route(PATH, 'DeployArchive', {
    access: 'any',
    handle: async (request) => {
      const { platform, params } = request;
      const target = deployTarget(request);
      const fileUrl = params.required('fileUrl').trim();
      const fileName = params.required('fileName').trim();
      const upload = platform.deployments.uploadAt(fileUrl);
      // Our own uploads are checked byte for byte; any other http(s) URL is taken to hold a good archive [?].
      if (!upload && !/^https?:\/\/\S+$/i.test(fileUrl)) throw invalidParameter('fileUrl', `not a URL: ${fileUrl}`);
      const problem = upload ? archiveProblem(upload.data) : undefined;
      const output = (node: EnvNode) => deployOutput(node.id, fileName, target.context);
      await runDeploy(platform, 'DeployArchive', target, { context: target.context, name: fileName, type: 'ARCHIVE' }, output, problem);
      const nodes = target.nodes.map((node) => ({ nodeid: node.id, result: 0, out: output(node).join('\n') }));
      // NodeSSHResponses: per node [L], or one response for all [?] (sim.variants.deployAnswer).
      if (platform.deployments.variants.deployAnswer === 'single') {
        return ok({ response: { result: 0, out: nodes.map((node) => node.out).join('\n') } });
      }
      return ok({ responses: nodes });
    },
  }),
  route(PATH, 'AddRepo', {
    access: 'any',
    handle: ({ platform, params, caller }) => {
      const name = params.required('name').trim();
      const url = params.required('url').trim();
      const type = (params.get('type')?.trim() || 'GIT').toUpperCase();
      if (!REPO_TYPES.includes(type)) throw invalidParameter('type', `unknown repository type ${type}`);
      if (platform.deployments.findRepo(caller.account.uid, name)) throw invalidParameter('name', `repository ${name} exists`);
      const repo = platform.deployments.addRepo({
        ownerUid: caller.account.uid,
        name,
        url,
        type,
        branch: params.get('branch')?.trim() || DEFAULT_BRANCH,
      });
      return ok({ [REPO_KEY]: { id: repo.id, name: repo.name, url: repo.url, type: repo.type, branch: repo.branch } });
    },
  }),
  route(PATH, 'Deploy', {
    access: 'any',
    handle: async (request) => {
      const { platform, params, caller } = request;
      const target = deployTarget(request, true);
      const repoName = params.required('repo').trim();
      const repo = platform.deployments.findRepo(caller.account.uid, repoName);
      if (!repo) throw invalidParameter('repo', `no repository ${repoName}`);
      const log = vcsLog(repo.url, repo.branch, target.context);
      const deployed: Deployed = { context: target.context, name: repo.name, type: repo.type === 'SVN' ? 'SVN' : 'GIT', repo };
      await runDeploy(platform, 'Deploy', target, deployed, () => log);
      return ok({ log: log.join('\n'), message: `deployed ${repo.name} to ${target.context}` });
    },
  }),
  route(PATH, 'Update', {
    access: 'any',
    handle: async (request) => {
      const { platform } = request;
      const target = deployTarget(request);
      const current = platform.deployments.deploymentsOf(target.env.envName, target.group).find((item) => item.context === target.context);
      if (!current?.repo) throw invalidParameter('context', `no repository deployed at ${target.context}`);
      const log = vcsLog(current.repo.url, current.repo.branch, target.context);
      await runDeploy(platform, 'Update', target, current, () => log);
      return ok({ log: log.join('\n'), message: `updated ${current.name} at ${target.context}` });
    },
  }),
  route(PATH, 'GetDeployments', {
    access: 'any',
    handle: (request) => {
      const env = ownEnvironment(request);
      const group = request.params.required('nodeGroup').trim();
      nodesOfGroup(env, group);
      const list = request.platform.deployments.deploymentsOf(env.envName, group);
      return ok({ [DEPLOYMENTS_KEY]: list.map((item) => ({ context: item.context, archiveName: item.name, type: item.type })) });
    },
  }),
];
