import * as assert from 'node:assert/strict';
import { signIn, signOut, verifyTwoFactorCode } from '../../../src/platform/auth';
import { PlatformClient } from '../../../src/platform/client';
import { getEnvs } from '../../../src/platform/environments';
import { isSessionRefused, PlatformError, ServerError } from '../../../src/platform/errors';
import { rejection, useRawServers, useSimulator } from './helpers';

const TFA = { login: 'tfa@example.com', password: 'tfa-password' };

describe('platform/auth: two-factor sign-in (Signin, then Verify2FACode)', () => {
  const ctx = useSimulator();
  const client = () => new PlatformClient({ origin: ctx.sim.url });
  const wrongCode = () => (ctx.sim.twoFactorCode(TFA.login) === '000000' ? '111111' : '000000');

  it('a session from Signin is not a sign-in when the platform asks for a code: codeRequired with that session', async () => {
    const result = await signIn(client(), TFA);
    assert.ok(result.kind === 'codeRequired');
    assert.match(result.session, /^[0-9a-f]{40}$/);
    assert.equal(result.configured, true);
    assert.equal(result.attemptsLeft, 3);
    assert.equal(result.email, TFA.login);
  });

  it('Verify2FACode posts session and code to users/authentication/rest/verify2facode; then the session works', async () => {
    const c = client();
    const pending = await signIn(c, TFA);
    assert.ok(pending.kind === 'codeRequired');
    const verified = await verifyTwoFactorCode(c, pending, ctx.sim.twoFactorCode(TFA.login));
    assert.equal(verified.session, pending.session, 'no session in the answer: the Signin one is now valid');
    const request = ctx.sim.requests.at(-1);
    assert.equal(request?.path, '/1.0/users/authentication/rest/verify2facode');
    assert.deepEqual(Object.keys(request?.params ?? {}).sort(), ['code', 'session']);
    assert.equal(request?.params.code, '<redacted>');
    assert.deepEqual((await getEnvs(c, verified.session)).map((env) => env.envName), ['tfa-app']);
  });

  it('uses the session Verify2FACode answers when it has one', async () => {
    ctx.sim.variants.verifyAnswer = 'newSession';
    const c = client();
    const pending = await signIn(c, TFA);
    assert.ok(pending.kind === 'codeRequired');
    const verified = await verifyTwoFactorCode(c, pending, ctx.sim.twoFactorCode(TFA.login));
    assert.notEqual(verified.session, pending.session);
    assert.equal((await getEnvs(c, verified.session)).length, 1);
  });

  it('every wrong-code reply is a refusal that is not "session ended"; 702 after the last attempt is', async () => {
    const c = client();
    const replies = ['result701', 'result3', 'result1', 'http400', 'http401'] as const;
    for (const reply of replies) {
      ctx.sim.variants.wrongCodeReply = reply;
      const pending = await signIn(c, TFA);
      assert.ok(pending.kind === 'codeRequired');
      const error = await rejection(verifyTwoFactorCode(c, pending, wrongCode()));
      assert.ok(error instanceof PlatformError || error instanceof ServerError, `${reply}: ${String(error)}`);
      assert.equal(isSessionRefused(error), false, reply);
      assert.ok(!error.message.includes(pending.session), 'the session never appears in an error');
    }
    ctx.sim.variants.wrongCodeReply = 'result701';
    const pending = await signIn(c, TFA);
    assert.ok(pending.kind === 'codeRequired');
    const first = await rejection(verifyTwoFactorCode(c, pending, wrongCode()));
    assert.ok(first instanceof PlatformError);
    assert.equal(first.attemptsLeft, 2, 'attemptsLeft of the reply is read');
    await rejection(verifyTwoFactorCode(c, pending, wrongCode()));
    await rejection(verifyTwoFactorCode(c, pending, wrongCode()));
    assert.equal(isSessionRefused(await rejection(verifyTwoFactorCode(c, pending, ctx.sim.twoFactorCode(TFA.login)))), true);
  });

  it('signs a restricted session out', async () => {
    const c = client();
    const pending = await signIn(c, TFA);
    await signOut(c, pending.session);
    assert.equal(ctx.sim.countSessions(), 0);
  });

  it('isConfigured false comes through as configured: false', async () => {
    ctx.sim.addAccount({ login: 'unset@example.com', password: 'unset-password', twoFactorSecret: 'VAPUNSETVAPUNSET', twoFactorConfigured: false });
    const result = await signIn(client(), { login: 'unset@example.com', password: 'unset-password' });
    assert.ok(result.kind === 'codeRequired');
    assert.equal(result.configured, false);
  });
});

describe('platform/auth: which Signin answers need a code', () => {
  const raw = useRawServers();
  const SESSION = 'f'.repeat(40);
  const answerOf = async (fields: Record<string, unknown>) => {
    const server = await raw.start((_req, res) => res.end(JSON.stringify({ result: 0, session: SESSION, ...fields })));
    return signIn(new PlatformClient({ origin: server.url }), TFA);
  };

  const needsCode: [string, Record<string, unknown>][] = [
    ['authType TFA', { authType: 'TFA' }],
    ['authType as the export writes it, TFA(1)', { authType: 'TFA(1)' }],
    ['accessType RESTRICTED alone', { authType: 'BASIC', accessType: 'RESTRICTED' }],
    ['requiredAuthCheck without isActive', { requiredAuthCheck: { type: 'TOTP' } }],
    ['requiredAuthCheck active', { requiredAuthCheck: { type: 'TOTP', isActive: true, isConfigured: true, id: 3 } }],
  ];
  for (const [what, fields] of needsCode) {
    it(`${what} → codeRequired`, async () => assert.equal((await answerOf(fields)).kind, 'codeRequired'));
  }

  const signedIn: [string, Record<string, unknown>][] = [
    ['no 2FA fields (older platforms)', {}],
    ['BASIC and FULL_ACCESS', { authType: 'BASIC', accessType: 'FULL_ACCESS' }],
    ['requiredAuthCheck isActive false', { authType: 'BASIC', requiredAuthCheck: { type: 'TOTP', isActive: false } }],
    ['a requiredAuthCheck that is not an object', { requiredAuthCheck: null, authType: 5 }],
  ];
  for (const [what, fields] of signedIn) {
    it(`${what} → signedIn`, async () => assert.equal((await answerOf(fields)).kind, 'signedIn'));
  }

  it('reads isConfigured false and attemptsLeft', async () => {
    const result = await answerOf({ authType: 'TFA', attemptsLeft: 2, requiredAuthCheck: { isConfigured: false } });
    assert.ok(result.kind === 'codeRequired');
    assert.deepEqual([result.configured, result.attemptsLeft], [false, 2]);
  });

  it('no session at all is an unexpected answer, not a sign-in', async () => {
    const server = await raw.start((_req, res) => res.end('{"result":0,"authType":"TFA"}'));
    const error = await rejection(signIn(new PlatformClient({ origin: server.url }), TFA));
    assert.equal((error as { kind?: string }).kind, 'unexpectedResponse');
  });
});
