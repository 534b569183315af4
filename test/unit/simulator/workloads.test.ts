// The simulator's deploys, logs and node files over real HTTP (Node's fetch and FormData, never our client).

import { strict as assert } from 'node:assert';
import { ApiAnswer, apiPath, Params, post, settledFlag, useSimulator } from './helpers';

interface WorkloadAnswer extends ApiAnswer {
  file?: string;
  size?: number;
  body?: string;
  linescount?: number;
  path?: string;
  directories?: string[];
  groups?: Record<string, string[]>;
  rotatedLogs?: string[];
  responses?: { nodeid: number; result: number; out: string }[];
  list?: { name: string; type: string; size?: number; lastModified?: string }[];
  array?: { context: string; archiveName: string; type: string }[];
  object?: { name: string }[];
  log?: string;
  message?: string;
}

const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);

describe('simulator: deploys, logs and node files', () => {
  const sim = useSimulator();
  const call = (method: string, params: Params = {}) =>
    post(sim().url, method, { session: sim().demo.token, ...params }) as Promise<WorkloadAnswer>;
  const upload = async (data: Buffer, name = 'shop.war', session = sim().demo.token): Promise<WorkloadAnswer> => {
    const form = new FormData();
    form.append('fid', '123');
    form.append('session', session);
    form.append('file', new Blob([data]), name);
    const response = await fetch(sim().url + apiPath('storage/uploader/Upload'), { method: 'POST', body: form });
    return (await response.json()) as WorkloadAnswer;
  };
  const deploy = (params: Params = {}) =>
    call('environment/deployment/DeployArchive', { envName: 'shop-prod', fileUrl: 'https://example.com/a.war', fileName: 'a.war', ...params });
  /** Runs a deploy call to its end: waits for the operation, finishes it, returns the answer. */
  const deployed = async (answer: Promise<WorkloadAnswer>): Promise<WorkloadAnswer> => {
    await sim().operationStarted('shop-prod');
    sim().completeOperations();
    return answer;
  };

  describe('storage/uploader Upload', () => {
    it('stores a multipart file and answers its download URL, name and size', async () => {
      const answer = await upload(ZIP);
      assert.equal(answer.result, 0, answer.error);
      assert.equal(answer.name, 'shop.war');
      assert.equal(answer.size, ZIP.length);
      assert.ok(answer.file?.startsWith(`${sim().url}/`), answer.file);
      const [stored] = sim().workloads.uploads();
      assert.equal(stored.url, answer.file);
      assert.ok(stored.data.equals(ZIP));
    });

    it('without a file part → invalid parameter [file]; without a session → 702; a token without Upload → 8202', async () => {
      const noFile = await call('storage/uploader/Upload');
      assert.equal(noFile.result, 3);
      assert.match(noFile.error ?? '', /\[file\]/);
      assert.equal((await upload(ZIP, 'a.war', '')).result, 702);
      const marketplace = sim().createToken({ login: sim().demo.login, template: 'Marketplace' });
      const refused = await upload(ZIP, 'a.war', marketplace.key);
      assert.equal(refused.result, 8202);
      assert.match(refused.error ?? '', /storage\.uploader\.Upload/);
      assert.deepEqual(sim().workloads.uploads(), []);
    });

    it('logs the file part by name and size, the session redacted', async () => {
      await upload(ZIP);
      assert.deepEqual(sim().requests[0].params, { fid: '123', session: '<redacted>', file: `<file shop.war, ${ZIP.length} bytes>` });
    });
  });

  describe('environment/deployment DeployArchive', () => {
    it('blocks for the deploy duration on the simulator clock; the environment stays Running', async () => {
      const answer = deploy();
      const settled = settledFlag(answer);
      const started = await sim().operationStarted('shop-prod');
      assert.equal(started.kind, 'deploy');
      assert.equal(started.action, 'DeployArchive');
      assert.equal(sim().getEnv('shop-prod')?.status, 1);
      sim().clock.advance(sim().durations.deploy - 1);
      await call('environment/control/GetEnvs');
      assert.equal(settled(), false);
      sim().clock.advance(1);
      const done = await answer;
      assert.equal(done.result, 0);
      assert.deepEqual(done.responses?.map((r) => [r.nodeid, r.result]), [
        [1102, 0],
        [1103, 0],
      ]);
      assert.deepEqual(sim().workloads.deployments('shop-prod', 'cp'), [{ context: 'ROOT', name: 'a.war', type: 'ARCHIVE' }]);
    });

    it('plays the single-response answer when asked', async () => {
      sim().workloads.variants.deployAnswer = 'single';
      const answer = await deployed(deploy());
      assert.equal(answer.responses, undefined);
      assert.match((answer.response as { out: string }).out, /node \[1102\][\s\S]*node \[1103\]/);
    });

    it('checks its own uploads: empty → 4072, not an archive → 4071; a queued failure → 4060', async () => {
      const empty = await upload(Buffer.alloc(0), 'empty.war');
      assert.equal((await deployed(deploy({ fileUrl: empty.file, fileName: 'empty.war' }))).result, 4072);
      const text = await upload(Buffer.from('hello'), 'text.war');
      const damaged = await deployed(deploy({ fileUrl: text.file, fileName: 'text.war' }));
      assert.equal(damaged.result, 4071);
      assert.match(damaged.error ?? '', /damaged/);
      sim().workloads.failNextDeploy(4060);
      assert.equal((await deploy({ envName: 'staging-api' })).result, 2212, 'refused at its start: the failure waits');
      assert.equal((await deployed(deploy())).result, 4060);
      assert.equal((await deployed(deploy())).result, 0, 'a queued failure hits one deploy only');
      assert.equal(sim().workloads.deployments('shop-prod', 'cp').length, 1);
    });

    it('refuses a stopped environment (2212), a busy one (2212), a bad URL and an unknown group (3)', async () => {
      assert.equal((await deploy({ envName: 'staging-api' })).result, 2212);
      const first = deploy();
      await sim().operationStarted('shop-prod');
      const busy = await deploy();
      assert.equal(busy.result, 2212);
      assert.match(busy.error ?? '', /another action \[DeployArchive\]/);
      sim().completeOperations();
      await first;
      assert.equal((await deploy({ fileUrl: 'not a url' })).result, 3);
      assert.equal((await deploy({ nodeGroup: 'nope' })).result, 3);
    });

    it('writes each node deploy output to its deploy log', async () => {
      await deployed(deploy({ context: 'shop' }));
      assert.match(sim().workloads.fileText('shop-prod', 1103, '/var/log/deploy.log') ?? '', /application \[shop\] deployed/);
      assert.equal(sim().workloads.fileText('shop-prod', 1101, '/var/log/deploy.log'), undefined, 'not on the balancer');
    });
  });

  describe('environment/deployment Git deploy and GetDeployments', () => {
    it('AddRepo, Deploy (blocking), Update; duplicates and unknown repositories refused', async () => {
      const added = await call('environment/deployment/AddRepo', { name: 'r', url: 'https://git.example.com/r.git' });
      assert.equal(added.result, 0);
      assert.equal((await call('environment/deployment/AddRepo', { name: 'r', url: 'https://x' })).result, 3);
      assert.equal((await call('environment/deployment/Deploy', { envName: 'shop-prod', repo: 'nope', context: 'ROOT' })).result, 3);
      const done = await deployed(call('environment/deployment/Deploy', { envName: 'shop-prod', repo: 'r', context: 'ROOT' }));
      assert.equal(done.result, 0);
      assert.match(done.log ?? '', /cloning https:\/\/git\.example\.com\/r\.git \(master\)/);
      const list = await call('environment/deployment/GetDeployments', { envName: 'shop-prod', nodeGroup: 'cp' });
      assert.deepEqual(list.array, [{ context: 'ROOT', archiveName: 'r', type: 'GIT' }]);
      const updated = await deployed(call('environment/deployment/Update', { envName: 'shop-prod', context: 'ROOT' }));
      assert.match(updated.message ?? '', /updated r at ROOT/);
    });
  });

  describe('environment/control GetNodeGroups, GetLogsList and ReadLog', () => {
    it('GetNodeGroups lists the layers', async () => {
      const answer = await call('environment/control/GetNodeGroups', { envName: 'shop-prod' });
      assert.deepEqual(answer.object?.map((g) => g.name), ['bl', 'cp', 'sqldb']);
    });

    it('GetLogsList answers path, directories, groups and rotated logs (default /var/log)', async () => {
      sim().workloads.appendLog('shop-prod', 1102, '/var/log/nginx/error.log', ['x']);
      const answer = await call('environment/control/GetLogsList', { envName: 'shop-prod', nodeId: 1102 });
      assert.equal(answer.path, '/var/log');
      assert.deepEqual(answer.directories, ['nginx']);
      assert.deepEqual(answer.groups, { log: ['run.log'] });
      assert.deepEqual(answer.rotatedLogs, ['run.log.1']);
      assert.equal((await call('environment/control/GetLogsList', { envName: 'shop-prod', nodeId: 1102, path: '/nope' })).result, 1);
      assert.equal((await call('environment/control/GetLogsList', { envName: 'shop-prod', nodeId: 9 })).result, 3);
    });

    it('ReadLog reads a line range of a log that grows; linescount is the total or the page, as switched', async () => {
      const read = (params: Params) => call('environment/control/ReadLog', { envName: 'shop-prod', nodeId: 1102, path: '/var/log/run.log', ...params });
      sim().workloads.appendLog('shop-prod', 1102, '/var/log/run.log', ['a', 'b', 'c']);
      const page = await read({ from: 1, count: 2 });
      assert.deepEqual([page.body, page.linescount], ['tomcat9 started\na\n', 5]);
      sim().workloads.variants.logLinesCount = 'returned';
      assert.equal((await read({ from: 1, count: 2 })).linescount, 2);
      assert.deepEqual([(await read({ from: 5 })).body, (await read({ from: 4 })).body], ['', 'c\n']);
      assert.equal((await read({ from: -1 })).result, 3);
      assert.equal((await read({ path: '/var/log/none.log' })).result, 1);
    });
  });

  describe('environment/file GetList, Read and Write', () => {
    const file = (method: string, params: Params) => call(`environment/file/${method}`, { envName: 'shop-prod', ...params });

    it('lists, reads and writes a node file; a test can change it behind the client', async () => {
      const list = await file('GetList', { nodeid: 1102, path: '/etc' });
      assert.deepEqual(list.list?.map((e) => [e.name, e.type]), [
        ['hosts', 'file'],
        ['tomcat9', 'directory'],
      ]);
      assert.equal((await file('Write', { nodeid: 1102, path: '/etc/app.conf', body: 'a=1\n' })).result, 0);
      assert.equal((await file('Read', { nodeid: 1102, path: '/etc/app.conf' })).body, 'a=1\n');
      assert.equal((await file('Write', { nodeid: 1102, path: '/etc/app.conf', body: 'b=2\n', isAppendMode: true })).result, 0);
      sim().workloads.putFile('shop-prod', 1102, '/etc/app.conf', 'changed on the node\n');
      assert.equal((await file('Read', { nodeid: 1102, path: '/etc/app.conf' })).body, 'changed on the node\n');
    });

    it('refuses writes on read-only paths and missing files, and paths with ..', async () => {
      for (const path of ['/etc/hosts', '/usr/lib/x.conf']) {
        const answer = await file('Write', { nodeid: 1102, path, body: 'x' });
        assert.equal(answer.result, 1, path);
        assert.match(answer.error ?? '', /read-only/);
      }
      sim().workloads.putFile('shop-prod', 1102, '/opt/app.conf', 'locked', { readOnly: true });
      assert.equal((await file('Write', { nodeid: 1102, path: '/opt/app.conf', body: 'x' })).result, 1);
      assert.equal((await file('Read', { nodeid: 1102, path: '/etc/none' })).result, 1);
      assert.equal((await file('Read', { nodeid: 1102, path: '/etc/../etc/hosts' })).result, 3);
    });

    it('reads the node parameter as switched: nodeid, nodeId or either; a group means its master', async () => {
      sim().workloads.variants.fileNodeParam = 'nodeid';
      assert.equal((await file('Read', { nodeId: 1102, path: '/etc/hosts' })).result, 3);
      assert.equal((await file('Read', { nodeid: 1102, path: '/etc/hosts' })).result, 0);
      sim().workloads.variants.fileNodeParam = 'nodeId';
      assert.equal((await file('Read', { nodeid: 1102, path: '/etc/hosts' })).result, 3);
      sim().workloads.putFile('shop-prod', 1102, '/etc/who', 'master');
      assert.equal((await file('Read', { nodeGroup: 'cp', path: '/etc/who' })).body, 'master');
    });
  });

  it('an IDE Plugins token may call every deploy, log and file method (no 702 or 8202)', async () => {
    const calls: [string, Params][] = [
      ['environment/control/GetNodeGroups', { envName: 'shop-prod' }],
      ['environment/control/GetLogsList', { envName: 'shop-prod', nodeId: 1102 }],
      ['environment/control/ReadLog', { envName: 'shop-prod', nodeId: 1102, path: '/var/log/run.log' }],
      ['environment/deployment/DeployArchive', { envName: 'staging-api', fileUrl: 'https://x/a.war', fileName: 'a.war' }],
      ['environment/deployment/AddRepo', { name: 'r', url: 'https://x/r.git' }],
      ['environment/deployment/Deploy', { envName: 'staging-api', repo: 'r', context: 'ROOT' }],
      ['environment/deployment/Update', { envName: 'staging-api' }],
      ['environment/deployment/GetDeployments', { envName: 'shop-prod', nodeGroup: 'cp' }],
      ['environment/file/GetList', { envName: 'shop-prod', nodeid: 1102, path: '/etc' }],
      ['environment/file/Read', { envName: 'shop-prod', nodeid: 1102, path: '/etc/hosts' }],
      ['environment/file/Write', { envName: 'shop-prod', nodeid: 1102, path: '/tmp/x', body: 'x' }],
      ['storage/uploader/Upload', {}],
    ];
    for (const [method, params] of calls) {
      const answer = await call(method, params);
      assert.ok(![702, 8202].includes(answer.result), `${method}: ${answer.result} ${answer.error}`);
    }
  });
});
