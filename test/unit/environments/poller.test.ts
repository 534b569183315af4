import * as assert from 'node:assert/strict';
import { EnvStatus, PlatformClient, sleepEnv, startEnv, stopEnv } from '../../../src/platform';
import type { EnvChange } from '../../../src/environments/model/storeTypes';
import { useSimulator } from '../platform/helpers';
import { Core, makeCore, until } from './helpers';

const HOUR = 60 * 60 * 1000;

describe('environments/TransitionPoller against the simulator', () => {
  const ctx = useSimulator();
  let core: Core;
  let accountId: string;
  const ref = (envName: string) => ({ accountId, envName });
  const status = (envName: string) => core.store.environment(ref(envName))?.status;
  const client = () => new PlatformClient({ origin: ctx.sim.url });

  /** Starts an action behind the extension's back (as the dashboard would); the env is then transitional. */
  const elsewhere = async (action: typeof startEnv, envName: string): Promise<{ done: Promise<void> }> => {
    const done = action(client(), ctx.sim.demo.token, envName);
    await ctx.sim.operationStarted(envName);
    return { done };
  };

  beforeEach(async () => {
    core = makeCore(ctx.sim);
    accountId = await core.addDemoAccount();
  });
  afterEach(() => core.dispose());

  it('with nothing transitional: no timer at all, and zero requests however long the idle period', async () => {
    await core.store.load(accountId);
    const poller = core.poller();
    ctx.sim.clearRequests();
    assert.equal(core.scheduler.pending, 0);
    for (let hour = 0; hour < 24; hour++) {
      core.scheduler.advance(HOUR);
      ctx.sim.clock.advance(HOUR);
    }
    assert.equal(ctx.sim.countRequests(), 0);
    assert.deepEqual(poller.watched, []);
  });

  it('polls an account with a transitional environment with one GetEnvs, backing off 2 s → 3 s → 4.5 s, until it settles; then nothing', async () => {
    const starting = await elsewhere(startEnv, 'staging-api');
    await core.store.load(accountId);
    assert.equal(status('staging-api'), EnvStatus.Launching);
    core.poller();
    ctx.sim.clearRequests();
    assert.deepEqual(core.scheduler.pendingDelays, [2000]);

    core.scheduler.advance(1999);
    assert.equal(ctx.sim.countRequests(), 0);
    core.scheduler.advance(1);
    await core.scheduler.whenPending();
    assert.deepEqual(core.scheduler.pendingDelays, [3000]);
    core.scheduler.advance(3000);
    await core.scheduler.whenPending();
    assert.deepEqual(core.scheduler.pendingDelays, [4500]);

    ctx.sim.completeOperations();
    await starting.done;
    core.scheduler.advance(4500);
    await until(core, () => status('staging-api') === EnvStatus.Running, 'the poll saw Running');
    assert.equal(core.scheduler.pending, 0);
    assert.deepEqual(
      ctx.sim.requests.map((r) => r.method),
      ['GetEnvs', 'GetEnvs', 'GetEnvs'],
    );
    core.scheduler.advance(HOUR);
    assert.equal(ctx.sim.countRequests(), 3);
  });

  it('several transitional environments cost ONE request per tick (one GetEnvs per account), not one each', async () => {
    const starting = await elsewhere(startEnv, 'staging-api');
    const stopping = await elsewhere(stopEnv, 'shop-prod');
    const sleeping = await elsewhere(sleepEnv, 'cafe-unicode');
    await core.store.load(accountId);
    const poller = core.poller();
    assert.deepEqual(poller.watched.map((r) => r.envName).sort(), ['cafe-unicode', 'shop-prod', 'staging-api']);
    assert.deepEqual(poller.polledAccounts, [accountId]);
    assert.equal(core.scheduler.pending, 1, 'one timer for the account, not one per environment');
    ctx.sim.clearRequests();
    for (const [tick, delay] of [2000, 3000, 4500].entries()) {
      core.scheduler.advance(delay);
      await until(core, () => ctx.sim.countRequests() === tick + 1 && core.scheduler.pending === 1, `tick ${tick + 1} sent one request`);
    }
    assert.deepEqual(ctx.sim.requests.map((r) => r.method), ['GetEnvs', 'GetEnvs', 'GetEnvs']);
    ctx.sim.completeOperations();
    await Promise.all([starting.done, stopping.done, sleeping.done]);
    core.scheduler.advance(6750);
    await until(
      core,
      () => status('shop-prod') === EnvStatus.Stopped && status('staging-api') === EnvStatus.Running && status('cafe-unicode') === EnvStatus.Sleeping,
      'all three settled from one answer',
    );
    assert.equal(ctx.sim.countRequests(), 4, 'the fourth tick read all three at once');
    assert.equal(core.scheduler.pending, 0);
    assert.deepEqual(poller.watched, []);
    core.scheduler.advance(HOUR);
    assert.equal(ctx.sim.countRequests(), 4);
  });

  it('a tick reports only the environments that changed, and an environment that starts moving is looked at soon', async () => {
    const starting = await elsewhere(startEnv, 'staging-api');
    await core.store.load(accountId);
    core.poller();
    const changes: EnvChange[] = [];
    const subscription = core.store.onDidChange((change) => changes.push(change));
    core.scheduler.advance(2000);
    await core.scheduler.whenPending();
    core.scheduler.advance(3000);
    await core.scheduler.whenPending();
    assert.deepEqual(core.scheduler.pendingDelays, [4500]);
    assert.deepEqual(changes, [], 'nothing changed while it was still launching');
    const stopping = await elsewhere(stopEnv, 'shop-prod');
    core.scheduler.advance(4500);
    await until(core, () => status('shop-prod') === EnvStatus.Stopping, 'the tick saw shop-prod stopping');
    assert.deepEqual(changes, [{ accountId, envName: 'shop-prod' }]);
    assert.deepEqual(core.scheduler.pendingDelays, [2000], 'back to the first delay for what just started');
    subscription.dispose();
    ctx.sim.completeOperations();
    await Promise.all([starting.done, stopping.done]);
  });

  it('leaves alone an environment our own action is busy with, and takes it over afterwards', async () => {
    const starting = await elsewhere(startEnv, 'staging-api');
    await core.store.load(accountId);
    core.store.setBusy(ref('staging-api'), { action: 'start', phase: 'request' });
    const poller = core.poller();
    assert.deepEqual(poller.watched, []);
    assert.equal(core.scheduler.pending, 0);
    core.store.setBusy(ref('staging-api'), undefined);
    assert.deepEqual(poller.watched, [ref('staging-api')]);
    ctx.sim.completeOperations();
    await starting.done;
  });

  it('stops polling an account whose token is refused, until the token is replaced', async () => {
    const starting = await elsewhere(startEnv, 'staging-api');
    await core.store.load(accountId);
    const poller = core.poller();
    ctx.sim.faults.add({ method: 'GetEnvs', kind: 'json', body: { result: 702, error: 'user is not authenticated' } });
    core.scheduler.advance(2000);
    await until(core, () => core.store.authFailed(accountId), 'the 702 was seen');
    assert.equal(core.scheduler.pending, 0);
    assert.deepEqual(poller.watched, []);
    await core.accounts.replaceToken(accountId, ctx.sim.demo.token);
    await until(core, () => core.store.view(accountId).status === 'loaded' && poller.watched.length === 1, 'watching again');
    ctx.sim.completeOperations();
    await starting.done;
  });

  it('keeps polling through transient failures', async () => {
    const starting = await elsewhere(startEnv, 'staging-api');
    await core.store.load(accountId);
    core.poller();
    ctx.sim.faults.add({ method: 'GetEnvs', kind: 'http', status: 502 });
    core.scheduler.advance(2000);
    await core.scheduler.whenPending();
    assert.deepEqual(core.scheduler.pendingDelays, [3000]);
    ctx.sim.completeOperations();
    await starting.done;
    core.scheduler.advance(3000);
    await until(core, () => status('staging-api') === EnvStatus.Running, 'settled after the failure');
  });
});
