import * as assert from 'node:assert/strict';
import { AutoRefresh } from '../../../src/environments/model/autoRefresh';
import { useSimulator } from '../platform/helpers';
import { Core, makeCore, until } from './helpers';

describe('environments/AutoRefresh', () => {
  const ctx = useSimulator();
  let core: Core;
  let seconds: unknown;
  let active: boolean;
  let auto: AutoRefresh;

  beforeEach(() => {
    core = makeCore(ctx.sim);
    seconds = 0;
    active = true;
    auto = new AutoRefresh(core.store, core.timing, () => seconds, () => active);
  });
  afterEach(() => {
    auto.dispose();
    core.dispose();
  });

  it('off by default: no timer, no request', async () => {
    await core.store.load(await core.addDemoAccount());
    ctx.sim.clearRequests();
    auto.update();
    assert.equal(core.scheduler.pending, 0);
    core.scheduler.advance(24 * 60 * 60 * 1000);
    assert.equal(ctx.sim.countRequests(), 0);
  });

  it('on: one GetEnvs per shown account every interval, only while the window is focused and the view visible', async () => {
    const shown = await core.addDemoAccount('Shown');
    await core.addDemoAccount('Never shown');
    await core.store.load(shown);
    ctx.sim.clearRequests();
    seconds = 60;
    auto.update();
    assert.deepEqual(core.scheduler.pendingDelays, [60_000]);
    core.scheduler.advance(60_000);
    await until(core, () => core.scheduler.pending === 1, 'the next tick is planned');
    assert.deepEqual(ctx.sim.requests.map((r) => r.method), ['GetEnvs']);

    active = false;
    auto.update();
    assert.equal(core.scheduler.pending, 0);
    core.scheduler.advance(10 * 60_000);
    assert.equal(ctx.sim.countRequests(), 1);

    active = true;
    auto.update();
    assert.deepEqual(core.scheduler.pendingDelays, [60_000]);
  });

  it('a tick that finds the window unfocused sends nothing', async () => {
    await core.store.load(await core.addDemoAccount());
    ctx.sim.clearRequests();
    seconds = 5;
    auto.update();
    assert.deepEqual(core.scheduler.pendingDelays, [10_000]);
    active = false;
    core.scheduler.advance(10_000);
    assert.equal(ctx.sim.countRequests(), 0);
    assert.equal(core.scheduler.pending, 0);
  });
});
