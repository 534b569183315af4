import { strict as assert } from 'node:assert';
import { AccountHealth } from '../../../src/accounts/accountHealth';
import { AccountStore } from '../../../src/accounts/accountStore';
import { PlatformError } from '../../../src/platform';
import { MemoryMemento, SharedSecrets, sequentialIds } from './fakes';

describe('AccountHealth', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const start = new Date('2026-11-28T12:00:00Z');
  let now: Date;
  let store: AccountStore;
  let health: AccountHealth;
  let fired: string[];
  const rejected = new PlatformError({ method: 'GetEnvs', host: 'app.example.com' }, { result: 702 });

  beforeEach(() => {
    now = start;
    store = new AccountStore(new MemoryMemento(), new SharedSecrets().window(), sequentialIds());
    health = new AccountHealth(store, () => 7, () => now);
    fired = [];
    health.onDidChange((id) => fired.push(id));
  });

  afterEach(() => {
    health.dispose();
    store.dispose();
  });

  const add = (expiresInDays?: number) =>
    store.add(
      {
        origin: 'https://app.example.com',
        label: 'x',
        tokenExpiresAt: expiresInDays === undefined ? undefined : new Date(start.getTime() + expiresInDays * DAY).toISOString(),
      },
      'token-value-0123456789',
    );

  it('starts unchecked, turns ok after a working call, and rejected on a 702', async () => {
    const account = await add();
    assert.deepEqual(health.get(account.id), { status: 'unchecked', invalid: false, expiresAt: undefined, daysLeft: undefined });
    health.recordSuccess(account.id);
    assert.equal(health.get(account.id).status, 'ok');
    fired.length = 0;
    assert.equal(health.recordFailure(account.id, rejected), true);
    assert.deepEqual(health.get(account.id).status, 'rejected');
    assert.equal(health.get(account.id).invalid, true);
    assert.deepEqual(fired, [account.id]);
  });

  it('result 3 "invalid parameter [session]" rejects the token like 702; another invalid parameter does not', async () => {
    const account = await add();
    const context = { method: 'GetEnvs', host: 'h.example.com' };
    const otherParameter = new PlatformError(context, { result: 3, platformMessage: 'invalid parameter [envName]' });
    assert.equal(health.recordFailure(account.id, otherParameter), false);
    const deadSession = new PlatformError(context, { result: 3, platformMessage: 'invalid parameter [session]' });
    assert.equal(health.recordFailure(account.id, deadSession), true);
    assert.equal(health.get(account.id).status, 'rejected');
  });

  it('ignores failures that say nothing about the token', async () => {
    const account = await add();
    const denied = new PlatformError({ method: 'StopEnv', host: 'h.example.com' }, { result: 8202 });
    assert.equal(health.recordFailure(account.id, denied), false);
    assert.equal(health.recordFailure(account.id, new Error('network')), false);
    assert.equal(health.recordFailure('no-such-account', rejected), false);
    assert.equal(health.get(account.id).status, 'unchecked');
  });

  it('a new token value clears "rejected"; the token is never deleted for being rejected', async () => {
    const account = await add();
    health.recordFailure(account.id, rejected);
    assert.equal(await store.token(account.id), 'token-value-0123456789');
    await store.replaceToken(account.id, 'another-token-value-000');
    assert.equal(health.get(account.id).status, 'unchecked');
  });

  it('knows expiring and expired tokens, and tells listeners when time moves them', async () => {
    const soon = await add(3);
    const later = await add(30);
    assert.equal(health.get(soon.id).status, 'expiring');
    assert.equal(health.get(soon.id).daysLeft, 3);
    assert.equal(health.get(later.id).status, 'unchecked');
    fired.length = 0;
    now = new Date(start.getTime() + 4 * DAY);
    health.recheck();
    assert.deepEqual(fired, [soon.id]);
    assert.deepEqual([health.get(soon.id).status, health.get(soon.id).invalid], ['expired', true]);
    health.recheck();
    assert.deepEqual(fired, [soon.id], 'no event without a change');
  });

  it('forgets removed accounts', async () => {
    const account = await add();
    health.recordFailure(account.id, rejected);
    fired.length = 0;
    await store.remove(account.id);
    assert.ok(fired.includes(account.id));
    assert.equal(health.get(account.id).status, 'unchecked');
  });
});
