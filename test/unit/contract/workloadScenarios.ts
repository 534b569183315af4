// Contract scenarios for deployment, logs and node files (issue 16): successes, the [?] variants the simulator can
// play, and the refusals the client handles — each fetched over HTTP exactly as the simulator sends it.

import type { ApiMethod } from '../../../src/platform/methods';
import { Simulator } from '../../simulator';
import { apiPath, Params, post } from '../simulator/helpers';
import type { Scenario } from './scenarios';

const CONTROL = 'environment/control';
const DEPLOYMENT = 'environment/deployment';
const FILE = 'environment/file';
const ENV = 'shop-prod';
const APP_NODE = 1102;
const CONF = '/etc/tomcat9/tomcat9.conf';
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(16, 1)]);

const call = (sim: Simulator, method: string, params: Params = {}): Promise<unknown> =>
  post(sim.url, method, { session: sim.demo.token, ...params });

/** A deploy blocks until its (simulated) time is up: started, completed by the test, answered. */
async function deployed(sim: Simulator, method: string, params: Params): Promise<unknown> {
  const answer = call(sim, `${DEPLOYMENT}/${method}`, { envName: ENV, ...params });
  await sim.operationStarted(ENV);
  sim.completeOperations();
  return answer;
}

async function upload(sim: Simulator, data: Buffer | undefined, session = sim.demo.token): Promise<{ file?: string } & Record<string, unknown>> {
  const form = new FormData();
  form.append('fid', '123');
  form.append('session', session);
  if (data) form.append('file', new Blob([data]), 'shop.war');
  const response = await fetch(sim.url + apiPath('storage/uploader/Upload'), { method: 'POST', body: form });
  return (await response.json()) as { file?: string } & Record<string, unknown>;
}

const archive = (fileUrl = 'https://example.com/shop.war') => ({ fileUrl, fileName: 'shop.war', nodeGroup: 'cp', context: 'ROOT' });

/** A repository added and deployed at `shop`, so Update has something to update. */
async function gitDeployed(sim: Simulator): Promise<{ added: unknown; deploy: unknown }> {
  const added = await call(sim, `${DEPLOYMENT}/AddRepo`, { name: 'shop', url: 'https://git.example.com/shop.git', type: 'GIT', branch: 'main' });
  const deploy = await deployed(sim, 'Deploy', { repo: 'shop', context: 'shop', nodeGroup: 'cp' });
  return { added, deploy };
}

