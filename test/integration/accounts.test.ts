// Accounts in a real extension host against the platform simulator: Add Access Token, Generate IDE Plugins Token,
// Replace Token, token health, expiry warnings, two platforms, rename/remove, the authentication provider.

import { strict as assert } from 'node:assert';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { getEnvs, PlatformClient } from '../../src/platform';
import { run, typedDate, useAccessFixture } from './accessKit';

const LOGIN = 'demo@example.com';
const PASSWORD = 'demo-password';
const TFA = { login: 'tfa@example.com', password: 'tfa-password' };
const DAY = 24 * 60 * 60 * 1000;

describe('Accounts and access tokens: accounts', () => {
  const t = useAccessFixture();
  const accounts = () => t.api.services.accounts.list();
  const storedToken = (id: string) => t.api.services.accounts.token(id);
  const host = () => new URL(t.sim.url).host;

  /** Add Access Token for the simulator, as a user would, from an empty VS Code. */
  async function addToken(token: string, added: RegExp = /^Added demo@example.com/) {
    t.ui.expectInputBox(/dashboard/, t.sim.url).expectInputBox(/access token/, token).expectMessage('information', added);
    await run(t.ui, 'vap.addAccessToken');
  }

  /** Generate IDE Plugins Token for the demo user, from an empty VS Code (no recent platforms). */
  function scriptGenerate(description: string, expiry: string) {
    return t.ui
      .expectInputBox(/dashboard/, t.sim.url)
      .expectInputBox(/login/, LOGIN)
      .expectInputBox(/password/, PASSWORD)
      .expectInputBox(/description/, description)
      .expectQuickPick(/expire/, expiry);
  }

  describe('Add Access Token', () => {
    it('an address handed in by a link or another extension is normalised like a typed one', async () => {
      const messy = `${t.sim.url.toUpperCase()}/dashboard/?session=x#env`;
      t.ui.expectInputBox(/access token/, t.sim.demo.token).expectMessage('information', /^Added/);
      await run(t.ui, 'vap.addAccessToken', { origin: messy });
      assert.deepEqual(accounts().map((account) => account.origin), [t.sim.url]);
      assert.ok(t.api.services.context.globalState.get<string[]>('vap.recentPlatforms')?.includes(t.sim.url));
    });

    it('an address with user info or another scheme handed in by a command argument is refused, unrepeated', async () => {
      for (const origin of [t.sim.url.replace('http://', 'http://evil@'), t.sim.url.replace('http://', 'ftp://')]) {
        t.ui.expectMessage('error', /Adding the access token failed: The platform address must/);
        await run(t.ui, 'vap.addAccessToken', { origin });
        assert.ok(!t.ui.lastMessage(/Adding the access token failed/).text.includes('evil'));
      }
      assert.deepEqual(accounts(), []);
      assert.equal(t.sim.requests.length, 0);
    });

    it('stores a token only after GetEnvs accepted it, with the user from GetUserInfo', async () => {
      await addToken(`  ${t.sim.demo.token}\n`);
      const tokenBox = t.ui.lastInput(/access token/);
      assert.equal(tokenBox.password, true, 'the token box hides what is typed');
      assert.equal(tokenBox.ignoreFocusOut, true, 'the token box stays open while the user fetches the token');
      assert.match(tokenBox.title ?? '', /Add Access Token \(2\/2\)/);
      const [account] = accounts();
      assert.equal(accounts().length, 1);
      assert.equal(account.origin, t.sim.url);
      assert.equal(account.label, host());
      assert.equal(account.user, LOGIN);
      assert.equal(account.uid, 4784);
      assert.equal(await storedToken(account.id), t.sim.demo.token, 'stored trimmed');
      assert.ok(t.sim.countRequests({ method: 'GetEnvs', auth: 'token' }) >= 1);
      assert.equal(t.api.services.health.get(account.id).status, 'ok');
    });

    it('says a wrong or expired token (702) is refused and stores nothing', async () => {
      const { key } = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', expiresAt: t.sim.clock.now() + 1000 });
      t.sim.clock.advance(2000);
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/access token/, key)
        .expectMessage('error', /refused this token: it is invalid or expired\. Nothing was stored/);
      await run(t.ui, 'vap.addAccessToken');
      assert.deepEqual(accounts(), []);
    });

    it('offers Try Again after a refused token, then stores the right one', async () => {
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/access token/, 'f'.repeat(40))
        .expectMessage('error', /refused this token/, 'Try Again')
        .expectInputBox(/access token/, t.sim.demo.token)
        .expectMessage('information', /^Added/);
      await run(t.ui, 'vap.addAccessToken');
      assert.equal(accounts().length, 1);
    });

    it('says a token without environment methods (8202) lacks them, and stores nothing', async () => {
      const { key } = t.sim.createToken({ login: LOGIN, apiList: ['billing.account.GetAccount'] });
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/access token/, key)
        .expectMessage('error', /^Adding the access token for .* failed: this token may not use environment\.control\.GetEnvs/);
      await run(t.ui, 'vap.addAccessToken');
      assert.deepEqual(accounts(), []);
    });

    it('refuses a bad platform address in the box, before any request', async () => {
      t.ui.expectRefusedInput(/dashboard/, 'http://app.example.com', 'must be reached over https://');
      await run(t.ui, 'vap.addAccessToken');
      t.ui.expectRefusedInput(/dashboard/, 'ftp://app.example.com', 'must start with https://');
      await run(t.ui, 'vap.addAccessToken');
      assert.equal(t.ui.inputs.length, 2, 'never got to the token');
      assert.equal(t.sim.requests.length, 0);
    });

    it('takes the origin of a pasted dashboard URL and offers recent platforms next time (origins only)', async () => {
      await addToken(t.sim.demo.token);
      await t.api.services.accounts.remove(accounts()[0].id);
      assert.deepEqual(t.api.services.context.globalState.get('vap.recentPlatforms'), [t.sim.url]);
      t.ui
        .expectQuickPick(/Pick the platform/, host())
        .expectInputBox(/access token/, t.sim.demo.token)
        .expectMessage('information', /^Added/);
      await run(t.ui, 'vap.addAccessToken');
      t.ui
        .expectQuickPick(/Pick the platform/, 'Enter Another Platform Address')
        .expectInputBox(/dashboard/, `${t.sim.url}/dashboard/#/env?session=${'0'.repeat(8)}`)
        .expectInputBox(/access token/, t.sim.demo.token)
        .expectMessage('information', /^Replaced the token of/);
      await run(t.ui, 'vap.addAccessToken');
      assert.deepEqual(accounts().map((account) => account.origin), [t.sim.url]);
    });

    it('adding the same user again replaces the token instead of duplicating the account', async () => {
      const second = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins' });
      await addToken(t.sim.demo.token);
      const id = accounts()[0].id;
      t.ui
        .expectQuickPick(/platform/, host())
        .expectInputBox(/access token/, second.key)
        .expectMessage('information', /^Replaced the token of demo@example.com/);
      await run(t.ui, 'vap.addAccessToken');
      assert.deepEqual(accounts().map((account) => account.id), [id]);
      assert.equal(await storedToken(id), second.key);
    });
  });

  describe('Generate IDE Plugins Token', () => {
    it('signs in, creates the token with the preset and the chosen expiry, stores it, signs out, offers Copy once', async () => {
      scriptGenerate(`VS Code on ${os.hostname()}`, '90 days').expectMessage(
        'information',
        /^Created the IDE Plugins token “VS Code on .*” and stored it for demo@example.com on .* Its value is shown only now/,
        'Copy',
      );
      const before = Date.now();
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.equal(t.ui.lastInput(/description/).value, `VS Code on ${os.hostname()}`, 'the default description');
      assert.match(t.ui.lastInput(/login/).title ?? '', /Generate IDE Plugins Token \(2\/5\)/);
      const passwordBox = t.ui.lastInput(/password/);
      assert.equal(passwordBox.password, true);
      assert.equal(passwordBox.ignoreFocusOut, true);
      const [account] = accounts();
      const value = (await storedToken(account.id)) as string;
      assert.deepEqual(t.ui.clipboard, [value], 'Copy put the new value on the clipboard');
      assert.equal(t.ui.lastMessage(/^Created/).items.length, 1, 'Copy is the only action');
      assert.equal(account.user, LOGIN);
      assert.equal(account.tokenDescription, `VS Code on ${os.hostname()}`);
      const expiresAt = new Date(account.tokenExpiresAt as string).getTime();
      assert.ok(Math.abs(expiresAt - (before + 90 * DAY)) < 60_000, 'expires in 90 days');
      const created = t.sim.requests.find((request) => request.method === 'CreateToken');
      assert.equal(created?.params.tokenTemplate, 'IDE Plugins');
      assert.equal(created?.auth, 'session');
      assert.equal(created?.params.password, '<redacted>', 'CreateToken carries the password');
      assert.equal(t.sim.countRequests('Signout'), 1, 'signed out at the end');
      assert.equal(t.sim.countRequests({ method: 'Signout', auth: 'session' }), 1);
      await getEnvs(new PlatformClient({ origin: t.sim.url }), value);
    });

    it('asks for the two-factor code when the account has one, and again after a wrong one', async () => {
      const code = t.sim.twoFactorCode(TFA.login);
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, TFA.login)
        .expectInputBox(/password/, TFA.password)
        .expectInputBox(/Two-factor/, code === '000000' ? '111111' : '000000')
        .expectInputBox(/not accepted; 2 attempts left/, ` ${code.slice(0, 3)} ${code.slice(3)} `)
        .expectInputBox(/description/, 'VS Code 2FA')
        .expectQuickPick(/expire/, 'Never')
        .expectMessage('information', /^Created the IDE Plugins token/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.equal(t.ui.lastInput(/Two-factor/).ignoreFocusOut, true, 'the code box waits while the user opens the app');
      const [account] = accounts();
      assert.equal(account.user, TFA.login);
      assert.equal(account.tokenExpiresAt, undefined, 'never expires');
      assert.equal(t.sim.countRequests({ method: 'Verify2FACode', result: 701 }), 1);
      assert.equal(t.sim.countRequests({ method: 'Verify2FACode', result: 0 }), 1);
    });

    it('says a wrong password (701) plainly, offers Try Again with the login kept, stores nothing when abandoned', async () => {
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, LOGIN)
        .expectInputBox(/password/, 'wrong-password')
        .expectMessage('error', /Sign-in to .* failed: wrong login or password/, 'Try Again')
        .expectInputBox(/login/, LOGIN)
        .expectInputBox(/password/, 'wrong-again')
        .expectMessage('error', /wrong login or password/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.equal(t.ui.lastInput(/login/).value, LOGIN, 'the login is kept for the retry');
      assert.deepEqual(accounts(), []);
      assert.equal(t.sim.countRequests('CreateToken'), 0);
    });

    it('a sign-in left idle for 15 minutes while the user answers (a laptop asleep) is not used: no CreateToken', async () => {
      let slept = 0;
      t.api.services.tokenSessions.useTimers({
        now: () => Date.now() + slept,
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
      });
      try {
        t.ui
          .expectInputBox(/dashboard/, t.sim.url)
          .expectInputBox(/login/, LOGIN)
          .expectInputBox(/password/, PASSWORD)
          .expectInputBox(/description/, 'left idle')
          .expectQuickPick(/expire/, (items: readonly vscode.QuickPickItem[]) => {
            slept = 15 * 60 * 1000;
            return items.find((item) => item.label.includes('90 days'));
          })
          .expectMessage('error', /idle for more than 15 minutes and has ended\. Sign in again\./);
        await run(t.ui, 'vap.generateIdePluginsToken');
      } finally {
        t.api.services.tokenSessions.useTimers();
      }
      assert.equal(t.sim.countRequests('CreateToken'), 0, 'the idle sign-in was not used');
      assert.equal(t.sim.countRequests('Signout'), 1, 'and it was signed out');
      assert.deepEqual(accounts(), []);
    });

    it('generates with a date typed by the user', async () => {
      const { text, date } = typedDate(40);
      scriptGenerate('dated', 'Pick a Date').expectInputBox(/Expiry date/, text).expectMessage('information', /^Created/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      const expires = new Date(accounts()[0].tokenExpiresAt as string);
      assert.equal(expires.getDate(), date.getDate());
      assert.equal(expires.getHours(), 23, 'works through the end of that day');
    });
  });

  describe('token health and Replace Token', () => {
    it('a token the platform refuses (702) turns "token invalid" with Replace Token, and is never deleted', async () => {
      const { key } = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', expiresAt: t.sim.clock.now() + DAY });
      await addToken(key);
      const [account] = accounts();
      t.sim.clock.advance(2 * DAY);
      // What the Environments view does with the account's token: call, and hand a failure to the reporter.
      const error = await getEnvs(t.api.services.clients.forOrigin(account.origin), key).then(
        () => assert.fail('the expired token still worked'),
        (failure: unknown) => failure,
      );
      const fresh = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins' });
      t.ui
        .expectMessage('error', /Refreshing environments failed: the access token is invalid, expired or revoked/, 'Replace Token')
        .expectQuickPick(/How do you want to replace it/, 'Paste a Token')
        .expectInputBox(/access token/, fresh.key)
        .expectMessage('information', /^Replaced the token of/);
      const states: string[] = [];
      const listening = t.api.services.health.onDidChange((id) => states.push(t.api.services.health.get(id).status));
      try {
        await t.api.services.reporter.report(error, { operation: 'Refreshing environments', usedToken: true, accountId: account.id });
      } finally {
        listening.dispose();
      }
      t.ui.assertDone();
      assert.equal(states[0], 'rejected');
      assert.deepEqual(accounts().map((a) => a.id), [account.id], 'the same account: never deleted');
      assert.equal(await storedToken(account.id), fresh.key);
      assert.equal(t.api.services.health.get(account.id).status, 'ok');
    });

    it('an expired token is "token invalid" by its date alone', async () => {
      scriptGenerate('short', '30 days').expectMessage('information', /^Created/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      const [account] = accounts();
      assert.equal(t.api.services.health.get(account.id).invalid, false);
      await t.api.services.accounts.update(account.id, { tokenExpiresAt: new Date(Date.now() - 1000).toISOString() });
      const health = t.api.services.health.get(account.id);
      assert.deepEqual([health.status, health.invalid], ['expired', true]);
      assert.ok(await storedToken(account.id), 'still stored');
    });

    it('Replace Token can generate a new IDE Plugins token for the same account', async () => {
      await addToken(t.sim.demo.token);
      const [account] = accounts();
      t.ui
        .expectQuickPick(/How do you want to replace it/, 'Generate a New IDE Plugins Token')
        .expectInputBox(/login/, LOGIN)
        .expectInputBox(/password/, PASSWORD)
        .expectInputBox(/description/, 'replacement')
        .expectQuickPick(/expire/, '90 days')
        .expectMessage('information', /^Created the IDE Plugins token/);
      await run(t.ui, 'vap.replaceToken', account.id);
      assert.equal(t.ui.lastInput(/login/).value, LOGIN, 'the login is prefilled from the account');
      assert.deepEqual(accounts().map((a) => a.id), [account.id]);
      assert.notEqual(await storedToken(account.id), t.sim.demo.token);
      assert.equal(accounts()[0].tokenDescription, 'replacement');
    });

    it('Replace Token from the palette picks among several accounts', async () => {
      await addToken(t.sim.demo.token);
      const other = await t.api.services.accounts.add({ origin: 'https://app.other.example.com', label: 'other' }, 'x'.repeat(24));
      t.ui.expectQuickPick(/Replace Token/, 'other').expectQuickPick(/How do you want/, undefined);
      await run(t.ui, 'vap.replaceToken');
      assert.equal(await storedToken(other.id), 'x'.repeat(24), 'cancelled: nothing changed');
    });
  });

  describe('expiry warnings', () => {
    it('warns once a day before the token VS Code uses expires; Regenerate replaces it in one step', async () => {
      const { text } = typedDate(3);
      scriptGenerate('expiring', 'Pick a Date').expectInputBox(/Expiry date/, text).expectMessage('information', /^Created/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      const [account] = accounts();
      const oldValue = (await storedToken(account.id)) as string;
      const watch = t.api.services.expiryWatch;
      assert.equal(t.api.services.health.get(account.id).status, 'expiring');

      t.ui.expectMessage('warning', /The access token VS Code uses for demo@example.com on .* expires in 3 days/);
      await watch.check();
      t.ui.assertDone();
      assert.deepEqual(t.ui.lastMessage(/expires in 3 days/).items, ['Regenerate', 'Replace Token']);
      const shown = t.ui.messages.length;
      await watch.check();
      assert.equal(t.ui.messages.length, shown, 'not twice on the same day');

      t.ui
        .expectMessage('warning', /expires in 2 days/, 'Regenerate')
        .expectInputBox(/login/, LOGIN)
        .expectInputBox(/password/, PASSWORD)
        .expectQuickPick(/expire/, '90 days')
        .expectMessage('information', /^Regenerated the token of .*; VS Code uses the new value/);
      await watch.check(new Date(Date.now() + DAY));
      t.ui.assertDone();
      const newValue = (await storedToken(account.id)) as string;
      assert.notEqual(newValue, oldValue);
      const client = new PlatformClient({ origin: t.sim.url });
      await getEnvs(client, newValue);
      await assert.rejects(getEnvs(client, oldValue), /702/);
      const renewed = t.api.services.accounts.get(account.id);
      assert.ok(new Date(renewed?.tokenExpiresAt as string).getTime() > Date.now() + 80 * DAY, 'a new expiry');
      assert.equal(t.api.services.health.get(account.id).status, 'ok');
    });

    it('warns about an expired token too, offering Replace Token when VS Code cannot regenerate it', async () => {
      await addToken(t.sim.demo.token);
      const [account] = accounts();
      await t.api.services.accounts.update(account.id, { tokenExpiresAt: new Date(Date.now() - DAY).toISOString() });
      t.ui.expectMessage('warning', /The access token VS Code uses for .* has expired/);
      await t.api.services.expiryWatch.check();
      t.ui.assertDone();
      assert.deepEqual(t.ui.lastMessage(/has expired/).items, ['Replace Token'], 'a pasted token has no known id to regenerate');
    });

    it('says nothing for tokens far from expiry, or when the setting is 0', async () => {
      const { text } = typedDate(20);
      scriptGenerate('later', 'Pick a Date').expectInputBox(/Expiry date/, text).expectMessage('information', /^Created/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      const shown = t.ui.messages.length;
      await t.api.services.expiryWatch.check();
      assert.equal(t.ui.messages.length, shown);
      const config = vscode.workspace.getConfiguration('vap');
      await config.update('tokenExpiryWarningDays', 0, vscode.ConfigurationTarget.Global);
      try {
        await t.api.services.expiryWatch.check(new Date(Date.now() + 19 * DAY));
        assert.equal(t.ui.messages.length, shown);
      } finally {
        await config.update('tokenExpiryWarningDays', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });

  describe('two platforms', () => {
    const two = useAccessFixture({ simulators: 2 });

    it('keeps accounts of two platforms apart; each token only ever goes to its own platform', async () => {
      const [a, b] = two.sims;
      two.ui.expectInputBox(/dashboard/, a.url).expectInputBox(/access token/, a.demo.token).expectMessage('information', /^Added/);
      await run(two.ui, 'vap.addAccessToken');
      two.ui
        .expectQuickPick(/Pick the platform/, 'Enter Another Platform Address')
        .expectInputBox(/dashboard/, b.url)
        .expectInputBox(/access token/, b.demo.token)
        .expectMessage('information', /^Added/);
      await run(two.ui, 'vap.addAccessToken');
      const list = two.api.services.accounts.list();
      assert.deepEqual(list.map((account) => account.origin), [a.url, b.url]);
      assert.equal(await two.api.services.accounts.token(list[0].id), a.demo.token);
      assert.equal(await two.api.services.accounts.token(list[1].id), b.demo.token);
      assert.equal(a.countRequests((request) => request.auth === 'invalid'), 0, "b's token never reached a");
      assert.equal(b.countRequests((request) => request.auth === 'invalid'), 0, "a's token never reached b");
      two.ui.expectQuickPick(/Remove Accounts/, [list[0].label]).expectMessage('warning', /Remove .* from VS Code\?/, 'Remove');
      await run(two.ui, 'vap.removeAccount');
      assert.deepEqual(two.api.services.accounts.list().map((account) => account.id), [list[1].id]);
      assert.equal(await two.api.services.accounts.token(list[0].id), undefined, 'the secret went with the account');
    });
  });

  describe('Rename and Remove', () => {
    it('renames an account; an empty name restores the host', async () => {
      await addToken(t.sim.demo.token);
      const [account] = accounts();
      t.ui.expectInputBox(/name VS Code shows/, 'Work');
      await run(t.ui, 'vap.renameAccount', account.id);
      assert.equal(accounts()[0].label, 'Work');
      t.ui.expectInputBox(/name VS Code shows/, '');
      await run(t.ui, 'vap.renameAccount', { accountId: account.id });
      assert.equal(accounts()[0].label, host());
    });

    it('asks before removing, and removing deletes the token from secret storage', async () => {
      await addToken(t.sim.demo.token);
      const [account] = accounts();
      t.ui.expectMessage('warning', /Remove demo@example.com on .* from VS Code\?/);
      await run(t.ui, 'vap.removeAccount', account.id);
      assert.equal(t.ui.lastMessage(/Remove/).modal, true);
      assert.equal(accounts().length, 1, 'dismissing keeps it');
      t.ui.expectMessage('warning', /from VS Code\?/, 'Remove');
      await run(t.ui, 'vap.removeAccount', account.id);
      assert.deepEqual(accounts(), []);
      assert.equal(await storedToken(account.id), undefined);
    });
  });

  describe('authentication provider', () => {
    it('announces accounts as sessions of provider "vap"; signing out there removes the account and its token', async () => {
      const announced = new Promise<void>((resolve) => {
        const listening = vscode.authentication.onDidChangeSessions((event) => {
          if (event.provider.id === 'vap') {
            listening.dispose();
            resolve();
          }
        });
      });
      await addToken(t.sim.demo.token);
      await announced;
      const [account] = accounts();
      const provider = t.api.services.authentication;
      // No scopes at all: VS Code's own Accounts menu lists every account.
      const sessions = await provider.getSessions(undefined);
      assert.deepEqual(
        sessions.map((session) => [session.id, session.accessToken, session.account.label]),
        [[account.id, t.sim.demo.token, `demo@example.com on ${host()}`]],
      );
      assert.deepEqual((await provider.getSessions([t.sim.url])).map((session) => session.scopes), [[t.sim.url]], 'scopes are platform addresses');
      assert.equal((await provider.getSessions(['https://app.other-platform.com'])).length, 0);
      await provider.removeSession(account.id);
      assert.deepEqual(accounts(), []);
      assert.equal(await storedToken(account.id), undefined);
    });

    it('fails closed: a session only for scopes that are exactly one platform address with an account', async () => {
      await addToken(t.sim.demo.token);
      const provider = t.api.services.authentication;
      const origin = t.sim.url;
      const refused = [[], ['*'], [origin, origin], [origin, 'https://app.other-platform.com'], [`${origin}/path`], [`${origin}/?x=1`],
        [`${origin}#frag`], [origin.replace('http://', 'ftp://')], [origin.replace('http://', 'http://user@')], ['vap'], ['']];
      for (const scopes of refused) assert.deepEqual(await provider.getSessions(scopes), [], JSON.stringify(scopes));
      for (const scopes of [[origin], [`${origin}/`], [origin.toUpperCase()], [` ${origin} `]]) {
        assert.deepEqual((await provider.getSessions(scopes)).map((session) => session.accessToken), [t.sim.demo.token], JSON.stringify(scopes));
      }
      // Through VS Code's own API, as another extension calls it: nothing for no address, and none of our prompts.
      assert.equal(await vscode.authentication.getSession('vap', [], { silent: true }), undefined);
      assert.equal(await vscode.authentication.getSession('vap', ['*'], { silent: true }), undefined);
      t.ui.assertDone();
    });

    it('createIfNone for an address without an account asks first, for that address and on behalf of that extension', async () => {
      t.ui
        .expectMessage('warning', new RegExp(`An extension asks for access to your Virtuozzo Application Platform account on ${host().replace(/\./g, '\\.')}`), 'Add Access Token')
        .expectInputBox(/access token/, t.sim.demo.token)
        .expectMessage('information', /^Added/);
      const session = await t.api.services.authentication.createSession([t.sim.url.toUpperCase()]);
      t.ui.assertDone();
      const question = t.ui.lastMessage(/asks for access/);
      assert.equal(question.modal, true, 'a modal question');
      assert.match(question.detail ?? '', /on behalf of that extension/);
      assert.equal(t.ui.lastInput(/access token/).value, undefined, 'the token box is never pre-filled');
      assert.equal(session.accessToken, t.sim.demo.token);
      assert.deepEqual(session.scopes, [t.sim.url]);
      assert.equal(accounts()[0].origin, t.sim.url);
    });

    it('createIfNone adds nothing when declined, and asks nothing for scopes that are not one address', async () => {
      t.ui.expectMessage('warning', /asks for access/, undefined);
      await assert.rejects(t.api.services.authentication.createSession([t.sim.url]), /No access token was added/);
      for (const scopes of [[], ['*'], [t.sim.url, 'https://app.other-platform.com'], ['ftp://app.example.com']]) {
        await assert.rejects(t.api.services.authentication.createSession(scopes), /without naming exactly one platform address/);
      }
      t.ui.assertDone();
      assert.deepEqual(accounts(), []);
      assert.equal(t.sim.requests.length, 0, 'nothing was sent anywhere');
    });
  });
});
