import * as assert from 'node:assert/strict';
import { PlatformClient } from '../../../src/platform/client';
import {
  getEnvInfo,
  getEnvs,
  restartNodes,
  sleepEnv,
  startEnv,
  stopEnv,
} from '../../../src/platform/environments';
import { AbortError, PlatformError, UnexpectedResponseError } from '../../../src/platform/errors';
import { EnvStatus, statusInfo } from '../../../src/platform/status';
import { assertCleanCallError, platformRejection, rejection, track, useSimulator } from './helpers';

describe('platform/environments against the simulator', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const token = () => ctx.sim.demo.token;
  const statusOf = async (envName: string) => (await getEnvInfo(client(), token(), envName)).status;
  const platformError = (promise: Promise<unknown>, result: number): Promise<PlatformError> =>
    platformRejection(promise, result, [token()]);

  describe('reading', () => {
    it('a GetEnvs answer whose infos is no list is a broken answer, not an account without environments', async () => {
      ctx.sim.faults.add({ method: 'GetEnvs', kind: 'json', body: { result: 0, infos: { 0: 'not a list' } } });
      const error = await rejection(getEnvs(client(), token()));
      assertCleanCallError(error, [token()]);
      assert.ok(error instanceof UnexpectedResponseError, String(error));
      assert.match(error.message, /GetEnvs: .* not platform API data \(no environment list\)/);
    });

    it('lists the account environments with their states', async () => {
      const envs = await getEnvs(client(), token());
      assert.deepEqual(
        envs.map((e) => [e.envName, e.status]),
        [
          ['shop-prod', 1],
          ['staging-api', 2],
          ['dev-sandbox', 4],
          ['legacy-crm', 11],
          ['cafe-unicode', 1],
          ['local-sha-master-0954606', 1],
        ],
      );
      assert.equal(envs.find((e) => e.envName === 'cafe-unicode')?.displayName, 'Café Ünïcode — 東京');
    });

    it('maps one environment with its node groups and nodes', async () => {
      const env = await getEnvInfo(client(), token(), 'shop-prod');
      assert.equal(env.displayName, 'Shop — production');
      assert.equal(env.domain, 'shop-prod.sim.vap.test');
      assert.equal(env.createdOn?.toISOString(), '2024-03-02T10:15:00.000Z');
      assert.equal(env.right, 'OWNER');
      assert.equal(env.region, 'EU West', 'the region is env.hostGroup.displayName');
      assert.deepEqual(env.nodeGroups, [{ name: 'bl' }, { name: 'cp' }, { name: 'sqldb' }]);
      assert.deepEqual(
        env.nodes.map((n) => [n.id, n.nodeGroup, n.isMaster, n.status]),
        [
          [1101, 'bl', true, 1],
          [1102, 'cp', true, 1],
          [1103, 'cp', false, 1],
          [1104, 'sqldb', true, 1],
        ],
      );
      const db = env.nodes[3];
      assert.equal(db.displayName, 'Primary DB');
      assert.equal(db.nodeType, 'mysql8');
      assert.equal(db.intIP, '10.101.0.14');
      assert.equal(db.url, 'http://node1104-shop-prod.sim.vap.test');
    });

    it('an unknown environment → PlatformError 901', async () => {
      const error = await platformError(getEnvInfo(client(), token(), 'no-such-env'), 901);
      assert.equal(error.method, 'GetEnvInfo');
    });

    it('maps a big account of 500 environments × 5 nodes', async () => {
      ctx.sim.addEnvironments(ctx.sim.demo.login, 500, { nodes: 5 });
      const envs = await getEnvs(client(), token());
      assert.equal(envs.length, 506);
      assert.ok(envs.slice(6).every((e) => e.nodes.length === 5 && e.status === 1));
    });
  });

  describe('blocking actions', () => {
    it('stopEnv blocks while Stopping and resolves once Stopped', async () => {
      const { sim } = ctx;
      const stop = track(stopEnv(client(), token(), 'shop-prod'));
      await sim.operationStarted('shop-prod');
      assert.equal(await statusOf('shop-prod'), EnvStatus.Stopping);
      assert.equal(stop.settled, false);

      sim.completeOperations();
      await stop.promise;
      assert.equal(await statusOf('shop-prod'), EnvStatus.Stopped);
      const [logged] = sim.requests;
      assert.deepEqual([logged.method, logged.httpMethod, logged.auth], ['StopEnv', 'POST', 'token']);
      assert.deepEqual(logged.params, { envName: 'shop-prod', session: '<redacted>' });
    });

    it('startEnv goes through Launching as simulator time passes', async () => {
      const { sim } = ctx;
      const start = track(startEnv(client(), token(), 'staging-api'));
      await sim.operationStarted('staging-api');
      assert.equal(await statusOf('staging-api'), EnvStatus.Launching);
      sim.clock.advance(sim.durations.start - 1);
      assert.equal(await statusOf('staging-api'), EnvStatus.Launching);
      assert.equal(start.settled, false);
      sim.clock.advance(1);
      await start.promise;
      assert.equal(await statusOf('staging-api'), EnvStatus.Running);
    });

    it('sleepEnv goes through Going to sleep to Sleeping; a sleeping env starts again', async () => {
      const { sim } = ctx;
      const sleep = sleepEnv(client(), token(), 'cafe-unicode');
      await sim.operationStarted('cafe-unicode');
      assert.equal(await statusOf('cafe-unicode'), EnvStatus.GoingToSleep);
      sim.completeOperations();
      await sleep;
      assert.equal(await statusOf('cafe-unicode'), EnvStatus.Sleeping);

      const start = startEnv(client(), token(), 'cafe-unicode');
      await sim.operationStarted('cafe-unicode');
      sim.completeOperations();
      await start;
      assert.equal(await statusOf('cafe-unicode'), EnvStatus.Running);
    });

    it('restartNodes restarts one node and resolves when it is back', async () => {
      const { sim } = ctx;
      const restart = track(restartNodes(client(), token(), { envName: 'shop-prod', nodeId: 1103, delay: -1 }));
      await sim.operationStarted('shop-prod');
      const during = await getEnvInfo(client(), token(), 'shop-prod');
      assert.equal(during.status, EnvStatus.Running);
      assert.equal(during.nodes.find((n) => n.id === 1103)?.status, 2);
      assert.equal(during.nodes.find((n) => n.id === 1102)?.status, 1);
      assert.equal(restart.settled, false);
      sim.completeOperations();
      await restart.promise;
      const after = await getEnvInfo(client(), token(), 'shop-prod');
      assert.ok(after.nodes.every((n) => n.status === 1));
      assert.deepEqual(sim.requests[0].params, {
        envName: 'shop-prod',
        nodeId: '1103',
        delay: '-1',
        session: '<redacted>',
      });
    });

    it('restartNodes by node group sends the group', async () => {
      const { sim } = ctx;
      const restart = restartNodes(client(), token(), { envName: 'shop-prod', nodeGroup: 'cp' });
      await sim.operationStarted('shop-prod');
      sim.completeOperations();
      await restart;
      assert.deepEqual(sim.requests[0].params, { envName: 'shop-prod', nodeGroup: 'cp', session: '<redacted>' });
    });

    it('the caller can stop waiting; the platform carries on', async () => {
      const { sim } = ctx;
      const controller = new AbortController();
      const stop = stopEnv(client(), token(), 'shop-prod', { signal: controller.signal });
      await sim.operationStarted('shop-prod');
      controller.abort();
      const error = await rejection(stop);
      assert.ok(error instanceof AbortError);
      assert.equal(error.method, 'StopEnv');
      assert.equal(await statusOf('shop-prod'), EnvStatus.Stopping);
      sim.completeOperations();
      assert.equal(await statusOf('shop-prod'), EnvStatus.Stopped);
    });

    it('an action in the wrong state → PlatformError 2212', async () => {
      const error = await platformError(stopEnv(client(), token(), 'staging-api'), 2212);
      assert.match(error.meaning, /current status/);
      await platformError(startEnv(client(), token(), 'shop-prod'), 2212);
      await platformError(restartNodes(client(), token(), { envName: 'dev-sandbox' }), 2212);
    });

    it('the same 2212 wrapped in a successful envelope (nested), and every answer with a debug block (legacy)', async () => {
      ctx.sim.variants.envelope = 'nested';
      await platformError(startEnv(client(), token(), 'shop-prod'), 2212);
      ctx.sim.variants.envelope = 'legacy';
      await platformError(stopEnv(client(), token(), 'staging-api'), 2212);
      assert.equal((await getEnvs(client(), token())).length, 6, 'a debug block changes nothing');
      assert.equal((await getEnvInfo(client(), token(), 'shop-prod')).region, 'EU West');
    });

    it('the status table agrees with the platform on which actions each state allows', async () => {
      const { sim } = ctx;
      const c = client();
      type Action = 'start' | 'stop' | 'sleep' | 'restart';
      const calls: Record<Action, (envName: string) => Promise<void>> = {
        start: (envName) => startEnv(c, token(), envName),
        stop: (envName) => stopEnv(c, token(), envName),
        sleep: (envName) => sleepEnv(c, token(), envName),
        restart: (envName) => restartNodes(c, token(), { envName }),
      };
      for (let code = 1; code <= 15; code++) {
        if (code === EnvStatus.NotExists) continue; // nothing can be asked of an environment that is gone
        for (const action of Object.keys(calls) as Action[]) {
          sim.setEnvStatus('dev-sandbox', code);
          const call = calls[action]('dev-sandbox');
          const outcome = await Promise.race([
            call.then(() => 'done' as const, (e: unknown) => e),
            sim.operationStarted('dev-sandbox').then(() => 'started' as const),
          ]);
          if (outcome === 'started') {
            sim.completeOperations();
            await call;
          }
          const allowed = outcome === 'started' || outcome === 'done';
          assert.equal(allowed, statusInfo(code).actions[action], `${action} from ${code}: ${String(outcome)}`);
          if (!allowed) assert.ok(outcome instanceof PlatformError && outcome.result === 2212, String(outcome));
        }
      }
    });
  });
});
