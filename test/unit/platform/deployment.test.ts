import * as assert from 'node:assert/strict';
import { PlatformClient } from '../../../src/platform/client';
import { deployArchive, getDeployments, NodeDeployError } from '../../../src/platform/deployment';
import { getEnvInfo } from '../../../src/platform/environments';
import { addRepo, deployRepo, updateRepo } from '../../../src/platform/gitDeploy';
import { PlatformError, resultMeaning, TimeoutError } from '../../../src/platform/errors';
import { getNodeGroups } from '../../../src/platform/nodeGroups';
import { readLog } from '../../../src/platform/logs';
import { DEPLOY_LOG_PATH } from '../../simulator';
import { assertCleanCallError, platformRejection, rejection, track, useSimulator } from './helpers';

const ARCHIVE = { envName: 'shop-prod', fileUrl: 'https://builds.example.com/shop.war', fileName: 'shop.war' };

describe('platform/deployment against the simulator', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const token = () => ctx.sim.demo.token;
  const platformError = (promise: Promise<unknown>, result: number): Promise<PlatformError> =>
    platformRejection(promise, result, [token()]);

  describe('DeployArchive', () => {
    it('blocks for the deploy, then answers with each node of the group and records the deployment', async () => {
      const deploying = track(deployArchive(client(), token(), { ...ARCHIVE, nodeGroup: 'cp', context: 'shop' }));
      await ctx.sim.operationStarted('shop-prod');
      ctx.sim.clock.advance(ctx.sim.durations.deploy - 1);
      // Another request round trip: had the deploy answered, the answer would be in by now.
      await getNodeGroups(client(), token(), 'shop-prod');
      assert.equal(deploying.settled, false, 'answered before the deploy took its time');
      ctx.sim.clock.advance(1);
      const result = await deploying.promise;
      assert.deepEqual(
        result.nodes.map((node) => [node.nodeId, node.result]),
        [
          [1102, 0],
          [1103, 0],
        ],
      );
      assert.match(result.log, /node \[1102\]: application \[shop\] deployed/);
      assert.match(result.log, /node \[1103\]: application \[shop\] deployed/);
      assert.deepEqual(await getDeployments(client(), token(), 'shop-prod', 'cp'), [
        { context: 'shop', name: 'shop.war', type: 'ARCHIVE' },
      ]);
      const params = ctx.sim.requests.find((r) => r.method === 'DeployArchive')?.params;
      assert.deepEqual(params, { ...ARCHIVE, nodeGroup: 'cp', context: 'shop', session: '<redacted>' });
    });

    it('leaves the deploy output in each node deploy log', async () => {
      const deploying = deployArchive(client(), token(), ARCHIVE);
      await ctx.sim.operationStarted('shop-prod');
      ctx.sim.completeOperations();
      await deploying;
      const page = await readLog(client(), token(), { envName: 'shop-prod', nodeId: 1103, path: DEPLOY_LOG_PATH });
      assert.deepEqual(page.lines, [
        'node [1103]: downloading shop.war',
        'node [1103]: deploying shop.war to context [ROOT]',
        'node [1103]: application [ROOT] deployed',
      ]);
    });

    it('reads the older single-response answer as one output without a node', async () => {
      ctx.sim.workloads.variants.deployAnswer = 'single';
      const deploying = deployArchive(client(), token(), ARCHIVE);
      await ctx.sim.operationStarted('shop-prod');
      ctx.sim.completeOperations();
      const result = await deploying;
      assert.equal(result.nodes.length, 1);
      assert.equal(result.nodes[0].nodeId, undefined);
      assert.match(result.log, /node \[1102\][\s\S]*node \[1103\]/);
    });

    it('a stopped environment → 2212 at once, nothing deployed', async () => {
      const error = await platformError(deployArchive(client(), token(), { ...ARCHIVE, envName: 'staging-api' }), 2212);
      assert.match(error.message, /DeployArchive .*current status/);
      assert.deepEqual(ctx.sim.workloads.deployments('staging-api', 'cp'), []);
    });

    it('a second deploy while one runs → 2212 (busy)', async () => {
      const first = deployArchive(client(), token(), ARCHIVE);
      await ctx.sim.operationStarted('shop-prod');
      await platformError(deployArchive(client(), token(), ARCHIVE), 2212);
      ctx.sim.completeOperations();
      await first;
    });

    for (const [result, words] of [
      [4060, /deployment failed/],
      [4071, /archive is damaged/],
      [4072, /archive is empty/],
    ] as const) {
      it(`a deploy failing with ${result} → PlatformError ${result} with its meaning, after the deploy time`, async () => {
        ctx.sim.workloads.failNextDeploy(result);
        const deploying = track(deployArchive(client(), token(), ARCHIVE));
        await ctx.sim.operationStarted('shop-prod');
        assert.equal(deploying.settled, false);
        ctx.sim.completeOperations();
        const error = await platformError(deploying.promise, result);
        assert.match(error.meaning, words);
        assert.equal(resultMeaning(result), error.meaning);
        assert.deepEqual(ctx.sim.workloads.deployments('shop-prod', 'cp'), []);
      });
    }

    it('a node that failed inside a good envelope fails the deploy and keeps the whole log', async () => {
      ctx.sim.faults.add({
        method: 'DeployArchive',
        kind: 'json',
        body: {
          result: 0,
          responses: [
            { nodeid: 1102, result: 0, out: 'deployed' },
            { nodeid: 1103, result: 4060, out: 'unpacking\n', errOut: `disk full for ${token()}\n` },
          ],
        },
      });
      const error = await rejection(deployArchive(client(), token(), ARCHIVE));
      assertCleanCallError(error, [token()]);
      assert.ok(error instanceof NodeDeployError, String(error));
      assert.equal(error.result, 4060);
      assert.equal(error.platformMessage, 'disk full for ***');
      assert.equal(error.log, 'deployed\nunpacking\n\ndisk full for ***\n');
    });

    it('a token without DeployArchive → 8202 naming the method', async () => {
      const marketplace = ctx.sim.createToken({ login: ctx.sim.demo.login, template: 'Marketplace' });
      const error = await rejection(deployArchive(client(), marketplace.key, ARCHIVE));
      assertCleanCallError(error, [marketplace.key]);
      assert.ok(error instanceof PlatformError && error.result === 8202, String(error));
      assert.match(error.message, /environment\.deployment\.DeployArchive/);
    });

    it('waits as long as an action (the long timeout), and the deploy goes on on the platform', async () => {
      const slow = new PlatformClient({ origin: ctx.sim.url, readTimeoutMs: 60_000, actionTimeoutMs: 200 });
      // On the manual clock the deploy never ends by itself.
      const error = await rejection(deployArchive(slow, token(), ARCHIVE));
      assert.ok(error instanceof TimeoutError && error.timeoutMs === 200, String(error));
      assert.equal(ctx.sim.operationsInProgress[0]?.action, 'DeployArchive');
    });

    it('an unknown node group → invalid parameter [nodeGroup]', async () => {
      const error = await platformError(deployArchive(client(), token(), { ...ARCHIVE, nodeGroup: 'nope' }), 3);
      assert.match(error.message, /nodeGroup/);
    });
  });

  describe('Git deploy', () => {
    const repo = { name: 'shop-repo', url: 'https://git.example.com/shop.git', branch: 'main' };

    it('adds a repository, deploys it (blocking) and updates it; the password never shows', async () => {
      const password = 'repo-secret-password';
      const added = await addRepo(client(), token(), { ...repo, login: 'dev', password });
      assert.equal(added.name, 'shop-repo');
      assert.equal(typeof added.id, 'number');
      assert.equal(ctx.sim.requests.find((r) => r.method === 'AddRepo')?.params.password, '<redacted>');

      const deploying = track(deployRepo(client(), token(), { envName: 'shop-prod', repo: 'shop-repo', context: 'ROOT' }));
      await ctx.sim.operationStarted('shop-prod');
      assert.equal(deploying.settled, false);
      ctx.sim.clock.advance(ctx.sim.durations.deploy);
      const deployed = await deploying.promise;
      assert.match(deployed.log, /cloning https:\/\/git\.example\.com\/shop\.git \(main\)/);
      assert.equal(deployed.message, 'deployed shop-repo to ROOT');
      assert.deepEqual(await getDeployments(client(), token(), 'shop-prod', 'cp'), [
        { context: 'ROOT', name: 'shop-repo', type: 'GIT' },
      ]);

      const updating = updateRepo(client(), token(), { envName: 'shop-prod', context: 'ROOT' });
      await ctx.sim.operationStarted('shop-prod');
      ctx.sim.completeOperations();
      assert.match((await updating).message ?? '', /updated shop-repo/);

      const error = await platformError(addRepo(client(), token(), { ...repo, password }), 3);
      assert.ok(!error.message.includes(password));
    });

    it('updating a context without a repository → invalid parameter [context]', async () => {
      const error = await platformError(updateRepo(client(), token(), { envName: 'shop-prod', context: 'ROOT' }), 3);
      assert.match(error.message, /context/);
    });
  });

  describe('GetNodeGroups', () => {
    it('lists the layers, as GetEnvInfo shows them', async () => {
      const groups = await getNodeGroups(client(), token(), 'shop-prod');
      assert.deepEqual(groups.map((group) => group.name), ['bl', 'cp', 'sqldb']);
      assert.deepEqual(groups, (await getEnvInfo(client(), token(), 'shop-prod')).nodeGroups);
    });

    it('another account environment → 901', async () => {
      await platformError(getNodeGroups(client(), token(), 'no-such-env'), 901);
    });
  });
});
