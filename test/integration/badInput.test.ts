// Bad input in a real extension host: a 10,000-environment account (a multi-MB GetEnvs answer), an unknown status
// code, names in CJK, RTL and emoji, and hostile text typed into every input box the extension shows — each handled
// with a validation message or a sensible result, never an exception or an unexplained failure. Nothing here measures
// time: the operations complete and the counts are right.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { AccessUi, resetExtension, run, useAccessFixture } from './accessKit';
import { useEnvironmentsFixture } from './environmentsKit';

const plain = (label: string) => label.replace(/\$\([^)]*\)\s*/g, '').trim();
const HUGE = 'x'.repeat(100_000);
const NAMES = { cjk: '東京の本番環境', rtl: 'סביבת ייצור', arabic: 'بيئة الإنتاج', emoji: '🚀 Shop 🛒 — prod ✨' };

describe('Bad input: big, odd and foreign answers', function () {
  this.timeout(120_000);
  const t = useEnvironmentsFixture();

  async function bigAccount(count: number): Promise<string> {
    t.sim.addAccount({ login: 'big@example.com', password: 'big-password' });
    t.sim.addEnvironments('big@example.com', count, { nodes: 3 });
    return t.addAccount('Big', t.sim.createToken({ login: 'big@example.com', template: 'IDE Plugins' }).key);
  }

  it('10,000 environments in one account (a multi-MB GetEnvs answer): the tree, the palette and the status bar pick all work', async () => {
    const accountId = await bigAccount(10_000);
    // What the platform sends for that account, read the way a client would: several MB.
    const body = await (
      await fetch(`${t.sim.url}/1.0/environment/control/rest/getenvs`, {
        method: 'POST',
        body: new URLSearchParams({ session: (await t.api.services.accounts.token(accountId)) as string }),
      })
    ).text();
    assert.ok(body.length > 5_000_000, `only ${body.length} bytes`);
    t.sim.clearRequests();

    const rows = await t.rows();
    assert.equal(rows.length, 10_000, 'the first level has every environment');
    assert.equal(rows.filter((row) => row.element.kind === 'environment').length, 10_000);
    assert.deepEqual(t.methods(), ['GetEnvs'], 'one request for all of them');
    assert.equal(rows[0].label, 'Bulk environment 1');

    let offered = 0;
    t.ui.expectQuickPick<vscode.QuickPickItem>(/Which environment/, (items) => {
      offered = items.length;
      return undefined;
    });
    await vscode.commands.executeCommand('vap.environments.stop');
    assert.equal(offered, 10_000, 'the palette offers every running environment');

    await t.api.environments.binding.set({ accountId, envName: 'bulk-05000' });
    await t.waitForStatusBar((item) => item.text.includes('Bulk environment 5000'), 'names the workspace environment');
    let actions: string[] = [];
    t.ui.expectQuickPick<vscode.QuickPickItem>(/Bulk environment 5000 — Running/, (items) => {
      actions = items.map((item) => plain(item.label)).filter(Boolean);
      return undefined;
    });
    await vscode.commands.executeCommand('vap.environments.workspaceActions');
    assert.deepEqual(actions.slice(0, 3), ['Stop', 'Restart…', 'Sleep']);
    assert.deepEqual(t.methods(), ['GetEnvs'], 'no request beyond the one list');
    t.ui.assertDone();
  });

  it('an environment with an unknown status code (1002): shown as “Unknown (1002)”, offers no action, no error', async () => {
    t.sim.addAccount({
      login: 'odd@example.com',
      password: 'odd-password',
      environments: [
        { envName: 'odd-one', displayName: 'Odd one', status: 1, nodeGroups: [{ name: 'cp' }], nodes: [{ id: 77, nodeGroup: 'cp', nodeType: 'nodejs', name: 'Node.js' }] },
      ],
    });
    t.sim.setEnvStatus('odd-one', 1002);
    await t.addAccount('Odd', t.sim.createToken({ login: 'odd@example.com', template: 'IDE Plugins' }).key);
    const [row] = await t.rows();
    assert.deepEqual([row.label, row.description, row.contextValue, row.icon], ['Odd one', 'Unknown (1002)', 'vap.env.unknown', 'question']);
    for (const command of ['vap.environments.start', 'vap.environments.stop', 'vap.environments.sleep', 'vap.environments.restart']) {
      await vscode.commands.executeCommand(command);
    }
    assert.deepEqual(
      t.ui.notifications.map((n) => n.message),
      ['No environment of Odd can be started now.', 'No environment of Odd can be stopped now.', 'No environment of Odd can be put to sleep now.', 'No environment of Odd can be restarted now.'],
    );
    assert.equal(t.ui.notifications.filter((n) => n.severity === 'error').length, 0);
    assert.deepEqual(t.methods(), ['GetEnvs']);
    t.ui.assertDone();
  });

  it('environment and account names in CJK, Hebrew, Arabic and emoji are shown unchanged', async () => {
    t.sim.addAccount({
      login: 'intl@example.com',
      password: 'intl-password',
      environments: Object.entries(NAMES).map(([envName, displayName], index) => ({
        envName,
        displayName,
        status: 1,
        nodeGroups: [{ name: 'cp' }],
        nodes: [{ id: 900 + index, nodeGroup: 'cp', nodeType: 'nodejs', name: displayName }],
      })),
    });
    const intl = await t.addAccount('Intl', t.sim.createToken({ login: 'intl@example.com', template: 'IDE Plugins' }).key);
    await t.addAccount('Demo');
    t.ui.expectInputBox(/name VS Code shows/, `${NAMES.rtl} ${NAMES.emoji}`);
    await vscode.commands.executeCommand('vap.renameAccount', intl);
    const accounts = await t.rows();
    assert.deepEqual(accounts.map((row) => row.label), [`${NAMES.rtl} ${NAMES.emoji}`, 'Demo']);
    const envs = await t.rows(accounts[0].element);
    assert.deepEqual(envs.map((row) => row.label).sort(), Object.values(NAMES).sort());
    const cjk = envs.find((row) => row.label === NAMES.cjk);
    assert.ok(cjk);
    const [group] = await t.rows(cjk.element);
    assert.deepEqual((await t.rows(group.element)).map((row) => row.label), [NAMES.cjk]);
    t.ui.assertDone();
  });
});

