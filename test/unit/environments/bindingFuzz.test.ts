// Property-based: a workspace setting naming a platform selects a stored account only when the host a URL parser
// sees in the setting is exactly that account's host; look-alikes of a stored origin select nothing else.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Account } from '../../../src/accounts/account';
import { resolveBinding } from '../../../src/environments/model/binding';
import { originHost } from '../../../src/platform/origin';
import { fuzzOptions, hostileJson } from '../platform/fuzzKit';
import { STORED_ORIGINS, hostSeen, lookalikes, urlishString } from '../platform/originLookalikes';

const accounts: Account[] = STORED_ORIGINS.map((origin, i) => ({ id: `a${i}`, origin, label: origin }));

/** Checks the binding a setting `platform` value leads to; returns the bound account, if any. */
function boundAccount(platform: unknown): Account | undefined {
  const binding = resolveBinding(undefined, { platform, envName: 'shop' }, accounts);
  if (!binding) return undefined;
  const account = accounts.find((candidate) => candidate.id === binding.accountId);
  assert.ok(account);
  assert.equal(typeof platform, 'string');
  const seen = hostSeen(platform as string, 'https:');
  assert.ok(seen, `bound ${JSON.stringify(platform)}, which a URL parser refuses`);
  const host = seen.port ? `${seen.host}:${seen.port}` : seen.host;
  assert.equal(originHost(account.origin), host, `${JSON.stringify(platform)} bound ${account.origin}`);
  return account;
}

describe('environments/binding fuzzing (which account a workspace setting may select)', () => {
  for (const stored of STORED_ORIGINS) {
    it(`property: look-alikes of ${stored} bind no account of another host`, () => {
      fc.assert(fc.property(lookalikes(stored), (platform) => void boundAccount(platform)), fuzzOptions(300));
    });
  }

  it('property: arbitrary setting values bind only an account on the host they name, or none', () => {
    const platform = fc.oneof(urlishString, fc.string({ unit: 'binary', maxLength: 60 }), hostileJson);
    fc.assert(fc.property(platform, (value) => void boundAccount(value)), fuzzOptions(1000));
  });

  it('a setting that names the stored host only as userinfo, path or suffix binds nothing', () => {
    for (const platform of [
      'https://app.example.com@evil.test',
      'evil.test/app.example.com',
      'app.example.com.evil.test',
      'evil.test?app.example.com',
      'аpp.example.com',
      'app.example.com\u0000.evil.test',
      'x'.repeat(1_000_000),
    ]) {
      assert.equal(boundAccount(platform), undefined, platform.slice(0, 60));
    }
  });
});
