import * as assert from 'node:assert/strict';
import type { Account } from '../../../src/accounts/account';
import { readStoredBinding, resolveBinding, settingOrigin } from '../../../src/environments/model/binding';

const account = (id: string, origin: string): Account => ({ id, origin, label: id });

describe('environments/binding (which environment the workspace uses)', () => {
  const accounts = [account('a', 'https://app.example.com'), account('b', 'https://app.other.example'), account('c', 'https://app.example.com')];

  it('the stored choice wins while its account exists', () => {
    const setting = { platform: 'app.other.example', envName: 'api' };
    assert.deepEqual(resolveBinding({ accountId: 'b', envName: 'shop' }, setting, accounts), { accountId: 'b', envName: 'shop', source: 'workspace' });
    assert.deepEqual(resolveBinding({ accountId: 'gone', envName: 'shop' }, setting, accounts), { accountId: 'b', envName: 'api', source: 'setting' });
  });

  it('the setting applies only to a stored account on exactly that host', () => {
    assert.equal(resolveBinding(undefined, { platform: 'evil.example', envName: 'shop' }, accounts), undefined);
    assert.equal(resolveBinding(undefined, { platform: 'example.com', envName: 'shop' }, accounts), undefined);
    assert.equal(resolveBinding(undefined, { platform: 'app.example.com.evil.example', envName: 'shop' }, accounts), undefined);
    assert.equal(resolveBinding(undefined, { platform: 'app.example.com:8443', envName: 'shop' }, accounts), undefined);
    assert.equal(resolveBinding(undefined, { platform: 'user@app.example.com', envName: 'shop' }, accounts), undefined);
    assert.deepEqual(resolveBinding(undefined, { platform: 'APP.example.com', envName: 'shop' }, accounts)?.accountId, 'a');
    assert.deepEqual(resolveBinding(undefined, { platform: 'https://app.example.com/', envName: 'shop' }, accounts)?.accountId, 'a');
  });

  it('reads the setting by the rules of a typed address: another scheme, plain http or user info never match', () => {
    for (const platform of ['ftp://app.example.com', 'http://app.example.com', 'javascript://app.example.com', 'https://user:pw@app.example.com', 'HTTPS://app.example.com@evil.example']) {
      assert.equal(resolveBinding(undefined, { platform, envName: 'shop' }, accounts), undefined, platform);
    }
    assert.equal(resolveBinding(undefined, { platform: 'HTTPS://APP.EXAMPLE.COM/dashboard?x=1#y', envName: 'shop' }, accounts)?.accountId, 'a');
  });

  it('with several accounts on the host, prefers the one known to have the environment', () => {
    const has = (accountId: string) => (accountId === 'c' ? true : accountId === 'a' ? false : undefined);
    assert.equal(resolveBinding(undefined, { platform: 'app.example.com', envName: 'shop' }, accounts, has)?.accountId, 'c');
    const unknown = (accountId: string) => (accountId === 'a' ? false : undefined);
    assert.equal(resolveBinding(undefined, { platform: 'app.example.com', envName: 'shop' }, accounts, unknown)?.accountId, 'c');
  });

  it('ignores malformed settings and stored values', () => {
    for (const setting of [null, 'shop', 42, {}, { platform: 'app.example.com' }, { envName: 'shop' }, { platform: 'app.example.com', envName: '../x' }, { platform: 7, envName: 'shop' }]) {
      assert.equal(resolveBinding(undefined, setting, accounts), undefined, JSON.stringify(setting));
    }
    assert.equal(readStoredBinding({ accountId: 'a', envName: 'has space' }), undefined);
    assert.equal(readStoredBinding('a/shop'), undefined);
    assert.deepEqual(readStoredBinding({ accountId: 'a', envName: 'shop-1', extra: 1 }), { accountId: 'a', envName: 'shop-1' });
    assert.equal(settingOrigin(''), undefined);
    assert.equal(settingOrigin('http://127.0.0.1:8080/x'), 'http://127.0.0.1:8080');
    // A trailing dot names the same host, as the stored origin does without it; two dots do not.
    assert.equal(settingOrigin('app.example.com.'), 'https://app.example.com');
    assert.equal(settingOrigin('https://App.Example.com.:8443/'), 'https://app.example.com:8443');
    assert.equal(settingOrigin('app.example.com..'), undefined);
    assert.deepEqual(resolveBinding(undefined, { platform: 'app.example.com.', envName: 'shop' }, accounts)?.accountId, 'a');
  });
});
