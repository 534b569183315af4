// Two-factor sign-in through the real UI in the extension host, against the simulator (platform-api.md "Two-factor
// sign-in"): Signin gives a restricted session, the code is asked for only then, Verify2FACode makes it valid. Every
// flow that signs in: Generate IDE Plugins Token, Sign In to Manage Tokens, Replace Token, Regenerate Account Token.

import { strict as assert } from 'node:assert';
import { getEnvs, PlatformClient } from '../../src/platform';
import { run, useAccessFixture } from './accessKit';

const TFA = { login: 'tfa@example.com', password: 'tfa-password' };

describe('Two-factor sign-in', () => {
  const t = useAccessFixture();
  const accounts = () => t.api.services.accounts.list();
  const code = () => t.sim.twoFactorCode(TFA.login);
  const wrongCode = () => (code() === '000000' ? '111111' : '000000');
  /** The platform, login and password boxes of a flow that starts from an empty VS Code. */
  const credentials = () => t.ui.expectInputBox(/dashboard/, t.sim.url).expectInputBox(/login/, TFA.login).expectInputBox(/password/, TFA.password);
  const methods = () => t.sim.requests.map((request) => request.method);

  it('Generate IDE Plugins Token: the code is asked for after Signin said so, and goes to Verify2FACode', async () => {
    let requestsBeforeCode: (string | undefined)[] = [];
    credentials()
      .expectInputBox(/Two-factor authentication: the six-digit code/, code())
      .expectInputBox(/description/, 'VS Code 2FA')
      .expectQuickPick(/expire/, '90 days')
      .expectMessage('information', /^Created the IDE Plugins token/);
    const seen = t.ui.showInputBox.bind(t.ui);
    t.ui.showInputBox = (options) => {
      if (/Two-factor/.test(options.prompt ?? '')) requestsBeforeCode = methods();
      return seen(options);
    };
    await run(t.ui, 'vap.generateIdePluginsToken');
    assert.deepEqual(requestsBeforeCode, ['Signin'], 'asked only once the platform said a code is needed');
    assert.deepEqual(methods(), ['Signin', 'Verify2FACode', 'CreateToken', 'Signout']);
    const signin = t.sim.requests[0];
    assert.deepEqual(Object.keys(signin.params).sort(), ['login', 'password'], 'no code on Signin');
    const verify = t.sim.requests[1];
    assert.deepEqual([verify.auth, verify.params.code], ['restricted', '<redacted>']);
    assert.equal(t.sim.requests[2].auth, 'session', 'CreateToken ran on the now valid session');
    const [account] = accounts();
    assert.equal(account.user, TFA.login);
    assert.equal(account.uid, 5120);
    assert.equal((await getEnvs(new PlatformClient({ origin: t.sim.url }), (await t.api.services.accounts.token(account.id)) as string))[0].envName, 'tfa-app');
    assert.equal(t.ui.lastInput(/Two-factor/).password, undefined, 'a one-time code is shown while typed, like the dashboard');
    assert.match(t.ui.lastInput(/Two-factor/).title ?? '', /\(3\/5\)/, 'the code reuses the password step');
  });

  it('a wrong code gets a clear message and another try, as many as the platform allows (attemptsLeft)', async () => {
    credentials()
      .expectInputBox(/Two-factor/, wrongCode())
      .expectInputBox(/not accepted; 2 attempts left/, wrongCode())
      .expectInputBox(/not accepted; 1 attempt left/, wrongCode())
      .expectMessage('error', /No code was accepted for tfa@example.com/, 'Sign In Again')
      .expectInputBox(/login/, TFA.login)
      .expectInputBox(/password/, TFA.password)
      .expectInputBox(/Two-factor/, code())
      .expectInputBox(/description/, 'second try')
      .expectQuickPick(/expire/, 'Never')
      .expectMessage('information', /^Created the IDE Plugins token/);
    await run(t.ui, 'vap.generateIdePluginsToken');
    assert.equal(t.sim.countRequests({ method: 'Verify2FACode', result: 701 }), 3);
    assert.equal(t.sim.countRequests('Signin'), 2, 'a new sign-in after the attempts ran out');
    assert.equal(accounts().length, 1);
    assert.equal(t.sim.countSessions({ restricted: true }), 0);
  });

  for (const reply of ['result3', 'result1', 'http401', 'http400'] as const) {
    it(`a wrong code answered as ${reply} is "not accepted" too`, async () => {
      t.sim.variants.wrongCodeReply = reply;
      credentials()
        .expectInputBox(/Two-factor/, wrongCode())
        .expectInputBox(/not accepted; \d attempts? left/, code())
        .expectInputBox(/description/, reply)
        .expectQuickPick(/expire/, '90 days')
        .expectMessage('information', /^Created the IDE Plugins token/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.equal(accounts().length, 1);
    });
  }

  it('Cancel at the code signs the restricted session out and stores nothing', async () => {
    credentials().expectInputBox(/Two-factor/, undefined);
    await run(t.ui, 'vap.generateIdePluginsToken');
    assert.deepEqual(accounts(), []);
    assert.equal(t.sim.countRequests({ method: 'Signout', auth: 'restricted' }), 1);
    assert.equal(t.sim.countSessions(), 0, 'no session left on the platform');
    assert.equal(t.sim.countRequests('CreateToken'), 0);
  });

  it('an account that must use 2FA but has not set it up is sent to the dashboard, and signed out', async () => {
    t.sim.addAccount({ login: 'unset@example.com', password: 'unset-password', twoFactorSecret: 'VAPUNSETVAPUNSET', twoFactorConfigured: false });
    t.ui
      .expectInputBox(/dashboard/, t.sim.url)
      .expectInputBox(/login/, 'unset@example.com')
      .expectInputBox(/password/, 'unset-password')
      .expectMessage('error', /must use two-factor authentication, which is not set up yet\. Set it up in the dashboard \(Settings → Account\)/, 'Open Dashboard');
    await run(t.ui, 'vap.generateIdePluginsToken');
    assert.deepEqual(t.ui.opened.map((uri) => uri.replace(/\/$/, '')), [t.sim.url]);
    assert.equal(t.sim.countRequests('Verify2FACode'), 0, 'no code asked, none sent');
    assert.equal(t.sim.countSessions(), 0);
    assert.deepEqual(accounts(), []);
  });

  it('a restricted session that timed out waiting for the code: Sign In Again', async () => {
    credentials().expectInputBox(/Two-factor/, code());
    const seen = t.ui.showInputBox.bind(t.ui);
    t.ui.showInputBox = (options) => {
      if (/Two-factor/.test(options.prompt ?? '')) t.sim.clock.advance(5 * 60_000);
      return seen(options);
    };
    t.ui.expectMessage('error', /The sign-in to .* ended before a code was accepted/, undefined);
    await run(t.ui, 'vap.generateIdePluginsToken');
    assert.equal(t.sim.countRequests({ method: 'Verify2FACode', result: 702 }), 1);
    assert.deepEqual(t.ui.lastMessage(/ended before a code/).items, ['Sign In Again']);
    assert.deepEqual(accounts(), []);
  });

  it('Sign In to Manage Tokens: the view signs in with the verified session', async () => {
    t.sim.variants.verifyAnswer = 'newSession';
    credentials().expectInputBox(/Two-factor/, code());
    await run(t.ui, 'vap.signInToManageTokens');
    const [session] = t.api.services.tokenSessions.list();
    assert.equal(session.owner.login, TFA.login);
    const tree = t.api.accessTokens.tree;
    assert.equal(tree.getTreeItem((await tree.getChildren())[0]).label, TFA.login);
    const rows = await tree.getChildren((await tree.getChildren())[0]);
    assert.deepEqual(rows.map((row) => tree.getTreeItem(row).label), ['No access tokens yet'], 'GetTokens worked on the verified session');
    assert.equal(t.sim.countRequests({ method: 'GetTokens', result: 0 }), 1);
  });

  it('Replace Token → Generate asks for the code of the account it replaces for', async () => {
    const { id, key } = t.sim.createToken({ login: TFA.login, template: 'IDE Plugins' });
    const account = await t.api.services.accounts.add({ origin: t.sim.url, label: 'tfa', user: TFA.login, uid: 5120, tokenId: id }, key);
    t.ui
      .expectQuickPick(/How do you want to replace it/, 'Generate a New IDE Plugins Token')
      .expectInputBox(/login/, TFA.login)
      .expectInputBox(/password/, TFA.password)
      .expectInputBox(/Two-factor/, code())
      .expectInputBox(/description/, 'replacement')
      .expectQuickPick(/expire/, '90 days')
      .expectMessage('information', /^Created the IDE Plugins token/);
    await run(t.ui, 'vap.replaceToken', account.id);
    assert.notEqual(await t.api.services.accounts.token(account.id), key);
    assert.equal(t.sim.countRequests({ method: 'Verify2FACode', result: 0 }), 1);
  });

  it('Regenerate Account Token signs in with the code, then edits (whole state) and regenerates', async () => {
    const { id, key } = t.sim.createToken({ login: TFA.login, template: 'IDE Plugins', description: 'mine' });
    const account = await t.api.services.accounts.add({ origin: t.sim.url, label: 'tfa', user: TFA.login, uid: 5120, tokenId: id }, key);
    t.ui
      .expectInputBox(/login/, TFA.login)
      .expectInputBox(/password/, TFA.password)
      .expectInputBox(/Two-factor/, code())
      .expectQuickPick(/expire/, '90 days')
      .expectMessage('information', /^Regenerated the token of tfa/);
    await run(t.ui, 'vap.regenerateAccountToken', account.id);
    // The flow's own requests. A GetEnvs may come besides them from the Environments view reading the new account when
    // an earlier suite left that view open (it refreshes on every account change): that one is the view's, not the flow's.
    const flow = methods().filter((method) => method !== 'GetEnvs');
    assert.deepEqual(flow, ['Signin', 'Verify2FACode', 'GetTokens', 'EditToken', 'RegenerateToken', 'Signout']);
    const edit = t.sim.requests.find((request) => request.method === 'EditToken');
    assert.deepEqual([edit?.params.description, edit?.params.tokenTemplate], ['mine', 'IDE Plugins'], 'the whole token travels');
    const regenerate = t.sim.requests.find((request) => request.method === 'RegenerateToken');
    assert.deepEqual([regenerate?.params.id, regenerate?.params.ids], [String(id), String(id)]);
    assert.notEqual(await t.api.services.accounts.token(account.id), key);
  });
});
