// The workspace environment's status bar item in a real extension host: hidden without accounts, the binding (chosen,
// from a row, from the workspace setting — only for a stored account on that exact host), the state it shows while an
// action runs and after, its menu of the actions valid now, and the warning background for an invalid token.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { useEnvironmentsFixture } from './environmentsKit';

const STATE_KEY = 'vap.workspaceEnvironment';

describe('Workspace environment in the status bar', function () {
  this.timeout(30_000);
  const t = useEnvironmentsFixture();
  const statusBar = () => t.api.environments.statusBar;
  const colorId = (item: vscode.StatusBarItem) => (item.backgroundColor as unknown as { id?: string } | undefined)?.id;
  const host = () => new URL(t.sim.url).host;
  const clickStatusBar = () => {
    const command = statusBar().item.command;
    assert.ok(command && typeof command === 'object');
    return Promise.resolve(vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])));
  };
  const labels = (items: readonly vscode.QuickPickItem[]) => items.filter((item) => item.kind !== vscode.QuickPickItemKind.Separator).map((item) => item.label.replace(/\$\([^)]*\)\s*/g, ''));

  it('is hidden without an account; with one and no choice yet it offers the choice, sending nothing', async () => {
    assert.equal(statusBar().visible, false);
    await t.addAccount();
    await t.waitForStatusBar(() => statusBar().visible, 'shown');
    const item = statusBar().item;
    assert.equal(item.text, '$(vm-outline) VAP');
    assert.equal((item.command as vscode.Command).command, 'vap.environments.selectWorkspaceEnvironment');
    assert.deepEqual(t.sim.requests, []);
    await t.api.services.accounts.remove(t.api.services.accounts.list()[0].id);
    assert.equal(statusBar().visible, false);
  });

  it('"Select Workspace Environment" binds it for this workspace: state icon and name', async () => {
    const accountId = await t.addAccount();
    t.ui.expectQuickPick(/Which environment does this workspace use/, 'Shop — production');
    await vscode.commands.executeCommand('vap.environments.selectWorkspaceEnvironment');
    const item = await t.waitForStatusBar((bar) => bar.text === '$(vm-running) Shop — production', 'shows shop-prod');
    assert.deepEqual(t.api.services.context.workspaceState.get(STATE_KEY), { accountId, envName: 'shop-prod' });
    assert.equal((item.command as vscode.Command).command, 'vap.environments.workspaceActions');
    assert.match((item.tooltip as vscode.MarkdownString).value, /Shop — production\*\* — Running[\s\S]*Click for actions/);
    assert.equal(colorId(item), undefined);
    t.ui.assertDone();
  });

  it('"Use for This Workspace" on a row binds that environment', async () => {
    await t.addAccount();
    const staging = await t.envRow('staging-api');
    await vscode.commands.executeCommand('vap.environments.useForWorkspace', staging.element);
    await t.waitForStatusBar((bar) => bar.text === '$(vm-outline) Staging API', 'shows staging-api');
    assert.match((await t.envRow('staging-api')).tooltip, /This workspace’s environment/);
  });

  it('the workspace setting binds only for a stored account on exactly that host', async () => {
    await t.addAccount();
    const config = vscode.workspace.getConfiguration('vap');
    await config.update('workspaceEnvironment', { platform: '127.0.0.1', envName: 'staging-api' }, vscode.ConfigurationTarget.Global);
    assert.equal(t.api.environments.binding.current(), undefined, 'same address, other port: not the same host');
    assert.equal(statusBar().item.text, '$(vm-outline) VAP');
    await config.update('workspaceEnvironment', { platform: host(), envName: 'staging-api' }, vscode.ConfigurationTarget.Global);
    await t.waitForStatusBar((bar) => bar.text === '$(vm-outline) Staging API', 'bound by the setting');
    assert.equal(t.api.environments.binding.current()?.source, 'setting');
    // Only our own account's platform was asked anything: the one GetEnvs that gives the state.
    assert.deepEqual(t.methods(), ['GetEnvs']);
  });

  it('click → the actions valid now; Stop from there shows the spinner, then the stopped state', async () => {
    await t.addAccount();
    await t.api.environments.binding.set({ accountId: t.api.services.accounts.list()[0].id, envName: 'shop-prod' });
    await t.waitForStatusBar((bar) => bar.text === '$(vm-running) Shop — production', 'bound');
    let offered: string[] = [];
    t.ui
      .expectQuickPick<vscode.QuickPickItem>(/Shop — production — Running/, (items) => {
        offered = labels(items);
        return items.find((item) => item.label.endsWith(' Stop'));
      })
      .expectMessage('warning', 'Stop Shop — production?', 'Stop');
    t.sim.clearRequests();
    const running = clickStatusBar();
    await t.sim.operationStarted('shop-prod');
    assert.deepEqual(offered, ['Stop', 'Restart…', 'Sleep', 'Deploy Archive…', 'Redeploy Last Deployment', 'Open in Browser', 'Copy Domain', 'Open Dashboard', 'Open Node Log…', 'Open Node File…', 'Show in Environments View', 'Change Environment…']);
    await t.waitForStatusBar((bar) => bar.text === '$(loading~spin) Shop — production', 'spins while stopping');
    assert.equal(statusBar().describe(), 'Stopping…');
    t.sim.completeOperations();
    await running;
    await t.waitForStatusBar((bar) => bar.text === '$(vm-outline) Shop — production', 'shows stopped');
    assert.deepEqual(t.methods(), ['StopEnv', 'GetEnvInfo']);

    // Stopped now: Start is the one action offered.
    t.ui.expectQuickPick<vscode.QuickPickItem>(/Shop — production — Stopped/, (items) => {
      offered = labels(items);
      return items.find((item) => item.label.endsWith(' Start'));
    });
    const starting = clickStatusBar();
    await t.sim.operationStarted('shop-prod');
    assert.deepEqual(offered.slice(0, 3), ['Start', 'Deploy Archive…', 'Redeploy Last Deployment']);
    await t.waitForStatusBar((bar) => bar.text === '$(loading~spin) Shop — production', 'spins while starting');
    t.sim.completeOperations();
    await starting;
    await t.waitForStatusBar((bar) => bar.text === '$(vm-running) Shop — production', 'runs again');
    t.ui.assertDone();
  });

  it('follows the state when the bound environment changes in the tree', async () => {
    await t.addAccount();
    const cafe = await t.envRow('cafe-unicode');
    await vscode.commands.executeCommand('vap.environments.useForWorkspace', cafe.element);
    await vscode.workspace.getConfiguration('vap').update('confirmDisruptiveActions', false, vscode.ConfigurationTarget.Global);
    const running = Promise.resolve(vscode.commands.executeCommand('vap.environments.sleep', cafe.element));
    await t.sim.operationStarted('cafe-unicode');
    await t.waitForStatusBar((bar) => bar.text.startsWith('$(loading~spin)'), 'spins');
    t.sim.completeOperations();
    await running;
    await t.waitForStatusBar((bar) => bar.text === '$(debug-pause) Café Ünïcode — 東京', 'sleeps');
  });

  it('warning background only while the token is invalid; its menu then starts with Replace Token', async () => {
    const accountId = await t.addAccount();
    await t.api.environments.binding.set({ accountId, envName: 'shop-prod' });
    await t.waitForStatusBar((bar) => bar.text === '$(vm-running) Shop — production', 'bound');
    assert.equal(colorId(statusBar().item), undefined);

    await t.api.services.accounts.replaceToken(accountId, 'b'.repeat(40));
    await t.waitForStatusBar((bar) => colorId(bar) === 'statusBarItem.warningBackground', 'warns');
    assert.match((statusBar().item.tooltip as vscode.MarkdownString).value, /token of this account is invalid or expired/);
    t.ui.expectQuickPick<vscode.QuickPickItem>(/Shop — production/, (items) => {
      assert.equal(labels(items)[0], 'Replace Token…');
      return undefined;
    });
    await clickStatusBar();

    await t.api.services.accounts.replaceToken(accountId, t.sim.demo.token);
    await t.waitForStatusBar((bar) => colorId(bar) === undefined, 'no longer warns');
    t.ui.assertDone();
  });

  it('an environment that does not exist on the account says so', async () => {
    const accountId = await t.addAccount();
    await t.api.environments.binding.set({ accountId, envName: 'no-such-env' });
    await t.waitForStatusBar((bar) => bar.text === '$(circle-slash) no-such-env', 'not found');
  });
});
