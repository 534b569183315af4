import { strict as assert } from 'node:assert';
import { post, signIn, useSimulator } from './helpers';

const SIGNIN = 'users/authentication/Signin';

describe('simulator: sign-in and sessions', () => {
  const sim = useSimulator();

  it('signs in with login and password: session, uid, email, name', async () => {
    const answer = await post(sim().url, SIGNIN, { login: 'demo@example.com', password: 'demo-password' });
    assert.equal(answer.result, 0);
    assert.match(answer.session ?? '', /^[0-9a-f]{32,}$/);
    assert.equal(answer.uid, 4784);
    assert.equal(answer.email, 'demo@example.com');
    assert.equal(answer.name, 'Demo User');
    assert.deepEqual([answer.authType, answer.accessType, answer.status], ['BASIC', 'FULL_ACCESS', 'ENABLED']);
    assert.equal(answer.requiredAuthCheck, undefined);
  });

  it('gives each sign-in its own session', async () => {
    assert.notEqual(await signIn(sim()), await signIn(sim()));
  });

  it('answers 701 for a wrong password or an unknown login', async () => {
    assert.equal((await post(sim().url, SIGNIN, { login: sim().demo.login, password: 'wrong' })).result, 701);
    assert.equal((await post(sim().url, SIGNIN, { login: 'nobody@example.com', password: 'demo-password' })).result, 701);
  });

  it('blocks the account after 5 consecutive failures: 704, even with the right password, until unblocked', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal((await post(sim().url, SIGNIN, { login: sim().demo.login, password: `wrong-${attempt}` })).result, 701);
    }
    const blocked = await post(sim().url, SIGNIN, { login: sim().demo.login, password: sim().demo.password });
    assert.equal(blocked.result, 704);
    assert.equal(blocked.session, undefined);
    sim().unblock(sim().demo.login);
    assert.equal((await post(sim().url, SIGNIN, { login: sim().demo.login, password: sim().demo.password })).result, 0);
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const fail = () => post(sim().url, SIGNIN, { login: sim().demo.login, password: 'wrong' });
    for (let attempt = 0; attempt < 4; attempt++) await fail();
    await signIn(sim());
    for (let attempt = 0; attempt < 4; attempt++) assert.equal((await fail()).result, 701);
    await signIn(sim());
  });

  // Two-factor accounts: twoFactor.test.ts.

  it('expires sessions after 24 hours of simulator time by default', async () => {
    const session = await signIn(sim());
    sim().clock.advance(24 * 3600_000 - 1000);
    assert.equal((await post(sim().url, 'users/account/GetUserInfo', { session })).result, 0);
    sim().clock.advance(1000);
    const answer = await post(sim().url, 'users/account/GetUserInfo', { session });
    assert.equal(answer.result, 702);
    assert.match(answer.error ?? '', /not authenticated/);
  });

  it('ends the session on Signout: 702 afterwards', async () => {
    const session = await signIn(sim());
    assert.equal((await post(sim().url, 'users/authentication/Signout', { session })).result, 0);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session })).result, 702);
  });

  it('GetUserInfo answers uid, email and name', async () => {
    const answer = await post(sim().url, 'users/account/GetUserInfo', { session: await signIn(sim()) });
    assert.deepEqual(
      { result: answer.result, uid: answer.uid, email: answer.email, name: answer.name },
      { result: 0, uid: 4784, email: 'demo@example.com', name: 'Demo User' },
    );
  });

  it('lets tests add accounts', async () => {
    sim().addAccount({ login: 'new@example.com', password: 'new-password-1', name: 'New Person' });
    const answer = await post(sim().url, SIGNIN, { login: 'new@example.com', password: 'new-password-1' });
    assert.equal(answer.result, 0);
    assert.equal(answer.name, 'New Person');
  });
});

describe('simulator: configurable session lifetime', () => {
  const sim = useSimulator({ sessionTtlMs: 60_000 });

  it('expires sessions after sessionTtlMs', async () => {
    const session = await signIn(sim());
    sim().clock.advance(59_999);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session })).result, 0);
    sim().clock.advance(1);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session })).result, 702);
  });
});
