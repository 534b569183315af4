// Issue 6, "the token goes nowhere else": a workspace whose settings, launch/tasks configs and files name an attacker
// (another loopback port, and look-alikes of the real host that the test network resolves to that attacker) while the
// user does everything the extension offers. The attacker must receive zero connections, the real platform only
// requests with the account's own token, and a look-alike must never be taken for the real account. The harness runs
// this suite twice: in a trusted folder and in Restricted Mode, where VS Code also ignores the workspace's values
// of the settings package.json restricts.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Attacker, startAttacker } from './attackerKit';
import { useEnvironmentsFixture } from './environmentsKit';
import { expectedTrust, HostileWorkspace } from './hostileWorkspaceKit';

interface Variant {
  /** What the workspace's `vap.workspaceEnvironment.platform` says. */
  readonly platform: string;
  /** Names the real platform's host (after URL normalisation), so a trusted workspace may bind to it. */
  readonly sameHost?: boolean;
}

const ENV = 'shop-prod';
const plain = (label: string) => label.replace(/\$\([^)]*\)\s*/g, '');

describe('Hostile workspace: the token goes nowhere else', function () {
  this.timeout(60_000);
  const t = useEnvironmentsFixture();
  const trust = expectedTrust();
  let attacker: Attacker;
  let workspace: HostileWorkspace;
  /** The real platform as the account stores it: by name, so that look-alikes of the name mean something. */
  let legitOrigin: string;
  let legitPort: string;
  let accountId: string;

  before(async () => {
    attacker = await startAttacker();
    workspace = HostileWorkspace.open();
  });
  after(async () => {
    await workspace.clear();
    await attacker.close();
  });
  beforeEach(async () => {
    legitPort = new URL(t.sim.url).port;
    legitOrigin = `http://localhost:${legitPort}`;
    await t.api.services.context.globalState.update('vap.recentPlatforms', undefined);
    accountId = (await t.api.services.accounts.add({ origin: legitOrigin, label: 'Demo' }, t.sim.demo.token)).id;
  });
  afterEach(async () => {
    await workspace.writeSettings({});
  });

  const A = () => attacker.port;
  const L = () => legitPort;

  it(`runs in the workspace trust the harness asked for (${trust})`, () => {
    assert.equal(vscode.workspace.isTrusted, trust === 'trusted');
  });

  it('the test network would catch a leak: an account on a look-alike host reaches the attacker', async () => {
    // The control for every zero below: without it, a look-alike could fail in DNS and look like a pass.
    const lookAlike = await t.api.services.accounts.add({ origin: `https://localhost.evil.test:${A()}`, label: 'Look-alike' }, 'f'.repeat(40));
    await t.api.environments.store.load(lookAlike.id);
    assert.ok(attacker.connections() > 0, 'the attacker saw the connection');
    assert.deepEqual(attacker.lookups(), ['localhost.evil.test']);
    await t.api.services.accounts.remove(lookAlike.id);
    attacker.reset();
  });

  const families: [string, () => Variant[]][] = [
    ['look-alike suffix', () => [{ platform: `localhost.evil.test:${A()}` }, { platform: `https://localhost.evil.test:${L()}` }, { platform: `localhost.example.com:${A()}` }]],
    ['path, query and fragment tricks', () => [
      { platform: `https://evil.test:${A()}/localhost:${L()}` },
      { platform: `evil.test:${A()}/http://localhost:${L()}/` },
      { platform: `https://evil.test:${A()}?platform=localhost:${L()}` },
      { platform: `https://evil.test:${A()}#localhost:${L()}` },
      { platform: `https://evil.test:${A()}\\@localhost:${L()}` },
    ]],
    ['userinfo', () => [
      { platform: `http://localhost:${L()}@evil.test:${A()}` },
      { platform: `http://localhost:${L()}:pw@127.0.0.1:${A()}` },
      { platform: `https://attacker@localhost:${L()}` },
    ]],
    ['IDN and punycode look-alikes', () => [
      { platform: `lоcalhost:${L()}` }, // Cyrillic о
      { platform: `${new URL('http://lоcalhost').hostname}:${L()}` },
      { platform: `lоcalhost.evil.test:${A()}` },
      // Full-width letters are the same host once IDNA maps them: normalising, not string comparison, decides.
      { platform: `ｌｏｃａｌｈｏｓｔ:${L()}`, sameHost: true },
    ]],
    ['upper case', () => [{ platform: `LOCALHOST:${L()}`, sameHost: true }, { platform: `HTTP://LocalHost:${L()}/`, sameHost: true }, { platform: `LOCALHOST.EVIL.TEST:${A()}` }]],
    ['trailing dot', () => [{ platform: `localhost.:${L()}`, sameHost: true }, { platform: `evil.test.:${A()}` }, { platform: `localhost..:${L()}` }]],
    ['another port on the same machine', () => [
      { platform: `localhost:${A()}` },
      { platform: `127.0.0.1:${A()}` },
      { platform: `127.0.0.1:${L()}` }, // the same socket under another host name: not the account's host
      { platform: 'localhost' },
      { platform: `localhost:${L()}`, sameHost: true },
    ]],
    ['http versus https', () => [{ platform: `https://localhost:${L()}`, sameHost: true }, { platform: `http://evil.test:${A()}` }, { platform: `http://app.example.com:${A()}` }]],
  ];

  for (const [family, variants] of families) {
    it(`${family}: the attacker gets nothing and no look-alike passes for the real account`, async () => {
      workspace.writeFiles(variants().map((variant) => variant.platform));
      for (const variant of variants()) {
        await workspace.writeSettings({ 'vap.workspaceEnvironment': { platform: variant.platform, envName: ENV } });
        await checkBinding(variant);
        await useEverything(variant);
        assertNothingLeaked(variant);
        t.sim.clearRequests();
      }
    });
  }

  it('Restricted Mode ignores the workspace’s own values of restricted settings; trusted, they apply', async () => {
    await workspace.writeSettings({
      'vap.workspaceEnvironment': { platform: `localhost:${L()}`, envName: ENV },
      'vap.confirmDisruptiveActions': false,
    });
    const config = vscode.workspace.getConfiguration('vap');
    if (trust === 'untrusted') {
      assert.equal(config.get('workspaceEnvironment'), null);
      assert.equal(config.get('confirmDisruptiveActions'), true, 'a hostile folder cannot switch off the Stop confirmation');
      t.ui.expectQuickPick(/Which environment/, 'Shop — production').expectMessage('warning', /^Stop Shop — production\?/, undefined);
      await vscode.commands.executeCommand('vap.environments.stop');
      assert.equal(t.ui.modals.length, 1);
      assert.equal(t.sim.countRequests('StopEnv'), 0);
    } else {
      assert.deepEqual(config.get('workspaceEnvironment'), { platform: `localhost:${L()}`, envName: ENV });
      assert.equal(config.get('confirmDisruptiveActions'), false);
    }
    t.ui.assertDone();
  });

  /** A trusted workspace may name the real host (any spelling of it); anything else, or Restricted Mode: no binding. */
  async function checkBinding(variant: Variant): Promise<void> {
    const what = JSON.stringify(variant.platform);
    if (variant.sameHost === true && trust === 'trusted') {
      assert.deepEqual(t.api.environments.binding.current(), { accountId, envName: ENV, source: 'setting' }, what);
      await t.waitForStatusBar((bar) => bar.text === '$(vm-running) Shop — production', `shows ${ENV} for ${what}`);
      return;
    }
    assert.equal(t.api.environments.binding.current(), undefined, `${what} must not bind to the real account`);
    const item = t.statusBar();
    assert.equal(item.text, '$(vm-outline) VAP', `${what}: the status bar offers a choice instead`);
    assert.equal((item.command as vscode.Command).command, 'vap.environments.selectWorkspaceEnvironment');
    assert.doesNotMatch(String((item.tooltip as vscode.MarkdownString | string | undefined) ?? ''), /evil|xn--|lоcal/i, 'the look-alike is not echoed');
    for (const row of await t.rows()) assert.doesNotMatch(row.tooltip, /This workspace’s environment/);
  }

  /** The status bar and its menu, Refresh, Start/Stop/Open/Use for This Workspace from the palette, both views, Add Access Token. */
  async function useEverything(variant: Variant): Promise<void> {
    const ui = t.ui;
    const bound = t.api.environments.binding.current() !== undefined;
    let offered: string[] = [];
    ui.expectQuickPick<vscode.QuickPickItem>(bound ? /Shop — production — Running/ : /Which environment does this workspace use/, (items) => {
      offered = items.map((item) => item.detail ?? item.description ?? '');
      return undefined;
    });
    const command = t.statusBar().command as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    assert.ok(offered.every((text) => !/evil|example\.com|xn--/.test(text)), `status bar menu for ${variant.platform}: ${offered.join(', ')}`);

    await vscode.commands.executeCommand('vap.environments.refresh');

    ui.expectQuickPick(/Which environment/, 'Staging API');
    const starting = vscode.commands.executeCommand('vap.environments.start');
    await t.sim.operationStarted('staging-api');
    t.sim.completeOperations();
    await starting;
    ui.expectQuickPick(/Which environment/, 'Staging API').expectMessage('warning', /^Stop Staging API\?/, 'Stop');
    const stopping = vscode.commands.executeCommand('vap.environments.stop');
    await t.sim.operationStarted('staging-api');
    t.sim.completeOperations();
    await stopping;
    assert.equal(t.sim.getEnv('staging-api')?.status, 2);

    ui.expectQuickPick(/Which environment/, 'Shop — production');
    await vscode.commands.executeCommand('vap.environments.openInBrowser');
    ui.expectQuickPick(/Which environment/, 'Shop — production');
    await vscode.commands.executeCommand('vap.environments.useForWorkspace');
    assert.deepEqual(t.api.environments.binding.current(), { accountId, envName: ENV, source: 'workspace' });
    await t.api.environments.binding.set(undefined);

    assert.deepEqual(await t.api.accessTokens.tree.getChildren(), [], 'nobody signed in to manage tokens');
    for (const row of await t.rows()) await t.rows(row.element);

    // Add Access Token offers the platforms the user worked with, never one the workspace names; another address
    // is only what the user types.
    let platforms: string[] = [];
    ui.expectQuickPick<vscode.QuickPickItem>(/Pick the platform/, (items) => {
      platforms = items.map((item) => plain(item.label));
      return undefined;
    });
    await vscode.commands.executeCommand('vap.addAccessToken');
    assert.deepEqual(platforms, [`localhost:${L()}`, 'Enter Another Platform Address…']);
    assert.deepEqual(ui.opened.map((url) => new URL(url).hostname), ['shop-prod.sim.vap.test']);
    ui.opened.length = 0;
    ui.assertDone();
  }

  function assertNothingLeaked(variant: Variant): void {
    const what = JSON.stringify(variant.platform);
    assert.equal(attacker.connections(), 0, `the attacker was contacted for ${what}`);
    assert.deepEqual(attacker.lookups(), [], `a look-alike host was resolved for ${what}`);
    const requests = t.sim.requests;
    assert.ok(requests.length > 0);
    const strays = requests.filter((request) => request.auth !== 'token');
    assert.deepEqual(strays.map((request) => `${request.method ?? request.path}: ${request.auth}`), [], 'every request carried the account’s token');
  }
});
