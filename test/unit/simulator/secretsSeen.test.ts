import { strict as assert } from 'node:assert';
import { post, signIn, useSimulator } from './helpers';

describe('simulator: secretsSeen()', () => {
  const sim = useSimulator();
  const kindOf = (value: string) => sim().secretsSeen().find((secret) => secret.value === value)?.kind;

  it('lists the seeded passwords and 2FA codes and the demo token', () => {
    assert.equal(kindOf(sim().demo.password), 'password');
    assert.equal(kindOf('tfa-password'), 'password');
    assert.equal(kindOf('VAPDEMOTWOFACTOR'), '2FA code', "the 2FA account's TOTP secret");
    assert.equal(kindOf(sim().twoFactorCode('tfa@example.com')), '2FA code', 'a code handed to a test');
    assert.equal(kindOf(sim().demo.token), 'token');
  });

  it('adds sessions and tokens it issues, and secrets it was sent even when it refused them', async () => {
    const session = await signIn(sim());
    const created = await post(sim().url, 'users/authentication/CreateToken', {
      session,
      password: sim().demo.password,
      description: 'seen',
      tokenTemplate: 'IDE Plugins',
    });
    await post(sim().url, 'users/authentication/Signin', { login: sim().demo.login, password: 'refused-password' });
    await post(sim().url, 'users/authentication/Verify2FACode', { session: 'x'.repeat(40), code: '000111' });
    await post(sim().url, 'environment/control/GetEnvs', { session: 'not-a-token-but-sent-as-one' });
    assert.equal(kindOf(session), 'session');
    assert.equal(kindOf(created.token?.key ?? ''), 'token');
    assert.equal(kindOf('refused-password'), 'password');
    assert.equal(kindOf('000111'), '2FA code');
    assert.equal(kindOf('not-a-token-but-sent-as-one'), 'token');
  });
});
