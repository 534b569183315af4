import { strict as assert } from 'node:assert';
import type { AccessToken } from '../../../src/platform';
import { scopeName, tokenRow } from '../../../src/tokens/tokenRow';

describe('Access Tokens rows', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const token = (fields: Partial<AccessToken> = {}): AccessToken => ({
    id: 3,
    description: 'CI deploy',
    methods: ['environment.control.GetEnvs'],
    template: { id: 2, name: 'IDE Plugins' },
    isSystem: false,
    ...fields,
  });

  it('says preset, expiry and last use', () => {
    const row = tokenRow(
      token({ expiresAt: new Date('2026-12-03T12:00:00Z'), lastUsed: new Date('2026-11-28T09:00:00Z') }),
      now,
    );
    assert.equal(row.label, 'CI deploy');
    assert.equal(row.description, 'IDE Plugins · expires in 5 days · used 3 hours ago');
    assert.equal(row.contextValue, 'vap.token');
    assert.equal(row.inUse, false);
    assert.equal(row.expired, false);
  });

  it('shows a system token as such, with a context value the change menus do not match', () => {
    const row = tokenRow(token({ isSystem: true }), now);
    assert.equal(row.description, 'system · IDE Plugins · no expiry · never used');
    assert.equal(row.system, true);
    assert.equal(row.contextValue, 'vap.systemToken');
    assert.doesNotMatch(row.contextValue, /^vap\.token(\.|$)/, 'Edit, Regenerate and Remove are hidden');
    assert.match(row.contextValue, /^vap\.(token|systemToken)(\.|$)/, 'Copy as New Token stays');
    assert.ok(row.details.some((line) => /system token/.test(line)));
    assert.equal(tokenRow(token({ isSystem: true }), now, 'me@x.com').contextValue, 'vap.systemToken.inUse');
  });

  it('calls a token without preset Custom, and one without expiry "no expiry"', () => {
    const row = tokenRow(token({ template: undefined, methods: ['a.b.C', 'a.b.D'] }), now);
    assert.equal(scopeName(token({ template: undefined })), 'Custom');
    assert.equal(row.description, 'Custom · no expiry · never used');
    assert.ok(row.details.includes('API: Custom (2 methods)'));
    assert.ok(row.details.includes('Expires: never'));
  });

  it('marks the token VS Code uses and expired tokens, in the context value too', () => {
    const row = tokenRow(token({ expiresAt: new Date('2026-11-01T00:00:00Z') }), now, 'me@x.com on app.x.com');
    assert.equal(row.description, 'used by VS Code · IDE Plugins · expired · never used');
    assert.equal(row.contextValue, 'vap.token.inUse.expired');
    assert.match(row.contextValue, /^vap\.token(\.|$)/);
    assert.ok(row.details.includes('VS Code uses this token for me@x.com on app.x.com.'));
  });

  it('never shows a token value', () => {
    const row = tokenRow(token({ key: 'f'.repeat(40) }), now, 'someone');
    assert.ok(!JSON.stringify(row).includes('f'.repeat(40)));
  });

  it('names a token without description', () => {
    assert.equal(tokenRow(token({ description: '' }), now).label, '(no description)');
  });
});
