import * as assert from 'node:assert/strict';
import { ActionOutcome, ActionRequest, ActionRunner, hasSettled, isOutcomeUnknown } from '../../../src/environments/model/actionRunner';
import { RESTART_ALL_AT_ONCE } from '../../../src/environments/model/envState';
import { EnvStatus, NetworkError, PlatformError, ServerError, TimeoutError } from '../../../src/platform';
import { useSimulator } from '../platform/helpers';
import { Core, makeCore, until } from './helpers';

describe('environments/ActionRunner against the simulator', () => {
  const ctx = useSimulator();
  let core: Core;
  let runner: ActionRunner;
  let accountId: string;
  const ref = (envName: string) => ({ accountId, envName });
  const simStatus = (envName: string) => ctx.sim.getEnv(envName)?.status;
  const wire = () => ctx.sim.requests.map((r) => r.method);

  beforeEach(async () => {
    core = makeCore(ctx.sim);
    runner = core.runner();
    accountId = await core.addDemoAccount();
    await core.store.load(accountId);
    ctx.sim.clearRequests();
  });
  afterEach(() => core.dispose());

  /** Runs the request up to the point where the platform works on it; returns the pending outcome. */
  const begin = async (request: ActionRequest): Promise<{ outcome: Promise<ActionOutcome> }> => {
    const outcome = runner.run(request);
    await ctx.sim.operationStarted(request.ref.envName);
    return { outcome };
  };

  const cases: { action: ActionRequest['action']; envName: string; during: number; after: number; method: string }[] = [
    { action: 'start', envName: 'staging-api', during: EnvStatus.Launching, after: EnvStatus.Running, method: 'StartEnv' },
    { action: 'start', envName: 'dev-sandbox', during: EnvStatus.Launching, after: EnvStatus.Running, method: 'StartEnv' },
    { action: 'stop', envName: 'shop-prod', during: EnvStatus.Stopping, after: EnvStatus.Stopped, method: 'StopEnv' },
    { action: 'sleep', envName: 'cafe-unicode', during: EnvStatus.GoingToSleep, after: EnvStatus.Sleeping, method: 'SleepEnv' },
  ];
  for (const { action, envName, during, after, method } of cases) {
    it(`${action} ${envName}: busy while the platform works, one ${method} and one GetEnvInfo, then the final state`, async () => {
      const { outcome } = await begin({ ref: ref(envName), action });
      assert.equal(simStatus(envName), during);
      assert.deepEqual(core.store.busy(ref(envName)), { action, scope: undefined, phase: 'request' });
      ctx.sim.completeOperations();
      const result = await outcome;
      assert.equal(result.kind, 'done');
      assert.equal(result.kind === 'done' && result.env?.status, after);
      assert.equal(core.store.environment(ref(envName))?.status, after);
      assert.equal(core.store.busy(ref(envName)), undefined);
      assert.deepEqual(
        ctx.sim.requests.map((r) => [r.method, r.params.envName]),
        [
          [method, envName],
          ['GetEnvInfo', envName],
        ],
      );
    });
  }

  it('restart the environment, all at once: every node goes down, then one RestartNodes and one GetEnvInfo', async () => {
    const { outcome } = await begin({ ref: ref('shop-prod'), action: 'restart', scope: { kind: 'environment' }, delay: RESTART_ALL_AT_ONCE });
    assert.deepEqual(ctx.sim.getEnv('shop-prod')?.nodes.map((n) => n.status), [2, 2, 2, 2]);
    assert.deepEqual(ctx.sim.requests[0].params, { envName: 'shop-prod', delay: '-1', session: '<redacted>' });
    ctx.sim.completeOperations();
    assert.equal((await outcome).kind, 'done');
    assert.deepEqual(wire(), ['RestartNodes', 'GetEnvInfo']);
    assert.deepEqual(core.store.environment(ref('shop-prod'))?.nodes.map((n) => n.status), [1, 1, 1, 1]);
  });

  it('restart one node group one by one: only its nodes, with the delay', async () => {
    const { outcome } = await begin({ ref: ref('shop-prod'), action: 'restart', scope: { kind: 'group', nodeGroup: 'cp' }, delay: 30 });
    assert.deepEqual(ctx.sim.requests[0].params, { envName: 'shop-prod', nodeGroup: 'cp', delay: '30', session: '<redacted>' });
    // One by one: the first application server is down, the second waits its turn, the others are untouched.
    assert.deepEqual(ctx.sim.getEnv('shop-prod')?.nodes.map((n) => [n.id, n.status]), [[1101, 1], [1102, 2], [1103, 1], [1104, 1]]);
    ctx.sim.completeOperations();
    assert.equal((await outcome).kind, 'done');
    assert.deepEqual(wire(), ['RestartNodes', 'GetEnvInfo']);
  });

  it('restart one node', async () => {
    const { outcome } = await begin({ ref: ref('shop-prod'), action: 'restart', scope: { kind: 'node', nodeId: 1104 }, delay: RESTART_ALL_AT_ONCE });
    assert.equal(ctx.sim.requests[0].params.nodeId, '1104');
    assert.deepEqual(ctx.sim.getEnv('shop-prod')?.nodes.map((n) => n.status), [1, 1, 1, 2]);
    ctx.sim.completeOperations();
    assert.equal((await outcome).kind, 'done');
  });

  it('a second request for the same environment is not sent while the first runs', async () => {
    const { outcome } = await begin({ ref: ref('shop-prod'), action: 'stop' });
    const second = await runner.run({ ref: ref('shop-prod'), action: 'restart' });
    assert.deepEqual(second, { kind: 'busy', busy: { action: 'stop', scope: undefined, phase: 'request' } });
    assert.deepEqual(wire(), ['StopEnv']);
    ctx.sim.completeOperations();
    await outcome;
    assert.equal(ctx.sim.countRequests('StopEnv') + ctx.sim.countRequests('RestartNodes'), 1);
  });

  it('actions on two environments run side by side', async () => {
    const stop = await begin({ ref: ref('shop-prod'), action: 'stop' });
    const start = await begin({ ref: ref('staging-api'), action: 'start' });
    assert.ok(core.store.busy(ref('shop-prod')) && core.store.busy(ref('staging-api')));
    assert.equal(core.store.busy(ref('dev-sandbox')), undefined);
    ctx.sim.completeOperations();
    const [stopped, started] = await Promise.all([stop.outcome, start.outcome]);
    assert.equal(stopped.kind === 'done' && stopped.env?.status, EnvStatus.Stopped);
    assert.equal(started.kind === 'done' && started.env?.status, EnvStatus.Running);
    assert.equal(ctx.sim.countRequests('GetEnvInfo'), 2);
  });

  it('refused in the current state (2212): no retry, and the state is read to say why', async () => {
    const result = await runner.run({ ref: ref('staging-api'), action: 'stop' });
    assert.equal(result.kind, 'failed');
    assert.ok(result.kind === 'failed' && result.error instanceof PlatformError && result.error.result === 2212);
    assert.equal(result.kind === 'failed' && result.env?.status, EnvStatus.Stopped);
    assert.deepEqual(wire(), ['StopEnv', 'GetEnvInfo']);
    assert.equal(core.store.busy(ref('staging-api')), undefined);
  });

  it('a refused token (702): reported as such, nothing else sent, the account marked', async () => {
    const revoked = await core.addDemoAccount('Revoked', 'e'.repeat(40));
    ctx.sim.clearRequests();
    const result = await runner.run({ ref: { accountId: revoked, envName: 'shop-prod' }, action: 'stop' });
    assert.ok(result.kind === 'failed' && result.error instanceof PlatformError && result.error.result === 702);
    assert.deepEqual(wire(), ['StopEnv']);
    assert.equal(core.health.get(revoked).status, 'rejected');
    assert.equal(simStatus('shop-prod'), EnvStatus.Running);
  });

  it('an environment deleted meanwhile (901) is dropped', async () => {
    ctx.sim.faults.add({ method: 'StopEnv', kind: 'json', body: { result: 901, error: 'environment [shop-prod] does not exist' } });
    assert.deepEqual(await runner.run({ ref: ref('shop-prod'), action: 'stop' }), { kind: 'gone' });
    assert.equal(core.store.environment(ref('shop-prod')), undefined);
  });

  describe('when the long request is cut', () => {
    it('does not send it again: follows GetEnvInfo with backoff until the state settles', async () => {
      ctx.sim.faults.add({ method: 'StopEnv', kind: 'cut', applyOperation: true });
      const outcome = runner.run({ ref: ref('shop-prod'), action: 'stop' });
      await core.scheduler.whenPending();
      assert.equal(core.store.busy(ref('shop-prod'))?.phase, 'watching');
      assert.equal(simStatus('shop-prod'), EnvStatus.Stopping);
      assert.deepEqual(core.scheduler.pendingDelays, [2000]);

      core.scheduler.advance(2000);
      await until(core, () => core.scheduler.pending === 1 && ctx.sim.countRequests('GetEnvInfo') === 1, 'the first poll');
      assert.equal(core.store.environment(ref('shop-prod'))?.status, EnvStatus.Stopping);
      assert.deepEqual(core.scheduler.pendingDelays, [3000]);

      ctx.sim.completeOperations();
      core.scheduler.advance(3000);
      const result = await outcome;
      assert.equal(result.kind, 'done');
      assert.deepEqual(wire(), ['StopEnv', 'GetEnvInfo', 'GetEnvInfo']);
      assert.equal(core.store.environment(ref('shop-prod'))?.status, EnvStatus.Stopped);
      assert.equal(core.store.busy(ref('shop-prod')), undefined);
      assert.equal(core.scheduler.pending, 0);
    });

    it('a restart is followed until its nodes are back', async () => {
      ctx.sim.faults.add({ method: 'RestartNodes', kind: 'cut', applyOperation: true });
      const outcome = runner.run({ ref: ref('shop-prod'), action: 'restart', scope: { kind: 'node', nodeId: 1102 }, delay: RESTART_ALL_AT_ONCE });
      await core.scheduler.whenPending();
      core.scheduler.advance(2000);
      await until(core, () => core.scheduler.pending === 1, 'the first poll (node still down)');
      ctx.sim.completeOperations();
      core.scheduler.advance(3000);
      assert.equal((await outcome).kind, 'done');
      assert.equal(ctx.sim.countRequests('RestartNodes'), 1);
    });

    it('says "uncertain" when the state settles elsewhere (the platform never got it)', async () => {
      ctx.sim.faults.add({ method: 'StopEnv', kind: 'cut' });
      const outcome = runner.run({ ref: ref('shop-prod'), action: 'stop' });
      await core.scheduler.whenPending();
      core.scheduler.advance(2000);
      const result = await outcome;
      assert.equal(result.kind, 'uncertain');
      assert.ok(result.kind === 'uncertain' && result.error instanceof NetworkError);
      assert.equal(result.kind === 'uncertain' && result.env?.status, EnvStatus.Running);
      assert.equal(ctx.sim.countRequests('StopEnv'), 1);
    });

    it('gives up watching after the watch period, without ever re-sending', async () => {
      core.timing.watchMaxMs = 60_000;
      ctx.sim.faults.add({ method: 'StopEnv', kind: 'cut', applyOperation: true });
      const outcome = runner.run({ ref: ref('shop-prod'), action: 'stop' });
      let settled = false;
      void outcome.then(() => (settled = true));
      while (!settled) {
        await Promise.race([core.scheduler.whenPending(), outcome]);
        if (!settled) core.scheduler.runNext();
      }
      const result = await outcome;
      assert.equal(result.kind, 'uncertain');
      assert.equal(result.kind === 'uncertain' && result.env?.status, EnvStatus.Stopping);
      assert.equal(ctx.sim.countRequests('StopEnv'), 1);
      assert.ok(core.scheduler.now() >= 60_000);
      ctx.sim.completeOperations();
    });
  });

  it('is cancelled, not failed, when the extension shuts down mid-action', async () => {
    const { outcome } = await begin({ ref: ref('shop-prod'), action: 'stop' });
    runner.dispose();
    assert.deepEqual(await outcome, { kind: 'cancelled' });
    assert.equal(core.store.busy(ref('shop-prod')), undefined);
    ctx.sim.completeOperations();
  });

  it('tells outcome-unknown failures from refusals, and when a state counts as settled', () => {
    const context = { method: 'StopEnv', host: 'h' };
    assert.equal(isOutcomeUnknown(new TimeoutError(context, 1)), true);
    assert.equal(isOutcomeUnknown(new NetworkError(context)), true);
    assert.equal(isOutcomeUnknown(new ServerError(context, 504)), true);
    assert.equal(isOutcomeUnknown(new ServerError(context, 403)), false);
    assert.equal(isOutcomeUnknown(new PlatformError(context, { result: 2212 })), false);
    const env = { envName: 'e', status: EnvStatus.Running, nodeGroups: [], nodes: [{ id: 1, nodeGroup: 'cp', status: 2 }, { id: 2, nodeGroup: 'cp', status: 1 }] };
    assert.equal(hasSettled({ action: 'stop' }, env), true);
    assert.equal(hasSettled({ action: 'stop' }, { ...env, status: EnvStatus.Stopping }), false);
    assert.equal(hasSettled({ action: 'restart', scope: { kind: 'node', nodeId: 1 } }, env), false);
    assert.equal(hasSettled({ action: 'restart', scope: { kind: 'node', nodeId: 2 } }, env), true);
  });
});
