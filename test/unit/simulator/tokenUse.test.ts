import { strict as assert } from 'node:assert';
import { Params, platformDate, post, signIn, useSimulator } from './helpers';

/** Each IDE Plugins method with parameters that pass validation (the action fails with 2212, past the permission check). */
const IDE_PLUGINS_CALLS: [string, Params][] = [
  ['environment/control/GetEnvs', {}],
  ['environment/control/GetEnvInfo', { envName: 'shop-prod' }],
  ['environment/control/StartEnv', { envName: 'shop-prod' }],
  ['environment/control/StopEnv', { envName: 'legacy-crm' }],
  ['environment/control/SleepEnv', { envName: 'legacy-crm' }],
  ['environment/control/RestartNodes', { envName: 'legacy-crm' }],
  ['users/account/GetUserInfo', {}],
];

describe('simulator: using access tokens', () => {
  const sim = useSimulator();

  it('lets an IDE Plugins token call each of its methods', async () => {
    for (const [method, params] of IDE_PLUGINS_CALLS) {
      const answer = await post(sim().url, method, { session: sim().demo.token, ...params });
      assert.ok(![702, 8202].includes(answer.result), `${method}: ${answer.result} ${answer.error}`);
    }
  });

  it('answers 8202 naming the missing method as group.service.Method', async () => {
    const marketplace = sim().createToken({ login: sim().demo.login, template: 'Marketplace' });
    const stop = await post(sim().url, 'environment/control/StopEnv', { session: marketplace.key, envName: 'shop-prod' });
    assert.equal(stop.result, 8202);
    assert.match(stop.error ?? '', /required permissions: environment\.control\.StopEnv/);
    assert.equal(sim().getEnv('shop-prod')?.status, 1, 'nothing happened');
    const user = await post(sim().url, 'users/account/GetUserInfo', { session: marketplace.key });
    assert.match(user.error ?? '', /required permissions: users\.account\.GetUserInfo/);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: marketplace.key })).result, 0);
  });

  it('checks custom tokens method by method', async () => {
    const custom = sim().createToken({ login: sim().demo.login, apiList: ['environment.control.GetEnvs'] });
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: custom.key })).result, 0);
    const info = await post(sim().url, 'environment/control/GetEnvInfo', { session: custom.key, envName: 'shop-prod' });
    assert.equal(info.result, 8202);
    assert.match(info.error ?? '', /environment\.control\.GetEnvInfo/);
  });

  it('answers 702 without a session, with an unknown value, and with a deleted token', async () => {
    assert.equal((await post(sim().url, 'environment/control/GetEnvs')).result, 702);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: 'f'.repeat(40) })).result, 702);
    const token = sim().createToken({ login: sim().demo.login, template: 'IDE Plugins' });
    const session = await signIn(sim());
    await post(sim().url, 'users/authentication/DeleteTokens', { session, ids: String(token.id), password: sim().demo.password });
    const answer = await post(sim().url, 'environment/control/GetEnvs', { session: token.key });
    assert.equal(answer.result, 702);
    assert.match(answer.error ?? '', /not authenticated/);
  });

  it('answers 702 once a token has expired (simulator time)', async () => {
    const session = await signIn(sim());
    const created = await post(sim().url, 'users/authentication/CreateToken', {
      session,
      password: sim().demo.password,
      description: 'short-lived',
      tokenTemplate: 'IDE Plugins',
      expiresAt: platformDate(sim(), 3600_000),
    });
    const key = created.token?.key;
    sim().clock.advance(3600_000 - 1000);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: key })).result, 0);
    sim().clock.advance(1000);
    assert.equal((await post(sim().url, 'environment/control/GetEnvs', { session: key })).result, 702);
  });

  it('refuses to create a token that would already be expired', async () => {
    const session = await signIn(sim());
    const answer = await post(sim().url, 'users/authentication/CreateToken', {
      session,
      password: sim().demo.password,
      description: 'past',
      tokenTemplate: 'IDE Plugins',
      expiresAt: platformDate(sim(), -1000),
    });
    assert.equal(answer.result, 3);
  });

  it('updates lastUsed (simulator time) on allowed calls only', async () => {
    const token = sim().createToken({ login: sim().demo.login, apiList: ['environment.control.GetEnvs'] });
    const session = await signIn(sim());
    const lastUsed = async () =>
      (await post(sim().url, 'users/authentication/GetTokens', { session, ids: String(token.id) })).apiTokens?.[0].lastUsed;
    assert.equal(await lastUsed(), undefined);
    sim().clock.advance(5 * 60_000);
    await post(sim().url, 'environment/control/GetEnvs', { session: token.key });
    const used = platformDate(sim());
    assert.equal(await lastUsed(), used);
    sim().clock.advance(5 * 60_000);
    await post(sim().url, 'environment/control/GetEnvInfo', { session: token.key, envName: 'shop-prod' });
    assert.equal(await lastUsed(), used, 'a refused call does not count as use');
  });

  it('lets a sign-in session call everything a token could', async () => {
    const session = await signIn(sim());
    for (const [method, params] of IDE_PLUGINS_CALLS) {
      const answer = await post(sim().url, method, { session, ...params });
      assert.ok(![702, 8202].includes(answer.result), method);
    }
  });
});