/** Runs every input box's own validation on hostile text as the box is shown; records what it said or threw. */
class ProbingUi extends AccessUi {
  static readonly HOSTILE = ['', '   ', '\t\n', HUGE, 'http://[::1', 'https://exa mple.com', '%E0%A4%A', '\u0000\u202e', 'javascript:alert(1)', '🚀🚀🚀', '../../etc/passwd'];
  readonly verdicts: { box: string; typed: string; said?: string; threw?: string }[] = [];

  override async showInputBox(options: vscode.InputBoxOptions): Promise<string | undefined> {
    const box = [options.title, options.prompt].filter(Boolean).join(' | ');
    for (const typed of ProbingUi.HOSTILE) {
      try {
        const verdict = await options.validateInput?.(typed);
        this.verdicts.push({ box, typed, said: typeof verdict === 'string' ? verdict : (verdict?.message ?? undefined) });
      } catch (error) {
        this.verdicts.push({ box, typed, threw: String(error) });
      }
    }
    return super.showInputBox(options);
  }
}

describe('Bad input: hostile text in every input box', function () {
  this.timeout(60_000);
  const t = useAccessFixture();
  let ui: ProbingUi;
  beforeEach(async () => {
    await resetExtension(t.api);
    ui = new ProbingUi();
    t.api.useUserInterface(ui);
  });

  it('every box validates empty, blank, 100,000-character, malformed and odd text without an exception or an echo', async () => {
    const host = new URL(t.sim.url).host;
    // Add Access Token: platform address, token.
    ui.expectInputBox(/dashboard/, t.sim.url).expectInputBox(/access token/, t.sim.demo.token).expectMessage('information', /^Added/);
    await run(ui, 'vap.addAccessToken');
    // Generate IDE Plugins Token with two-factor and a typed date: login, password, code, description, date.
    ui.expectQuickPick(/Pick the platform/, host)
      .expectInputBox(/login/, 'tfa@example.com')
      .expectInputBox(/password/, 'tfa-password')
      .expectInputBox(/Two-factor/, t.sim.twoFactorCode('tfa@example.com'))
      .expectInputBox(/description/, 'probe')
      .expectQuickPick(/expire/, 'Pick a Date')
      .expectInputBox(/Expiry date/, undefined);
    await run(ui, 'vap.generateIdePluginsToken');
    // Rename Account.
    ui.expectInputBox(/name VS Code shows/, 'Work');
    await run(ui, 'vap.renameAccount', t.api.services.accounts.list()[0].id);

    const boxes = new Set(ui.verdicts.map((verdict) => verdict.box.split(' | ').pop()));
    assert.equal(boxes.size, 8, [...boxes].join('\n'));
    for (const verdict of ui.verdicts) {
      const what = `${verdict.box} ← ${JSON.stringify(verdict.typed.slice(0, 20))}`;
      assert.equal(verdict.threw, undefined, `${what} threw ${verdict.threw}`);
      assert.ok((verdict.said ?? '').length < 300, `${what}: the message repeats the input`);
    }
    const said = (box: RegExp, typed: string) => ui.verdicts.find((verdict) => box.test(verdict.box) && verdict.typed === typed)?.said;
    for (const blank of ['', '   ', '\t\n']) {
      assert.ok(said(/access token/, blank), `a blank token is refused: ${JSON.stringify(blank)}`);
      assert.ok(said(/login/, blank), 'a blank login is refused');
      assert.ok(said(/description/, blank), 'a blank description is refused');
    }
    for (const address of [HUGE, 'http://[::1', 'https://exa mple.com', 'javascript:alert(1)', '../../etc/passwd', '\u0000\u202e']) {
      assert.ok(said(/dashboard/, address), `the address box refuses ${JSON.stringify(address.slice(0, 20))}`);
    }
    assert.ok(said(/access token/, HUGE), 'a 100,000-character token is refused by its box');
    assert.ok(said(/name VS Code shows/, HUGE), 'a 100,000-character account name is refused');
    assert.ok(said(/description/, HUGE), 'a 100,000-character description is refused');
    assert.equal(said(/description/, '🚀🚀🚀'), undefined, 'emoji are a fine description');
    assert.ok(said(/Expiry date/, HUGE) && said(/Expiry date/, '🚀🚀🚀'), 'the date box refuses what is no date');
  });

  it('the longest token the box takes and a non-ASCII one are checked and refused plainly; nothing stored', async () => {
    for (const [token, hint] of [['x'.repeat(2048), ''], ['токен🔑', ' (It does not look like a token: check what was pasted.)']]) {
      ui.expectInputBox(/dashboard/, t.sim.url)
        .expectInputBox(/access token/, token)
        .expectMessage('error', `${new URL(t.sim.url).host} refused this token: it is invalid or expired. Nothing was stored.${hint}`);
      await run(ui, 'vap.addAccessToken');
    }
    assert.deepEqual(t.api.services.accounts.list(), []);
    assert.ok(ui.messages.every((message) => message.text.length < 300), 'no message repeats what was pasted');
  });

  it('a description in CJK, Hebrew and emoji is stored and shown unchanged', async () => {
    const description = `${NAMES.emoji} ${NAMES.cjk} ${NAMES.rtl}`;
    ui.expectInputBox(/dashboard/, t.sim.url)
      .expectInputBox(/login/, 'demo@example.com')
      .expectInputBox(/password/, 'demo-password')
      .expectInputBox(/description/, description)
      .expectQuickPick(/expire/, '30 days')
      .expectMessage('information', `Created the IDE Plugins token “${description}”`);
    await run(ui, 'vap.generateIdePluginsToken');
    assert.equal(t.api.services.accounts.list()[0].tokenDescription, description);
  });
});
