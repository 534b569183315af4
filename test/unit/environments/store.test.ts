import * as assert from 'node:assert/strict';
import { MissingTokenError } from '../../../src/environments/model/envErrors';
import { EnvChange } from '../../../src/environments/model/storeTypes';
import { envLabel } from '../../../src/environments/model/envState';
import { EnvStatus, PlatformError } from '../../../src/platform';
import { useSimulator } from '../platform/helpers';
import { Core, makeCore, until } from './helpers';

describe('environments/EnvironmentStore against the simulator', () => {
  const ctx = useSimulator();
  let core: Core;
  let changes: EnvChange[];

  beforeEach(() => {
    core = makeCore(ctx.sim);
    changes = [];
    core.store.onDidChange((change) => changes.push(change));
  });
  afterEach(() => core.dispose());

  it('one GetEnvs per account fills the whole list, sorted by label; loads asked for meanwhile join it', async () => {
    const id = await core.addDemoAccount();
    ctx.sim.clearRequests();
    assert.equal(core.store.view(id).status, 'notLoaded');
    await Promise.all([core.store.load(id), core.store.load(id), core.store.ensureLoaded(id)]);
    await core.store.ensureLoaded(id);
    assert.equal(ctx.sim.countRequests(), 1);
    assert.equal(ctx.sim.countRequests('GetEnvs'), 1);
    const view = core.store.view(id);
    assert.equal(view.status, 'loaded');
    assert.deepEqual(view.envs.map(envLabel), [
      'Café Ünïcode — 東京',
      'Dev sandbox',
      'Legacy CRM',
      'local-sha-master-0954606',
      'Shop — production',
      'Staging API',
    ]);
    assert.equal(core.store.environment({ accountId: id, envName: 'shop-prod' })?.nodes.length, 4);
    assert.equal(core.health.get(id).status, 'ok');
  });

  it('keeps accounts apart: one GetEnvs each, each with its own environments', async () => {
    const demo = await core.addDemoAccount('Demo');
    const other = ctx.sim.createToken({ login: 'tfa@example.com', template: 'IDE Plugins' });
    const second = (await core.accounts.add({ origin: ctx.sim.url, label: 'Second' }, other.key)).id;
    ctx.sim.clearRequests();
    assert.deepEqual(await core.store.reload(), []);
    assert.equal(ctx.sim.countRequests('GetEnvs'), 2);
    assert.equal(core.store.view(demo).envs.length, 6);
    assert.deepEqual(core.store.view(second).envs.map((env) => env.envName), ['tfa-app']);
  });

  it('refreshEnvironment: one GetEnvInfo replaces that environment and tells about that environment only', async () => {
    const id = await core.addDemoAccount();
    await core.store.load(id);
    ctx.sim.setEnvStatus('staging-api', EnvStatus.Running);
    ctx.sim.clearRequests();
    changes.length = 0;
    const env = await core.store.refreshEnvironment({ accountId: id, envName: 'staging-api' });
    assert.equal(env?.status, EnvStatus.Running);
    assert.deepEqual(ctx.sim.requests.map((r) => [r.method, r.params.envName]), [['GetEnvInfo', 'staging-api']]);
    assert.deepEqual(changes, [{ accountId: id, envName: 'staging-api' }]);
    assert.equal(core.store.environment({ accountId: id, envName: 'staging-api' })?.status, EnvStatus.Running);
  });

  it('an environment the platform no longer knows (901) leaves the list', async () => {
    const id = await core.addDemoAccount();
    await core.store.load(id);
    ctx.sim.faults.add({ method: 'GetEnvInfo', kind: 'json', body: { result: 901, error: 'environment [dev-sandbox] does not exist' } });
    assert.equal(await core.store.refreshEnvironment({ accountId: id, envName: 'dev-sandbox' }), undefined);
    assert.equal(core.store.environment({ accountId: id, envName: 'dev-sandbox' }), undefined);
    assert.equal(core.store.view(id).envs.length, 5);
  });

  it('an older GetEnvs answer never overwrites a newer GetEnvInfo', async () => {
    const id = await core.addDemoAccount();
    await core.store.load(id);
    // The list is read when the request arrives (Stopped) but answered later.
    ctx.sim.faults.add({ method: 'GetEnvs', kind: 'latency', ms: 150, applyOperation: true });
    const arrived = ctx.sim.nextRequest('GetEnvs');
    const list = core.store.load(id);
    await arrived;
    ctx.sim.setEnvStatus('staging-api', EnvStatus.Running);
    await core.store.refreshEnvironment({ accountId: id, envName: 'staging-api' });
    await list;
    assert.equal(core.store.environment({ accountId: id, envName: 'staging-api' })?.status, EnvStatus.Running);
  });

  it('a refused token (702): the error is kept, the account is marked, and a new token reloads it', async () => {
    const id = await core.addDemoAccount('Demo', 'f'.repeat(40));
    await core.store.load(id);
    const view = core.store.view(id);
    assert.equal(view.status, 'failed');
    assert.ok(view.error instanceof PlatformError && view.error.result === 702, String(view.error));
    assert.equal(core.store.authFailed(id), true);
    assert.equal(core.health.get(id).status, 'rejected');
    ctx.sim.clearRequests();
    await core.accounts.replaceToken(id, ctx.sim.demo.token);
    await until(core, () => core.store.view(id).status === 'loaded', 'the new token loaded the list');
    assert.equal(ctx.sim.countRequests('GetEnvs'), 1);
    assert.equal(core.store.authFailed(id), false);
    assert.equal(core.health.get(id).status, 'ok');
  });

  it('a missing token is an error of its own, with no request', async () => {
    const id = await core.addDemoAccount();
    core.secrets.values.delete(`vap.token.${id}`);
    ctx.sim.clearRequests();
    await core.store.load(id);
    assert.ok(core.store.view(id).error instanceof MissingTokenError);
    assert.equal(ctx.sim.countRequests(), 0);
  });

  it('a failed reload keeps showing the last good list', async () => {
    const id = await core.addDemoAccount();
    await core.store.load(id);
    ctx.sim.faults.add({ method: 'GetEnvs', kind: 'http', status: 503 });
    await core.store.load(id);
    const view = core.store.view(id);
    assert.equal(view.status, 'failed');
    assert.equal(view.envs.length, 6);
  });

  it('removing the account drops its environments and busy marks', async () => {
    const id = await core.addDemoAccount();
    await core.store.load(id);
    const ref = { accountId: id, envName: 'shop-prod' };
    core.store.setBusy(ref, { action: 'stop', phase: 'request' });
    await core.accounts.remove(id);
    assert.equal(core.store.view(id).status, 'notLoaded');
    assert.equal(core.store.busy(ref), undefined);
    assert.deepEqual(changes.at(-1), {});
  });
});