export const WORKLOAD_SCENARIOS = {
  GetNodeGroups: async (sim: Simulator) => [
    { label: 'shop-prod', body: await call(sim, `${CONTROL}/GetNodeGroups`, { envName: ENV }) },
    { label: 'unknown environment', body: await call(sim, `${CONTROL}/GetNodeGroups`, { envName: 'nope' }) },
  ],
  GetLogsList: async (sim: Simulator) => [
    { label: '/var/log', body: await call(sim, `${CONTROL}/GetLogsList`, { envName: ENV, nodeId: APP_NODE }) },
    { label: 'a missing directory (1)', body: await call(sim, `${CONTROL}/GetLogsList`, { envName: ENV, nodeId: APP_NODE, path: '/nope' }) },
  ],
  ReadLog: async (sim: Simulator) => {
    const read = (params: Params) => call(sim, `${CONTROL}/ReadLog`, { envName: ENV, nodeId: APP_NODE, path: '/var/log/run.log', ...params });
    const whole = await read({});
    const tail = await read({ from: 1, count: 1 });
    sim.workloads.variants.logLinesCount = 'returned';
    const returned = await read({ from: 0, count: 1 });
    return [
      { label: 'the whole log', body: whole },
      { label: 'from/count', body: tail },
      { label: 'variant linescount=returned', body: returned },
      { label: 'a missing log (1)', body: await read({ path: '/var/log/nope.log' }) },
    ];
  },
  DeployArchive: async (sim: Simulator) => {
    const perNode = await deployed(sim, 'DeployArchive', archive());
    sim.workloads.variants.deployAnswer = 'single';
    const single = await deployed(sim, 'DeployArchive', archive());
    sim.workloads.failNextDeploy(4060);
    const failed = await deployed(sim, 'DeployArchive', archive());
    const empty = await deployed(sim, 'DeployArchive', archive((await upload(sim, Buffer.alloc(0))).file));
    const stopped = await call(sim, `${DEPLOYMENT}/DeployArchive`, { envName: 'staging-api', ...archive() });
    return [
      { label: 'per-node responses', body: perNode },
      { label: 'variant deployAnswer=single', body: single },
      { label: 'failed (4060)', body: failed },
      { label: 'an empty upload (4072)', body: empty },
      { label: 'a stopped environment (2212)', body: stopped },
    ];
  },
  AddRepo: async (sim: Simulator) => {
    const add = () => call(sim, `${DEPLOYMENT}/AddRepo`, { name: 'shop', url: 'https://git.example.com/shop.git' });
    return [
      { label: 'a Git repository', body: await add() },
      { label: 'the same name again (3)', body: await add() },
    ];
  },
  Deploy: async (sim: Simulator) => [
    { label: 'an added repository', body: (await gitDeployed(sim)).deploy },
    { label: 'an unknown repository (3)', body: await call(sim, `${DEPLOYMENT}/Deploy`, { envName: ENV, repo: 'nope', context: 'x' }) },
  ],
  Update: async (sim: Simulator) => {
    await gitDeployed(sim);
    return [
      { label: 'a Git deployment', body: await deployed(sim, 'Update', { context: 'shop', nodeGroup: 'cp' }) },
      { label: 'no Git deployment at the context (3)', body: await call(sim, `${DEPLOYMENT}/Update`, { envName: ENV, context: 'nope' }) },
    ];
  },
  GetDeployments: async (sim: Simulator) => {
    await deployed(sim, 'DeployArchive', archive());
    await gitDeployed(sim);
    const list = (nodeGroup: string) => call(sim, `${DEPLOYMENT}/GetDeployments`, { envName: ENV, nodeGroup });
    return [
      { label: 'an archive and a Git deployment', body: await list('cp') },
      { label: 'an unknown node group (3)', body: await list('nope') },
    ];
  },
  Upload: async (sim: Simulator) => [
    { label: 'a file', body: await upload(sim, ZIP) },
    { label: 'no file part (3)', body: await upload(sim, undefined) },
    { label: 'a token without Upload (8202)', body: await upload(sim, ZIP, sim.createToken({ login: sim.demo.login, template: 'Marketplace' }).key) },
  ],
  GetList: async (sim: Simulator) => {
    const list = (params: Params) => call(sim, `${FILE}/GetList`, { envName: ENV, nodeid: APP_NODE, ...params });
    return [
      { label: '/var (a directory and files)', body: await list({ path: '/var' }) },
      { label: 'by nodeGroup', body: await list({ nodeid: undefined, nodeGroup: 'cp', path: '/etc' }) },
      { label: 'a missing directory (1)', body: await list({ path: '/nope' }) },
    ];
  },
  Read: async (sim: Simulator) => {
    const read = (path: string) => call(sim, `${FILE}/Read`, { envName: ENV, nodeid: APP_NODE, path });
    return [
      { label: 'a config file', body: await read(CONF) },
      { label: 'a missing file (1)', body: await read('/etc/nope') },
    ];
  },
  Write: async (sim: Simulator) => {
    const write = (path: string) => call(sim, `${FILE}/Write`, { envName: ENV, nodeid: APP_NODE, path, body: 'workers = 4\n' });
    return [
      { label: 'a config file', body: await write(CONF) },
      { label: 'a read-only file (1)', body: await write('/etc/hosts') },
    ];
  },
} satisfies Partial<Record<ApiMethod, Scenario>>;
