import { strict as assert } from 'node:assert';
import { post, postRaw, useSimulator } from './helpers';

const AUTH = 'users/authentication';
const TFA = { login: 'tfa@example.com', password: 'tfa-password' };

// platform-api.md "Two-factor sign-in": Signin gives a session that is not valid yet; Verify2FACode makes it valid.
describe('simulator: two-factor sign-in', () => {
  const sim = useSimulator();
  const restricted = async (): Promise<string> => {
    const answer = await post(sim().url, `${AUTH}/Signin`, TFA);
    assert.equal(answer.result, 0);
    return answer.session as string;
  };
  const verify = (session: string, code: string) => post(sim().url, `${AUTH}/Verify2FACode`, { session, code });
  const envs = (session: string) => post(sim().url, 'environment/control/GetEnvs', { session });
  const wrongCode = () => (sim().twoFactorCode(TFA.login) === '000000' ? '111111' : '000000');

  it('Signin answers a restricted session with authType TFA, accessType RESTRICTED and requiredAuthCheck', async () => {
    const answer = await post(sim().url, `${AUTH}/Signin`, TFA);
    assert.equal(answer.result, 0);
    assert.match(answer.session ?? '', /^[0-9a-f]{40}$/);
    assert.deepEqual([answer.authType, answer.accessType], ['TFA', 'RESTRICTED']);
    assert.deepEqual(answer.requiredAuthCheck, { type: 'TOTP', isConfigured: true, isActive: true, id: 5120 });
    assert.equal(answer.attemptsLeft, 3);
  });

  it('the restricted session is refused as not authenticated (702) by every other method', async () => {
    const session = await restricted();
    for (const method of ['environment/control/GetEnvs', 'users/account/GetUserInfo', `${AUTH}/GetTokens`, `${AUTH}/GetTokenTemplates`]) {
      assert.equal((await post(sim().url, method, { session })).result, 702, method);
    }
  });

  it('ignores a code sent to Signin: the session stays restricted', async () => {
    const answer = await post(sim().url, `${AUTH}/Signin`, { ...TFA, code: sim().twoFactorCode(TFA.login) });
    assert.equal(answer.accessType, 'RESTRICTED');
    assert.equal((await envs(answer.session as string)).result, 702);
  });

  it('Verify2FACode with the current TOTP code makes the same session valid', async () => {
    const session = await restricted();
    assert.equal((await verify(session, sim().twoFactorCode(TFA.login))).result, 0);
    assert.deepEqual((await envs(session)).infos?.map((info) => info.env.envName), ['tfa-app']);
    assert.equal((await verify(session, sim().twoFactorCode(TFA.login))).result, 702, 'a valid session is not restricted any more');
  });

  it('accepts the code of the step before (clock drift), not an older one', async () => {
    const session = await restricted();
    const previous = sim().twoFactorCode(TFA.login, sim().clock.now() - 30_000);
    const older = sim().twoFactorCode(TFA.login, sim().clock.now() - 90_000);
    const current = sim().twoFactorCode(TFA.login);
    if (older !== current && older !== previous) assert.equal((await verify(session, older)).result, 701);
    assert.equal((await verify(session, previous)).result, 0);
  });

  it('a wrong code: 701 with attemptsLeft; the last one ends the restricted session (702 then)', async () => {
    const session = await restricted();
    const first = await verify(session, wrongCode());
    assert.deepEqual([first.result, first.attemptsLeft], [701, 2]);
    assert.match(first.error ?? '', /two-factor/);
    assert.equal((await verify(session, wrongCode())).attemptsLeft, 1);
    assert.equal((await verify(session, wrongCode())).attemptsLeft, 0);
    assert.equal((await verify(session, sim().twoFactorCode(TFA.login))).result, 702);
  });

  it('a restricted session waits 5 minutes of simulator time for its code', async () => {
    const session = await restricted();
    sim().clock.advance(5 * 60_000);
    assert.equal((await verify(session, sim().twoFactorCode(TFA.login))).result, 702);
  });

  it('Signout ends a restricted session', async () => {
    const session = await restricted();
    assert.equal(sim().countSessions({ restricted: true }), 1);
    assert.equal((await post(sim().url, `${AUTH}/Signout`, { session })).result, 0);
    assert.equal(sim().countSessions({ restricted: true }), 0);
  });

  it('an account whose 2FA is required but not set up: isConfigured false, no code accepted', async () => {
    sim().addAccount({ login: 'unset@example.com', password: 'unset-password', twoFactorSecret: 'VAPUNSETVAPUNSET', twoFactorConfigured: false });
    const answer = await post(sim().url, `${AUTH}/Signin`, { login: 'unset@example.com', password: 'unset-password' });
    assert.equal(answer.requiredAuthCheck?.isConfigured, false);
    const code = sim().twoFactorCode('unset@example.com');
    assert.notEqual((await verify(answer.session as string, code)).result, 0);
  });

  describe('variants of the undocumented replies', () => {
    it('wrongCodeReply: result 3, result 1, HTTP 400 or 401', async () => {
      sim().variants.wrongCodeReply = 'result3';
      assert.equal((await verify(await restricted(), wrongCode())).result, 3);
      sim().variants.wrongCodeReply = 'result1';
      assert.equal((await verify(await restricted(), wrongCode())).result, 1);
      for (const [variant, status] of [['http400', 400], ['http401', 401]] as const) {
        sim().variants.wrongCodeReply = variant;
        const response = await postRaw(sim().url, `${AUTH}/Verify2FACode`, { session: await restricted(), code: wrongCode() });
        assert.equal(response.status, status);
        assert.match(await response.text(), /^<html>/);
      }
    });

    it('verifyAnswer newSession: a new session that works; the Signin one is gone', async () => {
      sim().variants.verifyAnswer = 'newSession';
      const session = await restricted();
      const answer = await verify(session, sim().twoFactorCode(TFA.login));
      assert.match(answer.session ?? '', /^[0-9a-f]{40}$/);
      assert.notEqual(answer.session, session);
      assert.equal((await envs(answer.session as string)).result, 0);
      assert.equal((await envs(session)).result, 702);
    });
  });
});
