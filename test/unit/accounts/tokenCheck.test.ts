import { strict as assert } from 'node:assert';
import { checkToken } from '../../../src/accounts/tokenCheck';
import { PlatformClient, ServerError } from '../../../src/platform';
import { rejection, useSimulator } from '../platform/helpers';

describe('checking a token before it is stored', () => {
  const context = useSimulator();
  const client = () => new PlatformClient({ origin: context.sim.url });

  it('accepts an IDE Plugins token and says whose it is', async () => {
    const result = await checkToken(client(), context.sim.demo.token);
    assert.deepEqual(result, { kind: 'ok', user: { uid: 4784, email: 'demo@example.com', name: 'Demo User' } });
  });

  it('accepts a token that may list environments but not read the user', async () => {
    const { key } = context.sim.createToken({ login: 'demo@example.com', apiList: ['environment.control.GetEnvs'] });
    assert.deepEqual(await checkToken(client(), key), { kind: 'ok', user: {} });
  });

  it('says invalid for unknown and expired tokens (702)', async () => {
    assert.deepEqual(await checkToken(client(), 'f'.repeat(40)), { kind: 'invalid' });
    const { key } = context.sim.createToken({ login: 'demo@example.com', template: 'IDE Plugins', expiresAt: Date.now() + 1000 });
    context.sim.clock.advance(2000);
    assert.deepEqual(await checkToken(client(), key), { kind: 'invalid' });
  });

  it('says when a token lacks environment methods (8202)', async () => {
    const { key } = context.sim.createToken({ login: 'demo@example.com', template: 'Maven Plugin' });
    // Maven Plugin has GetEnvs in the simulator; a billing-only token does not.
    assert.equal((await checkToken(client(), key)).kind, 'ok');
    const billing = context.sim.createToken({ login: 'demo@example.com', apiList: ['billing.account.GetAccount'] });
    const check = await checkToken(client(), billing.key);
    assert.equal(check.kind, 'noEnvironmentAccess');
    assert.equal(check.kind === 'noEnvironmentAccess' && check.error.result, 8202);
  });

  it('passes other failures on', async () => {
    context.sim.faults.add({ method: 'GetEnvs', kind: 'http', status: 503 });
    assert.ok((await rejection(checkToken(client(), context.sim.demo.token))) instanceof ServerError);
  });
});
