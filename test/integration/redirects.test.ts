// Issue 6, "the token goes nowhere else", at the transport's edges: a platform that answers 3xx towards an attacker
// (on another loopback port, or a look-alike host the test network resolves to it) during token validation, an
// environment action and a token-management sign-in; and plain http to a non-loopback host, refused in the platform
// box before anything is sent. Each time: the attacker sees no connection, the user reads why, no account is lost.

import { strict as assert } from 'node:assert';
import { run, useAccessFixture } from './accessKit';
import { Attacker, startAttacker } from './attackerKit';

const GETENVS = '/1.0/environment/control/rest/getenvs';

describe('Redirects and plain http: the token goes nowhere else', function () {
  this.timeout(30_000);
  const t = useAccessFixture();
  let attacker: Attacker;

  before(async () => {
    attacker = await startAttacker();
  });
  after(async () => {
    await attacker.close();
  });
  afterEach(() => {
    assert.equal(attacker.connections(), 0, 'the attacker was contacted');
    assert.deepEqual(attacker.lookups(), [], 'a look-alike host was resolved');
  });

  /** An account on the real platform, already stored, that nothing below may lose. */
  async function storedAccount(): Promise<string> {
    const account = await t.api.services.accounts.add({ origin: t.sim.url, label: 'Demo' }, t.sim.demo.token);
    return account.id;
  }

  async function assertAccountKept(accountId: string): Promise<void> {
    assert.deepEqual(t.api.services.accounts.list().map((account) => account.id), [accountId]);
    assert.equal(await t.api.services.accounts.token(accountId), t.sim.demo.token, 'its token is still stored');
  }

  const host = () => new URL(t.sim.url).host;

  it('Add Access Token: a redirect while checking the token is not followed, and nothing is stored', async () => {
    const accountId = await storedAccount();
    // The Environments view may list the stored account's environments meanwhile: that GetEnvs happens first.
    await t.api.environments.store.ensureLoaded(accountId);
    const other = t.sim.createToken({ login: t.sim.demo.login, template: 'IDE Plugins' }).key;
    t.sim.faults.add({ method: 'GetEnvs', kind: 'redirect', status: 307, location: `${attacker.url}${GETENVS}?session=stolen` });
    t.ui
      .expectQuickPick(/Pick the platform/, 'Enter Another')
      .expectInputBox(/dashboard/, t.sim.url)
      .expectInputBox(/access token/, other)
      .expectMessage('error', /redirected to http:\/\/127\.0\.0\.1:\d+ \(HTTP 307\); redirects are not followed/);
    await run(t.ui, 'vap.addAccessToken');
    assert.doesNotMatch(t.ui.messages[0].text, /stolen|rest\/getenvs/, 'only the origin of the target is shown');
    await assertAccountKept(accountId);
    assert.equal(t.sim.countRequests({ method: 'GetEnvs', fault: 'redirect' }), 1, 'the redirected check was sent once');
  });

  it('an environment action: a redirected StopEnv is not followed; the account and its token stay', async () => {
    const accountId = await storedAccount();
    await t.api.environments.store.load(accountId);
    t.sim.faults.add({ method: 'StopEnv', kind: 'redirect', status: 302, location: `https://localhost.evil.test:${attacker.port}/1.0/environment/control/rest/stopenv` });
    t.ui
      .expectMessage('warning', /^Stop Shop — production\?/, 'Stop')
      .expectMessage('error', /redirected to https:\/\/localhost\.evil\.test:\d+ \(HTTP 302\); redirects are not followed/);
    await run(t.ui, 'vap.environments.stop', { accountId, envName: 'shop-prod' });
    await assertAccountKept(accountId);
    assert.equal(t.sim.getEnv('shop-prod')?.status, 1, 'nothing stopped');
  });

  it('Sign In to Manage Tokens: a redirected Signin is not followed, the password goes nowhere else', async () => {
    const accountId = await storedAccount();
    t.sim.faults.add({ method: 'Signin', kind: 'redirect', status: 301, location: `${attacker.url}/1.0/users/authentication/rest/signin` });
    t.ui
      .expectQuickPick(/Pick the platform/, host())
      .expectInputBox(/login/, t.sim.demo.login)
      .expectInputBox(/password/, t.sim.demo.password)
      .expectMessage('error', /redirected to http:\/\/127\.0\.0\.1:\d+ \(HTTP 301\); redirects are not followed/);
    await run(t.ui, 'vap.signInToManageTokens');
    assert.deepEqual(await t.api.accessTokens.tree.getChildren(), [], 'not signed in');
    await assertAccountKept(accountId);
  });

  for (const address of ['http://app.example.com', 'http://evil.test:1', 'http://localhost.evil.test', 'HTTP://APP.EXAMPLE.COM./']) {
    it(`the platform box refuses ${address} (plain http, not loopback) before sending anything`, async () => {
      t.ui.expectRefusedInput(/dashboard/, address, /must be reached over https:\/\//);
      await run(t.ui, 'vap.addAccessToken');
      assert.deepEqual(t.api.services.accounts.list(), []);
      assert.deepEqual(t.sim.requests, []);
    });
  }
});
