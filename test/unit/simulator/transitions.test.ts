import { strict as assert } from 'node:assert';
import { startSimulator } from '../../simulator';
import { ApiAnswer, Params, post, settledFlag, useSimulator } from './helpers';

describe('simulator: environment actions (manual clock)', () => {
  const sim = useSimulator({ durations: { start: 60_000, stop: 30_000, sleep: 20_000, restart: 10_000 } });
  const act = (method: string, envName: string, params: Params = {}) =>
    post(sim().url, `environment/control/${method}`, { session: sim().demo.token, envName, ...params });
  const info = async (envName: string): Promise<ApiAnswer> =>
    post(sim().url, 'environment/control/GetEnvInfo', { session: sim().demo.token, envName });

  /**
   * Sends `method`, waits (on an event) until the operation started, checks the transitional state seen through
   * GetEnvInfo while the call is still unanswered, then advances the clock to just before and exactly to the end.
   */
  async function runAction(method: string, envName: string, transitional: number, final: number, durationMs: number) {
    const call = act(method, envName);
    const answered = settledFlag(call);
    const started = await sim().operationStarted(envName);
    assert.equal(started.action, method);
    const during = await info(envName);
    assert.equal(during.env?.status, transitional, 'transitional status while the action runs');
    assert.equal(answered(), false, 'the call blocks while the action runs');
    sim().clock.advance(durationMs - 1);
    assert.equal((await info(envName)).env?.status, transitional);
    assert.equal(answered(), false);
    sim().clock.advance(1);
    assert.equal((await call).result, 0);
    const after = await info(envName);
    assert.equal(after.env?.status, final);
    return { during, after };
  }

  it('StartEnv: Stopped → Launching (3) → Running, nodes come up at the end', async () => {
    const { during, after } = await runAction('StartEnv', 'staging-api', 3, 1, 60_000);
    assert.ok(during.nodes?.every((node) => node.status === 2));
    assert.ok(after.nodes?.every((node) => node.status === 1));
  });

  it('StartEnv also wakes a Sleeping environment', async () => {
    await runAction('StartEnv', 'dev-sandbox', 3, 1, 60_000);
  });

  it('StopEnv: Running → Stopping (13) → Stopped, nodes go down', async () => {
    const { after } = await runAction('StopEnv', 'shop-prod', 13, 2, 30_000);
    assert.ok(after.nodes?.every((node) => node.status === 2));
  });

  it('SleepEnv: Running → Going to sleep (14) → Sleeping, nodes go down', async () => {
    const { after } = await runAction('SleepEnv', 'shop-prod', 14, 4, 20_000);
    assert.ok(after.nodes?.every((node) => node.status === 2));
  });

  it('RestartNodes: the environment stays Running, the targeted node group goes down then up', async () => {
    const call = act('RestartNodes', 'shop-prod', { nodeGroup: 'cp' });
    const answered = settledFlag(call);
    await sim().operationStarted('shop-prod');
    const during = await info('shop-prod');
    assert.equal(during.env?.status, 1);
    assert.deepEqual(during.nodes?.map((node) => [node.nodeGroup, node.status]), [['bl', 1], ['cp', 2], ['cp', 2], ['sqldb', 1]]);
    assert.equal(answered(), false);
    sim().clock.advance(10_000);
    assert.equal((await call).result, 0);
    assert.ok((await info('shop-prod')).nodes?.every((node) => node.status === 1));
  });

  it('RestartNodes with nodeId restarts just that node; without a target, all of them', async () => {
    const one = act('RestartNodes', 'shop-prod', { nodeId: 1104 });
    await sim().operationStarted('shop-prod');
    assert.deepEqual(sim().getEnv('shop-prod')?.nodes.map((node) => node.status), [1, 1, 1, 2]);
    sim().clock.advance(10_000);
    assert.equal((await one).result, 0);
    const all = act('RestartNodes', 'shop-prod');
    await sim().operationStarted('shop-prod');
    assert.deepEqual(sim().getEnv('shop-prod')?.nodes.map((node) => node.status), [2, 2, 2, 2]);
    sim().completeOperations();
    assert.equal((await all).result, 0);
  });

  it('RestartNodes with delay ≥ 0 restarts one node at a time', async () => {
    const call = act('RestartNodes', 'shop-prod', { nodeGroup: 'cp', delay: 5 });
    await sim().operationStarted('shop-prod');
    const cp = () => sim().getEnv('shop-prod')?.nodes.filter((node) => node.nodeGroup === 'cp').map((node) => node.status);
    assert.deepEqual(cp(), [2, 1]);
    sim().clock.advance(10_000);
    assert.deepEqual(cp(), [1, 1], 'first back, second waits for the delay');
    sim().clock.advance(5_000);
    assert.deepEqual(cp(), [1, 2]);
    sim().clock.advance(10_000);
    assert.equal((await call).result, 0);
    assert.deepEqual(cp(), [1, 1]);
  });

  it('RestartNodes answers 3 for an unknown node or group', async () => {
    assert.equal((await act('RestartNodes', 'shop-prod', { nodeGroup: 'nosql' })).result, 3);
    assert.equal((await act('RestartNodes', 'shop-prod', { nodeId: 4242 })).result, 3);
  });

  it('answers 2212 naming the current status when the action is not valid now', async () => {
    const cases: [string, string, string][] = [
      ['StartEnv', 'shop-prod', 'Running'],
      ['StopEnv', 'staging-api', 'Stopped'],
      ['SleepEnv', 'dev-sandbox', 'Sleeping'],
      ['RestartNodes', 'staging-api', 'Stopped'],
      ['StopEnv', 'dev-sandbox', 'Sleeping'],
      ['StartEnv', 'legacy-crm', 'Broken'],
      ['StopEnv', 'legacy-crm', 'Broken'],
    ];
    for (const [method, envName, label] of cases) {
      const before = sim().getEnv(envName)?.status;
      const answer = await act(method, envName);
      assert.equal(answer.result, 2212, `${method} ${envName}`);
      assert.match(answer.error ?? '', new RegExp(label), `${method} ${envName}`);
      assert.equal(sim().getEnv(envName)?.status, before, 'nothing changed');
    }
    assert.deepEqual(sim().operationsInProgress, []);
  });

  it('answers 2212 to a second action on an environment mid-operation', async () => {
    const start = act('StartEnv', 'staging-api');
    await sim().operationStarted('staging-api');
    const second = await act('StopEnv', 'staging-api');
    assert.equal(second.result, 2212);
    assert.match(second.error ?? '', /Launching/);
    assert.equal((await act('StartEnv', 'staging-api')).result, 2212);
    const restart = act('RestartNodes', 'shop-prod');
    await sim().operationStarted('shop-prod');
    assert.equal((await act('RestartNodes', 'shop-prod')).result, 2212, 'env stays Running but is busy');
    assert.equal((await act('StopEnv', 'shop-prod')).result, 2212);
    sim().completeOperations();
    assert.deepEqual([(await start).result, (await restart).result], [0, 0]);
  });

  it('keeps other environments usable while one is busy', async () => {
    const stop = act('StopEnv', 'shop-prod');
    await sim().operationStarted('shop-prod');
    const sleep = act('SleepEnv', 'cafe-unicode');
    await sim().operationStarted('cafe-unicode');
    assert.deepEqual(sim().operationsInProgress.map((event) => event.envName).sort(), ['cafe-unicode', 'shop-prod']);
    sim().clock.advance(20_000);
    assert.equal((await sleep).result, 0, 'the shorter one finishes first');
    assert.equal(sim().getEnv('shop-prod')?.status, 13);
    sim().clock.advance(10_000);
    assert.equal((await stop).result, 0);
  });

  it('completeOperations() finishes everything at once', async () => {
    const start = act('StartEnv', 'staging-api');
    await sim().operationStarted('staging-api');
    sim().completeOperations();
    assert.equal((await start).result, 0);
    assert.equal(sim().getEnv('staging-api')?.status, 1);
  });

  it('operationStarted() resolves at once when an operation is already running', async () => {
    const stop = act('StopEnv', 'shop-prod');
    const first = await sim().operationStarted();
    const again = await sim().operationStarted('shop-prod');
    assert.deepEqual(again, first);
    sim().completeOperations();
    await stop;
  });

  it('setDurations changes how long later operations take', async () => {
    sim().setDurations({ stop: 1_000 });
    assert.equal(sim().durations.stop, 1_000);
    const stop = act('StopEnv', 'shop-prod');
    await sim().operationStarted('shop-prod');
    sim().clock.advance(1_000);
    assert.equal((await stop).result, 0);
  });

  it('setEnvStatus sets a status directly, nodes following', async () => {
    sim().setEnvStatus('shop-prod', 2);
    const answer = await info('shop-prod');
    assert.equal(answer.env?.status, 2);
    assert.ok(answer.nodes?.every((node) => node.status === 2));
    const start = act('StartEnv', 'shop-prod');
    await sim().operationStarted('shop-prod');
    assert.throws(() => sim().setEnvStatus('shop-prod', 1), /busy/);
    sim().completeOperations();
    assert.equal((await start).result, 0, 'Stopped now allows StartEnv');
  });

  it('answers 901 for an action on an unknown environment', async () => {
    assert.equal((await act('StopEnv', 'no-such-env')).result, 901);
  });
});

describe('simulator: environment actions (real clock)', () => {
  it('completes operations by itself after the configured duration', async () => {
    const sim = await startSimulator({ clock: 'real', durations: { stop: 50 } });
    try {
      const startedAt = Date.now();
      const answer = await post(sim.url, 'environment/control/StopEnv', { session: sim.demo.token, envName: 'shop-prod' });
      assert.equal(answer.result, 0);
      assert.ok(Date.now() - startedAt >= 45, 'the call blocked for the duration');
      assert.equal(sim.getEnv('shop-prod')?.status, 2);
    } finally {
      await sim.close();
    }
  });
});
