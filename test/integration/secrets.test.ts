// Secrets in the wrong place (issue 6): tokens pasted with whitespace or into the wrong box, and proof that the
// no-secret sweep and the stray-error check that run after every test (afterEveryTest.ts) find what they look for.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { describeLeaks, findLeaks } from '../sweep/findLeaks';
import { run, useAccessFixture } from './accessKit';
import { strayErrors } from './afterEveryTest';
import { findExtensionLeaks, testSecrets } from './noSecretSweep';
import { extensionSurfaces } from './secretSurfaces';

const TFA = { login: 'tfa@example.com', password: 'tfa-password' };

describe('No secret in any output', () => {
  const t = useAccessFixture();

  /** Nothing of this test's secrets anywhere, and the token nowhere in what the UI showed. */
  async function assertNowhere(secret: string): Promise<void> {
    assert.ok(!t.ui.shown.some((text) => text.includes(secret)), 'the UI showed the pasted value');
    assert.ok(!t.api.logLines.some((line) => line.includes(secret)), 'the log holds the pasted value');
    const leaks = await findExtensionLeaks(t.api);
    assert.equal(leaks.length, 0, describeLeaks(leaks));
  }

  describe('pasting', () => {
    it('a token pasted with spaces, tabs and newlines into Add Access Token is stored trimmed, and works', async () => {
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/access token/, `\t  ${t.sim.demo.token} \r\n\t`)
        .expectMessage('information', /^Added demo@example.com/);
      await run(t.ui, 'vap.addAccessToken');
      const [account] = t.api.services.accounts.list();
      assert.equal(await t.api.services.accounts.token(account.id), t.sim.demo.token, 'stored without the whitespace');
      // Works: the Environments view loads this account's environments with the stored value.
      await t.api.environments.store.load(account.id);
      const view = t.api.environments.store.view(account.id);
      assert.equal(view.status, 'loaded');
      assert.ok(view.envs.length > 0);
    });

    for (const [what, pasted] of [
      ['as is', (token: string) => token],
      ['with whitespace around it', (token: string) => ` ${token}\n`],
      ['behind https://', (token: string) => `https://${token}`],
    ] as const) {
      it(`a token pasted into the platform address box (${what}) is refused without its value in the message, the log or anywhere`, async () => {
        const token = t.sim.demo.token;
        t.ui.expectRefusedInput(/dashboard/, pasted(token), /looks like an access token, not a platform address/);
        await run(t.ui, 'vap.addAccessToken');
        assert.equal(t.ui.validationMessages.length, 1);
        assert.ok(!t.ui.validationMessages[0].includes(token), 'the validation message repeats the token');
        assert.deepEqual(t.api.services.accounts.list(), []);
        assert.equal(t.sim.requests.length, 0, 'nothing was sent anywhere');
        await assertNowhere(token);
      });
    }

    it('a token pasted into the login box is refused there, before the password prompt could repeat it', async () => {
      const token = t.sim.demo.token;
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectRefusedInput(/login/, token, /looks like an access token, not a login/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.equal(t.sim.requests.length, 0, 'no sign-in was tried with it');
      await assertNowhere(token);
    });

    it('a password typed into the two-factor box is not repeated by the retry prompt; a token there is refused, not shown', async () => {
      const token = t.sim.demo.token;
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, TFA.login)
        .expectInputBox(/password/, TFA.password)
        .expectInputBox(/Two-factor/, TFA.password)
        .expectRefusedInput(/not accepted/, token, /too long/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.equal(t.sim.countRequests({ method: 'Verify2FACode', result: 701 }), 1, 'the wrong code reached the platform');
      await assertNowhere(TFA.password);
      await assertNowhere(token);
    });
  });

  describe('the platform repeating a secret back', () => {
    // Masked twice: by the platform layer (a platform may echo what we sent) and by the log's redactor.
    it('a token in a platform error message is masked in the message shown and in the log', async () => {
      const token = t.sim.demo.token;
      // Not [session]: "invalid parameter [session]" means the token is dead (handled like 702, no platform words shown).
      t.sim.faults.add({ method: 'GetEnvs', kind: 'json', body: { result: 3, error: `invalid parameter [lazy]: ${token}`, source: 'JEL' } });
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/access token/, token)
        .expectMessage('error', /The platform says: invalid parameter \[lazy\]: /);
      await run(t.ui, 'vap.addAccessToken');
      assert.match(t.ui.lastMessage(/The platform says/).text, /invalid parameter \[lazy\]: (\*\*\*|<redacted>)$/);
      assert.ok(t.api.logLines.some((line) => /invalid parameter \[lazy\]: (\*\*\*|<redacted>)$/.test(line)), t.api.logLines.join('\n'));
      await assertNowhere(token);
    });

    it('a password in a platform error message is masked in the message shown and in the log', async () => {
      const password = t.sim.demo.password;
      t.sim.faults.add({ method: 'CreateToken', kind: 'json', body: { result: 99, error: `could not check ${password} now` } });
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, t.sim.demo.login)
        .expectInputBox(/password/, password)
        .expectInputBox(/description/, 'masked')
        .expectQuickPick(/expire/, '90 days')
        .expectMessage('error', /The platform says: could not check /);
      await run(t.ui, 'vap.generateIdePluginsToken');
      assert.match(t.ui.lastMessage(/The platform says/).text, /could not check (\*\*\*|<redacted>) now/);
      assert.ok(t.api.logLines.some((line) => /could not check (\*\*\*|<redacted>) now/.test(line)), t.api.logLines.join('\n'));
      await assertNowhere(password);
    });
  });

  describe('the sweep after every test', () => {
    it('looks for the secrets the test\'s simulators issued, were seeded with and received, and for what was typed into password boxes', async () => {
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, t.sim.demo.login)
        .expectInputBox(/password/, 'typed-wrong-password')
        .expectMessage('error', /wrong login or password/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      const kinds = (value: string) => testSecrets().filter((secret) => secret.value === value).map((secret) => secret.kind);
      assert.deepEqual(kinds(t.sim.demo.token), ['token']);
      assert.deepEqual(kinds(t.sim.demo.password), ['password']);
      assert.deepEqual(kinds('VAPDEMOTWOFACTOR'), ['2FA code'], "the 2FA account's TOTP secret");
      assert.deepEqual(kinds('typed-wrong-password'), ['password', 'value typed into a password box'], 'received by the simulator, and typed');
    });

    it('finds a secret shown, stored, put in settings or logged through the extension\'s own channels, naming where and what, never the value', async () => {
      // Values no simulator knows, so the sweep after this test does not trip over them in the log, which stays.
      const secrets = [
        { kind: 'token', value: `probe-token-${Date.now().toString(36)}-shown` },
        { kind: 'password', value: `probe pass/word ${Date.now().toString(36)}` },
      ];
      const [token, password] = secrets.map((secret) => secret.value);
      const config = vscode.workspace.getConfiguration('vap');
      await t.api.services.prompts.ui.showInformationMessage(`Your token is ${token}`, {});
      await t.api.services.context.globalState.update('vap.sweepProbe', { note: `https://example.com/?p=${encodeURIComponent(password)}` });
      await config.update('workspaceEnvironment', { platform: token, envName: 'probe' }, vscode.ConfigurationTarget.Global);
      t.api.services.log.info(`probe: ${password}`);
      try {
        const leaks = findLeaks(await extensionSurfaces(t.api), secrets);
        const where = leaks.map((leak) => `${leak.kind} ${leak.form} in ${leak.surface}`);
        for (const expected of [
          /^token as is in the UI/,
          /^password URL-encoded in globalState "vap.sweepProbe"/,
          /^token as is in the setting vap.workspaceEnvironment/,
          /^token as is in the user settings.json/,
          /^password as is in the log \(kept lines\)/,
        ]) {
          assert.ok(where.some((text) => expected.test(text)), `no ${String(expected)} among ${JSON.stringify(where)}`);
        }
        const report = describeLeaks(leaks);
        for (const value of [token, password]) assert.ok(!report.includes(value), 'the report repeats a secret');
        assert.match(report, /a password in the log \(kept lines\): …[^\n]*\[info\] probe: ‹secret›…/);
      } finally {
        await t.api.services.context.globalState.update('vap.sweepProbe', undefined);
        await config.update('workspaceEnvironment', undefined, vscode.ConfigurationTarget.Global);
        t.ui.shown.length = 0;
      }
    });

    it('catches an unhandled rejection from our code, and only from our code', async () => {
      void Promise.reject(new Error('probe: nobody handles this'));
      await new Promise((resolve) => setImmediate(resolve));
      const caught = strayErrors.take();
      assert.deepEqual(caught.map((error) => [error.kind, error.message]), [['unhandled rejection', 'probe: nobody handles this']]);
      const elsewhere = new Error('not ours');
      elsewhere.stack = 'Error: not ours\n    at somewhere (/usr/lib/code-server/lib/vscode/out/vs/workbench/api/node/extensionHostProcess.js:1:1)';
      strayErrors.note('unhandled rejection', elsewhere);
      assert.deepEqual(strayErrors.take(), [], 'VS Code\'s own rejections are not ours');
    });

    it('catches a deprecation warning from our code', async () => {
      process.emitWarning('probe: a deprecated call', { type: 'DeprecationWarning', code: 'VAP_PROBE' });
      // Node emits warnings on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(strayErrors.take().map((error) => [error.kind, error.message]), [['deprecation warning', 'probe: a deprecated call']]);
    });
  });
});
