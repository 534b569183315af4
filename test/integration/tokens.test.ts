// The Access Tokens view in a real extension host against the platform simulator: the management sign-in and how it
// ends, every toolbar action of the dashboard (Generate with each preset and Custom, Edit, Regenerate, Copy, Remove
// with multi-select, Refresh), the password on every change, the value shown once, and the token VS Code itself uses.

import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AccessToken, getEnvs, PlatformClient } from '../../src/platform';
import { platformTokens as readPlatformTokens, run, tokenRows, TokenRowView, useAccessFixture } from './accessKit';

const LOGIN = 'demo@example.com';
const PASSWORD = 'demo-password';
const PRESETS = ['Extended Access', 'IDE Plugins', 'Marketplace', 'Maven Plugin'];
const DAY = 24 * 60 * 60 * 1000;

describe('Accounts and access tokens: the Access Tokens view', () => {
  const t = useAccessFixture();
  const tree = () => t.api.accessTokens.tree;
  const client = () => new PlatformClient({ origin: t.sim.url });

  /** What the platform has now, read with the test's own sign-in. */
  const platformTokens = (): Promise<AccessToken[]> => readPlatformTokens(t.sim, LOGIN, PASSWORD);

  async function platformToken(description: string): Promise<AccessToken> {
    const found = (await platformTokens()).find((token) => token.description === description);
    assert.ok(found, `the platform has no token "${description}"`);
    return found;
  }

  async function signInToManage() {
    t.ui.expectInputBox(/dashboard/, t.sim.url).expectInputBox(/login/, LOGIN).expectInputBox(/password/, PASSWORD);
    await run(t.ui, 'vap.signInToManageTokens');
    t.sim.clearRequests();
  }

  async function row(label: string): Promise<TokenRowView> {
    const found = (await tokenRows(t.api)).find((entry) => entry.label === label);
    assert.ok(found, `no row "${label}"`);
    return found;
  }

  /** The Generate form: description, expiry, API. */
  const form = (description: string, expiry: string, api: string) =>
    t.ui.expectInputBox(/Description/, description).expectQuickPick(/expire/, expiry).expectQuickPick(/API methods/, api);

  const password = (value = PASSWORD) => t.ui.expectInputBox(/Confirm with the password/, value);

  describe('the management sign-in', () => {
    it('signs in with login and password and lists the tokens; the session lives in memory only', async () => {
      assert.deepEqual(await tree().getChildren(), [], 'empty: the welcome view offers Sign In');
      await signInToManage();
      const [sessionNode] = await tree().getChildren();
      const sessionItem = tree().getTreeItem(sessionNode);
      assert.equal(sessionItem.label, LOGIN);
      assert.equal(sessionItem.description, new URL(t.sim.url).host);
      assert.equal(sessionItem.contextValue, 'vap.tokenSession');
      const demo = await row('IDE Plugins (simulator demo)');
      assert.match(demo.description, /^IDE Plugins · no expiry · (never used|used .*)$/);
      assert.equal(demo.contextValue, 'vap.token');
      assert.equal(demo.icon, 'key');
      assert.match(demo.tooltip, /API: IDE Plugins \(\d+ methods\)/);
      assert.equal(t.ui.lastInput(/password/).password, true);
    });

    it('signs in with a two-factor code', async () => {
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, 'tfa@example.com')
        .expectInputBox(/password/, 'tfa-password')
        .expectInputBox(/Two-factor/, t.sim.twoFactorCode('tfa@example.com'));
      await run(t.ui, 'vap.signInToManageTokens');
      const [sessionNode] = await tree().getChildren();
      assert.equal(tree().getTreeItem(sessionNode).label, 'tfa@example.com');
    });

    it('says a wrong password plainly and keeps nobody signed in', async () => {
      t.ui
        .expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/login/, LOGIN)
        .expectInputBox(/password/, 'nope-nope')
        .expectMessage('error', /wrong login or password/);
      await run(t.ui, 'vap.signInToManageTokens');
      assert.deepEqual(await tree().getChildren(), []);
    });

    it('Sign Out ends the platform session and empties the view', async () => {
      await signInToManage();
      const [sessionNode] = await tree().getChildren();
      await run(t.ui, 'vap.signOutOfTokenManagement', sessionNode);
      assert.deepEqual(await tree().getChildren(), []);
      assert.equal(t.sim.countRequests('Signout'), 1);
    });

    it('ends after 15 idle minutes (the idle clock moved by the test)', async () => {
      await signInToManage();
      const sessions = t.api.services.tokenSessions;
      assert.deepEqual(await sessions.expireIdle(Date.now() + 14 * 60_000), [], 'not yet');
      assert.equal((await sessions.expireIdle(Date.now() + 15 * 60_000 + 1000)).length, 1);
      assert.deepEqual(await tree().getChildren(), []);
      assert.equal(t.sim.countRequests('Signout'), 1, 'signed out on the platform too');
    });

    it('says when the platform ended the sign-in, offering Sign In', async () => {
      await signInToManage();
      t.sim.clock.advance(25 * 60 * 60 * 1000);
      t.ui.expectMessage('error', /Loading the access tokens on .* failed: your sign-in has ended\. Sign in again/);
      await run(t.ui, 'vap.tokens.refresh');
      assert.deepEqual(await tree().getChildren(), []);
      assert.deepEqual(t.ui.lastMessage(/sign-in has ended/).items, ['Sign In']);
    });

    it('keeps sign-ins of two users side by side', async () => {
      await signInToManage();
      t.ui
        .expectQuickPick(/platform/, new URL(t.sim.url).host)
        .expectInputBox(/login/, 'tfa@example.com')
        .expectInputBox(/password/, 'tfa-password')
        .expectInputBox(/Two-factor/, t.sim.twoFactorCode('tfa@example.com'));
      await run(t.ui, 'vap.signInToManageTokens');
      const labels = (await tree().getChildren()).map((node) => tree().getTreeItem(node).label);
      assert.deepEqual(labels, [LOGIN, 'tfa@example.com']);
      t.ui.expectQuickPick(/Which sign-in should end/, 'tfa@example.com');
      await run(t.ui, 'vap.signOutOfTokenManagement');
      assert.deepEqual((await tree().getChildren()).map((node) => tree().getTreeItem(node).label), [LOGIN]);
    });
  });

  describe('Generate', () => {
    for (const preset of PRESETS) {
      it(`generates a token with the ${preset} preset and shows its value once`, async () => {
        await signInToManage();
        const [sessionNode] = await tree().getChildren();
        form(`with ${preset}`, '30 days', preset);
        password();
        t.ui
          .expectMessage('information', new RegExp(`^Created “with ${preset}” on `), 'Copy')
          .expectMessage('information', /Copied to the clipboard/);
        await run(t.ui, 'vap.tokens.generate', sessionNode);
        const first = t.ui.lastMessage(new RegExp(`^Created “with ${preset}” on [^ ]+\\.$`));
        assert.equal(first.modal, true);
        assert.deepEqual(first.items, ['Copy', 'Save to File…', 'Use in VS Code']);
        assert.match(first.detail ?? '', /shown only this once/);
        const made = await platformToken(`with ${preset}`);
        assert.equal(made.template?.name, preset);
        const days = ((made.expiresAt as Date).getTime() - Date.now()) / DAY;
        assert.ok(days > 29.9 && days < 30.1, `expires in ${days} days`);
        const [value] = t.ui.clipboard;
        assert.match(value, /^[0-9a-f]{40}$/);
        await getEnvs(client(), value).catch((error: Error) => assert.match(error.message, /8202/, 'a live token'));
        assert.match((await row(`with ${preset}`)).description, new RegExp(`^${preset} · expires in 30 days · never used$`));
        const passwordBox = t.ui.lastInput(/Confirm with the password/);
        assert.equal(passwordBox.password, true);
        assert.equal(passwordBox.ignoreFocusOut, true);
      });
    }

    it('generates a Custom token from a searchable checklist of methods, with "only checked" and API docs links', async () => {
      await signInToManage();
      const wanted = ['environment.control.GetEnvs', 'environment.control.StopEnv', 'environment.file.Read'];
      form('custom one', 'Never', 'Custom');
      t.ui.expectChecklist(/Check the methods/, (items) => items.filter((item) => wanted.includes(item.description ?? '')));
      password();
      t.ui.expectMessage('information', /^Created “custom one”/);
      await run(t.ui, 'vap.tokens.generate');
      const [options] = t.ui.checklists;
      assert.equal(options.onlyCheckedToggle, true);
      assert.equal(options.requireOne, true);
      assert.equal(options.itemButton?.tooltip, 'Open API Documentation');
      assert.ok(t.ui.shown.includes('environment.control'), 'methods are grouped by service');
      const made = await platformToken('custom one');
      assert.equal(made.template, undefined);
      assert.deepEqual([...made.methods].sort(), wanted);
      assert.equal(made.expiresAt, undefined);
      assert.equal((await row('custom one')).description, 'Custom · no expiry · never used');
    });

    it('asks the password again after a wrong one (801)', async () => {
      await signInToManage();
      form('retry', '90 days', 'IDE Plugins');
      password('not-the-password');
      t.ui.expectInputBox(/The password was wrong/, PASSWORD).expectMessage('information', /^Created “retry”/);
      await run(t.ui, 'vap.tokens.generate');
      assert.equal(t.sim.countRequests({ method: 'CreateToken', result: 801 }), 1);
      await platformToken('retry');
    });

    it('Save to File writes the value with owner-only permissions; Use in VS Code adds the account', async () => {
      await signInToManage();
      const file = path.join(os.tmpdir(), `vap-token-${Date.now()}.txt`);
      form('for a file', '90 days', 'IDE Plugins');
      password();
      t.ui
        .expectMessage('information', /^Created “for a file”/, 'Save to File…')
        .expectSaveDialog(/Save Access Token/, vscode.Uri.file(file))
        .expectMessage('information', /Saved to vap-token-/, 'Use in VS Code')
        .expectMessage('information', /Added .*: VS Code now uses this token for it/);
      await run(t.ui, 'vap.tokens.generate');
      assert.deepEqual(t.ui.lastMessage(/Saved to/).items, ['Copy', 'Use in VS Code']);
      assert.deepEqual(t.ui.lastMessage(/VS Code now uses/).items, ['Copy']);
      const value = (await fs.readFile(file, 'utf8')).trim();
      assert.match(value, /^[0-9a-f]{40}$/);
      assert.equal((await fs.stat(file)).mode & 0o777, 0o600);
      await fs.unlink(file);
      const [account] = t.api.services.accounts.list();
      assert.equal(await t.api.services.accounts.token(account.id), value);
      assert.equal(account.user, LOGIN);
      assert.equal(account.tokenDescription, 'for a file');
      const marked = await row('for a file');
      assert.equal(marked.contextValue, 'vap.token.inUse');
      assert.equal(marked.icon, 'pass-filled');
      assert.match(marked.description, /^used by VS Code · IDE Plugins · /);
      assert.equal((await tokenRows(t.api))[0].label, 'for a file', 'the token in use comes first');
    });

    it('Save to File never follows a link, never writes into an existing file unasked, warns inside the workspace', async () => {
      await signInToManage();
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vap-save-'));
      const target = path.join(dir, 'precious.txt');
      await fs.writeFile(target, 'precious');
      const link = path.join(dir, 'link.token.txt');
      await fs.symlink(target, link);
      const existing = path.join(dir, 'existing.token.txt');
      await fs.writeFile(existing, 'my old notes');
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'the harness opens a workspace folder');
      const inWorkspace = vscode.Uri.joinPath(folder.uri, 'token-in-workspace.txt');
      form('file rules', '90 days', 'IDE Plugins');
      password();
      t.ui
        .expectMessage('information', /^Created “file rules”/, 'Save to File…')
        .expectSaveDialog(/Save Access Token/, vscode.Uri.file(link))
        .expectMessage('error', /^The token was not saved: link\.token\.txt is a symbolic link/)
        .expectMessage('information', /^Created “file rules”/, 'Save to File…')
        .expectSaveDialog(/Save Access Token/, vscode.Uri.file(existing))
        .expectMessage('warning', /^existing\.token\.txt already exists\. Replace it with the token\?/, undefined)
        .expectMessage('information', /^Created “file rules”/, 'Save to File…')
        .expectSaveDialog(/Save Access Token/, inWorkspace)
        .expectMessage('warning', /^token-in-workspace\.txt is inside the workspace folder/, undefined)
        .expectMessage('information', /^Created “file rules”/);
      await run(t.ui, 'vap.tokens.generate');
      try {
        assert.equal(await fs.readFile(target, 'utf8'), 'precious', 'nothing written through the link');
        assert.equal(await fs.readFile(existing, 'utf8'), 'my old notes', 'declined: the file is as it was');
        await assert.rejects(fs.stat(inWorkspace.fsPath), /ENOENT/);
        assert.ok(t.ui.messages.every((seen) => !/Saved to/.test(seen.text)), 'never said "Saved"');
        assert.equal(t.ui.lastMessage(/already exists/).modal, true);
        assert.equal(t.ui.lastMessage(/inside the workspace folder/).modal, true);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    });

    it('Save to File replaces an existing file only after Replace, atomically and owner-only', async () => {
      await signInToManage();
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vap-save-'));
      const file = path.join(dir, 'old.token.txt');
      await fs.writeFile(file, 'old value', { mode: 0o644 });
      form('replacing', '90 days', 'IDE Plugins');
      password();
      t.ui
        .expectMessage('information', /^Created “replacing”/, 'Save to File…')
        .expectSaveDialog(/Save Access Token/, vscode.Uri.file(file))
        .expectMessage('warning', /already exists/, 'Replace')
        .expectMessage('information', /Saved to old\.token\.txt/);
      await run(t.ui, 'vap.tokens.generate');
      try {
        assert.match((await fs.readFile(file, 'utf8')).trim(), /^[0-9a-f]{40}$/);
        assert.equal((await fs.stat(file)).mode & 0o777, 0o600);
        assert.deepEqual(await fs.readdir(dir), ['old.token.txt'], 'no temporary file left');
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    });

    it('Use in VS Code warns before storing a token that cannot list environments', async () => {
      await signInToManage();
      form('billing only', '90 days', 'Custom');
      t.ui.expectChecklist(/Check the methods/, (items) => items.filter((item) => item.description === 'billing.account.GetAccount'));
      password();
      t.ui
        .expectMessage('information', /^Created “billing only”/, 'Use in VS Code')
        .expectMessage('warning', /“billing only” cannot list environments \(it lacks GetEnvs\)/)
        .expectMessage('information', /^Created “billing only”/);
      await run(t.ui, 'vap.tokens.generate');
      assert.deepEqual(t.api.services.accounts.list(), [], 'nothing stored after backing out');
    });

    it('refuses to start when the account already has 100 tokens', async () => {
      // The simulator's demo token is the first; 99 more make 100.
      for (let i = 0; i < 99; i++) t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: `bulk ${i}` });
      await signInToManage();
      t.ui.expectMessage('error', /already has 100 access tokens, the most an account can have\. Remove some first/);
      await run(t.ui, 'vap.tokens.generate');
      assert.equal(t.sim.countRequests('CreateToken'), 0);
      assert.equal(t.ui.inputs.filter((box) => /Description/.test(box.prompt ?? '')).length, 0, 'no form to fill in for nothing');
    });

    it('reports the platform refusing a token over the limit in its own words', async () => {
      for (let i = 0; i < 98; i++) t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: `bulk ${i}` });
      await signInToManage();
      await tree().refresh();
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'the 100th, made elsewhere' });
      form('one too many', '90 days', 'IDE Plugins');
      password();
      t.ui.expectMessage('error', /CreateToken answered 1 .*token limit reached/);
      await run(t.ui, 'vap.tokens.generate');
      assert.equal(t.sim.countRequests({ method: 'CreateToken', result: 1 }), 1);
    });
  });

  describe('Edit, Regenerate, Copy, Remove, Refresh', () => {
    it('edits description, expiry and API; keeping everything sends nothing', async () => {
      const { id } = t.sim.createToken({ login: LOGIN, template: 'Marketplace', description: 'to edit' });
      await signInToManage();
      t.ui
        .expectInputBox(/Description/, 'edited')
        .expectQuickPick(/expire/, '180 days')
        .expectQuickPick(/API methods/, 'Maven Plugin');
      password();
      t.ui.expectMessage('information', /^Saved “edited”/);
      await run(t.ui, 'vap.tokens.edit', (await row('to edit')).node);
      assert.equal(t.ui.lastInput(/Description/).value, 'to edit', 'prefilled');
      const edited = (await platformTokens()).find((token) => token.id === id);
      assert.equal(edited?.description, 'edited');
      assert.equal(edited?.template?.name, 'Maven Plugin');
      const days = ((edited?.expiresAt as Date).getTime() - Date.now()) / DAY;
      assert.ok(days > 179.9 && days < 180.1);

      t.ui
        .expectInputBox(/Description/, 'edited')
        .expectQuickPick(/expire/, 'Keep Current Expiry')
        .expectQuickPick(/API methods/, 'Keep Current API')
        .expectMessage('information', /Nothing was changed/);
      await run(t.ui, 'vap.tokens.edit', (await row('edited')).node);
      assert.equal(t.sim.countRequests('EditToken'), 1);
    });

    it('a description-only edit still sends the preset and the expiry, so the token stays what it was', async () => {
      const expiresAt = Date.now() + 10 * DAY;
      const { id } = t.sim.createToken({ login: LOGIN, template: 'Marketplace', description: 'rename me', expiresAt });
      await signInToManage();
      t.ui
        .expectInputBox(/Description/, 'renamed')
        .expectQuickPick(/expire/, 'Keep Current Expiry')
        .expectQuickPick(/API methods/, 'Keep Current API');
      password();
      t.ui.expectMessage('information', /^Saved “renamed”/);
      await run(t.ui, 'vap.tokens.edit', (await row('rename me')).node);
      const sent = t.sim.requests.find((request) => request.method === 'EditToken')?.params;
      assert.deepEqual(
        [sent?.id, sent?.description, sent?.tokenTemplate, sent?.expiresAt],
        [String(id), 'renamed', 'Marketplace', new Date(Math.floor(expiresAt / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ')],
      );
      const edited = (await platformTokens()).find((token) => token.id === id);
      assert.equal(edited?.template?.name, 'Marketplace', 'still the preset, not Custom');
    });

    it('shows system tokens read-only: hidden change commands, and refused with a message when run anyway', async () => {
      t.sim.createToken({ login: LOGIN, template: 'Marketplace', description: 'platform made', isSystem: true });
      const userMade = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'user made' });
      await signInToManage();
      const system = await row('platform made');
      assert.equal(system.contextValue, 'vap.systemToken');
      assert.equal(system.icon, 'lock');
      assert.match(system.description, /^system · Marketplace/);
      assert.match(system.tooltip, /system token, made by the platform/);
      const refused = /“platform made” is a system token, made by the platform: VS Code does not edit, regenerate or remove system tokens/;
      t.ui.expectMessage('information', refused);
      await run(t.ui, 'vap.tokens.edit', system.node);
      t.ui.expectMessage('information', refused);
      await run(t.ui, 'vap.tokens.regenerate', system.node);
      t.ui.expectMessage('information', refused);
      await run(t.ui, 'vap.tokens.remove', system.node, [system.node]);
      const user = await row('user made');
      t.ui.expectMessage('information', refused).expectMessage('warning', /^Remove the access token “user made”/, 'Remove');
      password();
      t.ui.expectMessage('information', /Removed “user made”/);
      await run(t.ui, 'vap.tokens.remove', user.node, [user.node, system.node]);
      assert.deepEqual(
        t.sim.requests.filter((request) => request.method === 'DeleteTokens').map((request) => request.params.ids),
        [String(userMade.id)],
        'only the user token was sent',
      );
      t.ui.expectQuickPick(/Which token/, (items) => {
        assert.ok(!items.some((item) => item.label.includes('platform made')), 'system tokens are not offered for a change');
        return undefined;
      });
      await run(t.ui, 'vap.tokens.edit');
      assert.equal(t.sim.countRequests('EditToken') + t.sim.countRequests('RegenerateToken'), 0);
      await platformToken('platform made');
    });

    it('edits from the palette: picks the token, and Custom starts from its methods', async () => {
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'palette edit', expiresAt: Date.now() + 10 * DAY });
      await signInToManage();
      t.ui
        .expectQuickPick(/Which token/, 'palette edit')
        .expectInputBox(/Description/, 'palette edit')
        .expectQuickPick(/expire/, 'Never')
        .expectQuickPick(/API methods/, 'Custom')
        .expectChecklist(/Check the methods/, (items) => items.filter((item) => item.description === 'environment.control.GetEnvs'));
      password();
      t.ui.expectMessage('information', /^Saved/);
      await run(t.ui, 'vap.tokens.edit');
      const checked = (t.ui.checklists[0].checked ?? []).map((item) => item.description);
      assert.ok(checked.includes('environment.control.StopEnv'), 'Custom starts from the token’s methods');
      const edited = await platformToken('palette edit');
      assert.deepEqual(edited.methods, ['environment.control.GetEnvs']);
      assert.equal(edited.template, undefined);
      assert.equal(edited.expiresAt, undefined, 'Never removed the expiry');
    });

    it('regenerates a token after a confirmation: the old value dies, the new one is shown once', async () => {
      const old = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'to regenerate' });
      await signInToManage();
      t.ui.expectMessage('warning', /^Regenerate “to regenerate”\?/, 'Regenerate');
      password();
      t.ui
        .expectMessage('information', /^Regenerated “to regenerate”/, 'Copy')
        .expectMessage('information', /Copied/);
      await run(t.ui, 'vap.tokens.regenerate', (await row('to regenerate')).node);
      const confirmation = t.ui.lastMessage(/^Regenerate “/);
      assert.equal(confirmation.modal, true);
      assert.match(confirmation.detail ?? '', /stops working at once/);
      await assert.rejects(getEnvs(client(), old.key), /702/);
      await getEnvs(client(), t.ui.clipboard[0]);
    });

    it('a password the platform echoes back in upper case stays masked until its error has been reported', async () => {
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'echo' });
      await signInToManage();
      // The confirmation password is dropped once its call is over; the error is reported after that.
      t.sim.faults.add({ method: 'RegenerateToken', kind: 'json', body: { result: 99, error: `cannot check password ${PASSWORD.toUpperCase()} now` } });
      t.ui.expectMessage('warning', /^Regenerate “echo”\?/, 'Regenerate');
      password();
      t.ui.expectMessage('error', /The platform says: cannot check password <redacted> now/);
      await run(t.ui, 'vap.tokens.regenerate', (await row('echo')).node);
      const surfaces = [...t.ui.messages.map((seen) => `${seen.text}\n${seen.detail ?? ''}`), ...t.api.logLines].join('\n').toLowerCase();
      assert.ok(!surfaces.includes(PASSWORD.toLowerCase()), 'in no message or log line, in any letter case');
    });

    it('regenerating the token VS Code uses updates the stored copy in the same step', async () => {
      await signInToManage();
      form('used by VS Code', '90 days', 'IDE Plugins');
      password();
      t.ui
        .expectMessage('information', /^Created/, 'Use in VS Code')
        .expectMessage('information', /VS Code now uses this token/);
      await run(t.ui, 'vap.tokens.generate');
      const [account] = t.api.services.accounts.list();
      const before = (await t.api.services.accounts.token(account.id)) as string;
      const inUse = await row('used by VS Code');
      assert.equal(inUse.contextValue, 'vap.token.inUse');

      t.ui.expectMessage('warning', /^Regenerate “used by VS Code”\?/, 'Regenerate');
      password();
      t.ui.expectMessage('information', /^Regenerated .* VS Code’s stored copy for demo@example.com on .* was updated\./);
      await run(t.ui, 'vap.tokens.regenerate', inUse.node);
      assert.match(t.ui.lastMessage(/^Regenerate “/).detail ?? '', /its stored copy is updated in the same step/);
      assert.deepEqual(t.ui.lastMessage(/^Regenerated/).items, ['Copy', 'Save to File…'], 'already in use: no Use in VS Code');
      const after = (await t.api.services.accounts.token(account.id)) as string;
      assert.notEqual(after, before);
      await getEnvs(client(), after);
      await assert.rejects(getEnvs(client(), before), /702/);
      assert.deepEqual(t.api.services.accounts.list().map((a) => a.id), [account.id]);
    });

    it('Copy as New Token starts from the token’s description, preset and methods', async () => {
      t.sim.createToken({ login: LOGIN, template: 'Maven Plugin', description: 'original' });
      await signInToManage();
      t.ui
        .expectInputBox(/Description/, 'original (copy)')
        .expectQuickPick(/expire/, '365 days')
        .expectQuickPick(/API methods/, 'Same API as “original”');
      password();
      t.ui.expectMessage('information', /^Created “original \(copy\)”/);
      await run(t.ui, 'vap.tokens.copy', (await row('original')).node);
      assert.equal(t.ui.lastInput(/Description/).value, 'original (copy)');
      const copy = await platformToken('original (copy)');
      assert.equal(copy.template?.name, 'Maven Plugin');
      assert.equal((await platformToken('original')).description, 'original', 'the original is untouched');
    });

    it('removes several selected tokens at once, after a confirmation and the password', async () => {
      const a = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'remove A' });
      const b = t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'remove B' });
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'keep C' });
      await signInToManage();
      const first = await row('remove A');
      const second = await row('remove B');
      t.ui.expectMessage('warning', /^Remove 2 access tokens on /, 'Remove');
      password();
      t.ui.expectMessage('information', /Removed 2 access tokens/);
      await run(t.ui, 'vap.tokens.remove', first.node, [first.node, second.node]);
      assert.match(t.ui.lastMessage(/^Remove 2/).detail ?? '', /“remove A”, “remove B”[\s\S]*cannot be undone/);
      const left = (await platformTokens()).map((token) => token.description);
      assert.ok(!left.includes('remove A') && !left.includes('remove B') && left.includes('keep C'));
      assert.deepEqual((await tokenRows(t.api)).filter((entry) => entry.label.startsWith('remove')), []);
      await assert.rejects(getEnvs(client(), a.key), /702/);
      await assert.rejects(getEnvs(client(), b.key), /702/);
      assert.equal(t.sim.countRequests('DeleteTokens'), 1, 'one call for the selection');
    });

    it('removing the token VS Code uses removes the stored copy (and its account) in the same step', async () => {
      await signInToManage();
      form('used here', '90 days', 'IDE Plugins');
      password();
      t.ui.expectMessage('information', /^Created/, 'Use in VS Code').expectMessage('information', /VS Code now uses/);
      await run(t.ui, 'vap.tokens.generate');
      const [account] = t.api.services.accounts.list();
      const used = await row('used here');
      t.ui.expectMessage('warning', /^Remove the access token “used here”/, 'Remove');
      password();
      t.ui.expectMessage('information', /Removed “used here”/);
      await run(t.ui, 'vap.tokens.remove', used.node, [used.node]);
      assert.match(t.ui.lastMessage(/^Remove the access token/).detail ?? '', /VS Code uses “used here” for .*: that account is removed from VS Code too/);
      assert.deepEqual(t.api.services.accounts.list(), []);
      assert.equal(await t.api.services.accounts.token(account.id), undefined);
    });

    it('removes from the palette with a multi-pick; dismissing the confirmation removes nothing', async () => {
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'palette remove' });
      await signInToManage();
      t.ui.expectQuickPick(/Remove Tokens/, ['palette remove']).expectMessage('warning', /^Remove the access token “palette remove”/);
      await run(t.ui, 'vap.tokens.remove');
      assert.equal(t.sim.countRequests('DeleteTokens'), 0);
      await platformToken('palette remove');
    });

    it('refresh shows what changed on the platform meanwhile; nothing polls', async () => {
      await signInToManage();
      await tokenRows(t.api);
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'made elsewhere' });
      assert.ok(!(await tokenRows(t.api)).some((entry) => entry.label === 'made elsewhere'));
      const before = t.sim.countRequests('GetTokens');
      await run(t.ui, 'vap.tokens.refresh');
      assert.ok((await tokenRows(t.api)).some((entry) => entry.label === 'made elsewhere'));
      assert.equal(t.sim.countRequests('GetTokens'), before + 1);
    });

    it('a token made by Generate IDE Plugins Token shows up in the view, marked as used by VS Code', async () => {
      await signInToManage();
      await tokenRows(t.api);
      t.ui
        .expectQuickPick(/Pick the platform/, new URL(t.sim.url).host)
        .expectInputBox(/login/, LOGIN)
        .expectInputBox(/password/, PASSWORD)
        .expectInputBox(/description/, 'from the palette')
        .expectQuickPick(/expire/, '90 days')
        .expectMessage('information', /^Created the IDE Plugins token/);
      await run(t.ui, 'vap.generateIdePluginsToken');
      for (;;) {
        const changed = new Promise<void>((resolve) => {
          const listening = tree().onDidChangeTreeData(() => {
            listening.dispose();
            resolve();
          });
        });
        const made = (await tokenRows(t.api)).find((entry) => entry.label === 'from the palette');
        if (made) {
          assert.equal(made.contextValue, 'vap.token.inUse');
          break;
        }
        await changed;
      }
    });

    it('marks expired tokens', async () => {
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'old one', expiresAt: Date.now() - 60_000 });
      await signInToManage();
      const old = await row('old one');
      assert.equal(old.contextValue, 'vap.token.expired');
      assert.match(old.description, /^IDE Plugins · expired · never used$/);
      assert.equal(old.icon, 'warning');
    });

    it('a change after the sign-in ended asks to sign in again instead of failing obscurely', async () => {
      t.sim.createToken({ login: LOGIN, template: 'IDE Plugins', description: 'late edit' });
      await signInToManage();
      const target = await row('late edit');
      await t.api.services.tokenSessions.expireIdle(Date.now() + 16 * 60_000);
      t.ui.expectMessage('error', /the sign-in to manage tokens on .* has ended\. Sign in again/);
      await run(t.ui, 'vap.tokens.regenerate', target.node);
      assert.equal(t.sim.countRequests('RegenerateToken'), 0);
    });
  });
});
