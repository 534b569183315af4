// The Environments view in a real extension host against the platform simulator: rows, welcome states, every action
// from the tree and the palette with its transitional and final state, gating, confirmations, concurrency, a cut long
// request, and what goes over the wire (one request per action plus one GetEnvInfo; one GetEnvs per account per poll;
// nothing when idle).

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { EnvTreeElement } from '../../src/environments/view/treeElements';
import { useEnvironmentsFixture } from './environmentsKit';

/** A quick pick label without its `$(icon)`. */
const plain = (label: string) => label.replace(/\$\([^)]*\)\s*/g, '').trim();

const HOUR = 60 * 60 * 1000;
const Cmd = {
  refresh: 'vap.environments.refresh',
  refreshAccount: 'vap.environments.refreshAccount',
  start: 'vap.environments.start',
  stop: 'vap.environments.stop',
  restart: 'vap.environments.restart',
  restartGroup: 'vap.environments.restartNodeGroup',
  restartNode: 'vap.environments.restartNode',
  sleep: 'vap.environments.sleep',
  open: 'vap.environments.openInBrowser',
  copy: 'vap.environments.copyDomain',
  dashboard: 'vap.environments.openDashboard',
} as const;

describe('Environments view and actions', function () {
  this.timeout(30_000);
  const t = useEnvironmentsFixture();

  /** Runs a command without waiting for it: the platform blocks until the test completes the operation. */
  const launch = (command: string, ...args: unknown[]): Promise<unknown> => Promise.resolve(vscode.commands.executeCommand(command, ...args));

  const child = async (parent: EnvTreeElement, label: string) => {
    const found = (await t.rows(parent)).find((row) => row.label === label);
    assert.ok(found, `no child ${label}`);
    return found;
  };

  describe('rows', () => {
    it('one account: its environments at the root, sorted, with state, icon and menu context — from one GetEnvs', async () => {
      await t.addAccount();
      const rows = await t.rows();
      assert.deepEqual(
        rows.map((row) => [row.label, row.description, row.icon, row.contextValue]),
        [
          ['Café Ünïcode — 東京', undefined, 'vm-running', 'vap.env.running'],
          ['Dev sandbox', 'Sleeping', 'debug-pause', 'vap.env.sleeping'],
          ['Legacy CRM', 'Broken', 'error', 'vap.env.broken'],
          ['local-sha-master-0954606', undefined, 'vm-running', 'vap.env.running'],
          ['Shop — production', undefined, 'vm-running', 'vap.env.running'],
          ['Staging API', 'Stopped', 'vm-outline', 'vap.env.stopped'],
        ],
      );
      const shop = rows[4];
      assert.match(shop.tooltip, /Domain: \[shop-prod\.sim\.vap\.test\]\(https:\/\/shop-prod\.sim\.vap\.test\)/);
      assert.match(shop.tooltip, /Nodes: 4 in 3 groups/);
      assert.deepEqual(t.methods(), ['GetEnvs']);
    });

    it('node groups then nodes, with ids, restart context and a node spinner only on the restarted node', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const groups = await t.rows(shop.element);
      assert.deepEqual(groups.map((row) => [row.label, row.description, row.contextValue]), [
        ['Load Balancers', 'bl · 1 node', 'vap.group.running'],
        ['Application Servers', 'cp · 2 nodes', 'vap.group.running'],
        ['SQL Databases', 'sqldb · 1 node', 'vap.group.running'],
      ]);
      const nodes = await t.rows(groups[1].element);
      assert.deepEqual(nodes.map((row) => [row.label, row.description, row.icon, row.contextValue]), [
        ['Tomcat 9', '1102', 'circle-filled', 'vap.node.running'],
        ['Tomcat 9', '1103', 'circle-filled', 'vap.node.running'],
      ]);
      assert.equal(t.api.environments.tree.getParent(nodes[0].element), groups[1].element);
      assert.equal(t.api.environments.tree.getParent(groups[1].element), shop.element);
      assert.equal(t.api.environments.tree.getParent(shop.element), undefined);
    });

    it('several accounts: one row per account, each with its own environments and one GetEnvs each', async () => {
      await t.addAccount('Demo');
      const other = t.sim.createToken({ login: 'tfa@example.com', template: 'IDE Plugins' });
      await t.addAccount('Second', other.key);
      const accounts = await t.rows();
      assert.deepEqual(accounts.map((row) => [row.label, row.contextValue]), [
        ['Demo', 'vap.account'],
        ['Second', 'vap.account'],
      ]);
      assert.equal((await t.rows(accounts[0].element)).length, 6);
      assert.deepEqual((await t.rows(accounts[1].element)).map((row) => row.label), ['2FA App']);
      assert.equal(t.sim.countRequests('GetEnvs'), 2);
      const shop = await t.envRow('shop-prod');
      assert.equal(t.api.environments.tree.getParent(shop.element), accounts[0].element);
      assert.ok(shop.tooltip.includes('Account: Demo'), shop.tooltip);
    });

    it('welcome states: nothing without an account; an account without environments sets the empty-view context', async () => {
      assert.deepEqual(await t.rows(), []);
      assert.equal(t.api.environments.tree.showsNoEnvironmentsWelcome, false);
      t.sim.addAccount({ login: 'empty@example.com', password: 'empty-password' });
      const { key } = t.sim.createToken({ login: 'empty@example.com', template: 'IDE Plugins' });
      await t.addAccount('Empty', key);
      assert.deepEqual(await t.rows(), []);
      assert.equal(t.api.environments.store.view(t.api.services.accounts.list()[0].id).status, 'loaded');
      assert.equal(t.api.environments.tree.showsNoEnvironmentsWelcome, true);
      await t.addAccount('Demo');
      assert.equal((await t.rows()).length, 2);
      assert.equal(t.api.environments.tree.showsNoEnvironmentsWelcome, false);
    });

    it('a refused token shows as a row that offers Replace Token', async () => {
      await t.addAccount('Demo', 'a'.repeat(40));
      const [row] = await t.rows();
      assert.equal(row.label, 'Access token invalid, expired or revoked');
      assert.equal(row.icon, 'error');
      const item = t.api.environments.tree.getTreeItem(row.element);
      assert.equal(item.command?.command, 'vap.replaceToken');
    });

    it('"invalid parameter [session]" (result 3) is a refused token too: token invalid, Replace Token', async () => {
      t.sim.variants.deadSessionReply = 'result3';
      await t.addAccount('Demo', 'b'.repeat(40));
      const [row] = await t.rows();
      assert.equal(row.label, 'Access token invalid, expired or revoked');
      assert.equal(t.api.environments.tree.getTreeItem(row.element).command?.command, 'vap.replaceToken');
      const [account] = t.api.services.accounts.list();
      assert.equal(t.api.services.health.get(account.id).status, 'rejected');
      assert.ok(t.sim.countRequests({ method: 'GetEnvs', result: 3 }) >= 1);
    });
  });

  describe('actions from the tree change the platform, and the row shows the transitional then the final state', () => {
    it('Stop (after the confirmation that says what goes down)', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      t.sim.clearRequests();
      t.ui.expectMessage('warning', /^Stop Shop — production\? \| This shuts down its 4 nodes \(NGINX, 2 × Tomcat 9, Primary DB\)\..*shop-prod\.sim\.vap\.test/, 'Stop');
      const running = launch(Cmd.stop, shop.element, [shop.element]);
      await t.sim.operationStarted('shop-prod');
      const busy = await t.waitForRow('shop-prod', (row) => row.description === 'Stopping…', 'shows Stopping…');
      assert.equal(busy.icon, 'loading~spin');
      assert.equal(busy.contextValue, 'vap.env.running.busy');
      t.sim.completeOperations();
      await running;
      const done = await t.waitForRow('shop-prod', (row) => row.description === 'Stopped', 'shows Stopped');
      assert.equal(done.icon, 'vm-outline');
      assert.equal(done.contextValue, 'vap.env.stopped');
      assert.equal(t.sim.getEnv('shop-prod')?.status, 2);
      assert.deepEqual(t.methods(), ['StopEnv', 'GetEnvInfo']);
      assert.deepEqual(t.ui.modals, ['Stop Shop — production?']);
      t.ui.assertDone();
    });

    it('Start (no confirmation)', async () => {
      await t.addAccount();
      const staging = await t.envRow('staging-api');
      t.sim.clearRequests();
      const running = launch(Cmd.start, staging.element);
      await t.sim.operationStarted('staging-api');
      await t.waitForRow('staging-api', (row) => row.description === 'Starting…' && row.icon === 'loading~spin', 'shows Starting…');
      t.sim.completeOperations();
      await running;
      const done = await t.waitForRow('staging-api', (row) => row.description === undefined, 'runs');
      assert.equal(done.icon, 'vm-running');
      assert.deepEqual(t.methods(), ['StartEnv', 'GetEnvInfo']);
      t.ui.assertDone();
    });

    it('Sleep', async () => {
      await t.addAccount();
      const cafe = await t.envRow('cafe-unicode');
      t.sim.clearRequests();
      t.ui.expectMessage('warning', 'Put Café Ünïcode — 東京 to sleep?', 'Sleep');
      const running = launch(Cmd.sleep, cafe.element);
      await t.sim.operationStarted('cafe-unicode');
      await t.waitForRow('cafe-unicode', (row) => row.description === 'Going to sleep…', 'shows Going to sleep…');
      t.sim.completeOperations();
      await running;
      await t.waitForRow('cafe-unicode', (row) => row.description === 'Sleeping' && row.contextValue === 'vap.env.sleeping', 'sleeps');
      assert.deepEqual(t.methods(), ['SleepEnv', 'GetEnvInfo']);
      t.ui.assertDone();
    });

    it('Restart the environment, all at once', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      t.sim.clearRequests();
      t.ui.expectQuickPick(/How should the 4 nodes restart/, 'All at Once').expectMessage('warning', 'Restart all nodes of Shop — production?', 'Restart');
      const running = launch(Cmd.restart, shop.element);
      await t.sim.operationStarted('shop-prod');
      assert.deepEqual(t.sim.getEnv('shop-prod')?.nodes.map((node) => node.status), [2, 2, 2, 2]);
      await t.waitForRow('shop-prod', (row) => row.description === 'Restarting…', 'shows Restarting…');
      t.sim.completeOperations();
      await running;
      await t.waitForRow('shop-prod', (row) => row.description === undefined && row.icon === 'vm-running', 'runs again');
      assert.deepEqual(t.methods(), ['RestartNodes', 'GetEnvInfo']);
      assert.equal(t.sim.requests[0].params.delay, '-1');
      t.ui.assertDone();
    });

    it('Restart a node group, one by one; only its row and its nodes spin', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const group = await child(shop.element, 'Application Servers');
      t.sim.clearRequests();
      t.ui.expectQuickPick(/How should the 2 nodes restart/, 'One by One').expectMessage('warning', 'Restart Application Servers of Shop — production?', 'Restart');
      const running = launch(Cmd.restartGroup, group.element);
      await t.sim.operationStarted('shop-prod');
      await t.waitForRow('shop-prod', (row) => row.description === 'Restarting…', 'shows Restarting…');
      const groups = await t.rows(shop.element);
      assert.deepEqual(groups.map((row) => row.icon), ['arrow-swap', 'loading~spin', 'database']);
      const nodes = await t.rows(group.element);
      assert.deepEqual(nodes.map((row) => row.icon), ['loading~spin', 'loading~spin']);
      assert.deepEqual(t.sim.requests[0].params, { envName: 'shop-prod', nodeGroup: 'cp', delay: '30', session: '<redacted>' });
      t.sim.completeOperations();
      await running;
      await t.waitForRow('shop-prod', (row) => row.description === undefined, 'settled');
      assert.deepEqual(t.methods(), ['RestartNodes', 'GetEnvInfo']);
      t.ui.assertDone();
    });

    it('Restart one node (no one-by-one question for a single node)', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const db = await child(await child(shop.element, 'SQL Databases').then((row) => row.element), 'Primary DB');
      t.sim.clearRequests();
      t.ui.expectMessage('warning', 'Restart node Primary DB (1104) of Shop — production?', 'Restart');
      const running = launch(Cmd.restartNode, db.element);
      await t.sim.operationStarted('shop-prod');
      assert.deepEqual(t.sim.getEnv('shop-prod')?.nodes.map((node) => node.status), [1, 1, 1, 2]);
      t.sim.completeOperations();
      await running;
      assert.deepEqual(t.methods(), ['RestartNodes', 'GetEnvInfo']);
      assert.equal(t.sim.requests[0].params.nodeId, '1104');
      t.ui.assertDone();
    });

    it('several selected environments stop together after one confirmation', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const cafe = await t.envRow('cafe-unicode');
      t.sim.clearRequests();
      t.ui.expectMessage('warning', 'Stop 2 environments?', 'Stop');
      const running = launch(Cmd.stop, shop.element, [shop.element, cafe.element]);
      await Promise.all([t.sim.operationStarted('shop-prod'), t.sim.operationStarted('cafe-unicode')]);
      t.sim.completeOperations();
      await running;
      await t.waitForRow('shop-prod', (row) => row.description === 'Stopped', 'stopped');
      await t.waitForRow('cafe-unicode', (row) => row.description === 'Stopped', 'stopped');
      assert.equal(t.sim.countRequests('StopEnv'), 2);
      assert.equal(t.sim.countRequests('GetEnvInfo'), 2);
      t.ui.assertDone();
    });
  });

  describe('confirmation', () => {
    it('declining sends nothing', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      t.sim.clearRequests();
      t.ui.expectMessage('warning', 'Stop Shop — production?', undefined);
      await vscode.commands.executeCommand(Cmd.stop, shop.element);
      assert.deepEqual(t.methods(), []);
      t.ui.assertDone();
    });

    it('with vap.confirmDisruptiveActions off, Stop asks nothing', async () => {
      await vscode.workspace.getConfiguration('vap').update('confirmDisruptiveActions', false, vscode.ConfigurationTarget.Global);
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const running = launch(Cmd.stop, shop.element);
      await t.sim.operationStarted('shop-prod');
      t.sim.completeOperations();
      await running;
      assert.equal(t.sim.getEnv('shop-prod')?.status, 2);
      assert.deepEqual(t.ui.modals, []);
      t.ui.assertDone();
    });
  });

  describe('concurrency', () => {
    it('two environments at once; the others stay usable', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const staging = await t.envRow('staging-api');
      t.ui.expectMessage('warning', 'Stop Shop — production?', 'Stop');
      const stopping = launch(Cmd.stop, shop.element);
      await t.sim.operationStarted('shop-prod');
      const starting = launch(Cmd.start, staging.element);
      await t.sim.operationStarted('staging-api');
      await t.waitForRow('shop-prod', (row) => row.description === 'Stopping…', 'stopping');
      await t.waitForRow('staging-api', (row) => row.description === 'Starting…', 'starting');
      assert.equal((await t.envRow('dev-sandbox')).contextValue, 'vap.env.sleeping');
      t.sim.completeOperations();
      await Promise.all([stopping, starting]);
      await t.waitForRow('shop-prod', (row) => row.description === 'Stopped', 'stopped');
      await t.waitForRow('staging-api', (row) => row.description === undefined, 'running');
      t.ui.assertDone();
    });

    it('a second request for a busy environment is not sent; the user is told', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      t.ui.expectMessage('warning', 'Stop Shop — production?', 'Stop');
      const first = launch(Cmd.stop, shop.element);
      await t.sim.operationStarted('shop-prod');
      await vscode.commands.executeCommand(Cmd.stop, shop.element);
      await vscode.commands.executeCommand(Cmd.restart, shop.element);
      assert.deepEqual(
        t.ui.notifications.map((n) => n.message),
        ['Shop — production is busy (Stopping…). Wait until that finishes; nothing was sent.', 'Shop — production is busy (Stopping…). Wait until that finishes; nothing was sent.'],
      );
      assert.equal(t.sim.countRequests('StopEnv'), 1);
      assert.equal(t.sim.countRequests('RestartNodes'), 0);
      t.sim.completeOperations();
      await first;
    });
  });

  describe('the platform refuses or the connection drops', () => {
    it('2212: the reporter names the current state, and the row shows it', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      t.sim.setEnvStatus('shop-prod', 2); // stopped behind our back: the row still says Running
      t.sim.clearRequests();
      t.ui.expectMessage('warning', 'Stop Shop — production?', 'Stop').expectMessage('error', /^Stop Shop — production failed: not allowed while the environment is stopped\./);
      await vscode.commands.executeCommand(Cmd.stop, shop.element);
      assert.deepEqual(t.methods(), ['StopEnv', 'GetEnvInfo']);
      await t.waitForRow('shop-prod', (row) => row.description === 'Stopped', 'shows the real state');
      t.ui.assertDone();
    });

    it('a cut long request is not re-sent: the state is followed until it settles', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      t.sim.faults.add({ method: 'StopEnv', kind: 'cut', applyOperation: true });
      t.sim.clearRequests();
      t.ui.expectMessage('warning', 'Stop Shop — production?', 'Stop');
      const running = launch(Cmd.stop, shop.element);
      await t.scheduler.whenPending();
      assert.equal(t.api.environments.store.busy({ accountId: t.api.services.accounts.list()[0].id, envName: 'shop-prod' })?.phase, 'watching');
      await t.waitForRow('shop-prod', (row) => row.description === 'Stopping…', 'still shows Stopping…');
      t.scheduler.advance(2000);
      await t.scheduler.whenPending();
      assert.deepEqual(t.methods(), ['StopEnv', 'GetEnvInfo']);
      t.sim.completeOperations();
      t.scheduler.advance(3000);
      await running;
      await t.waitForRow('shop-prod', (row) => row.description === 'Stopped', 'stopped');
      assert.deepEqual(t.methods(), ['StopEnv', 'GetEnvInfo', 'GetEnvInfo']);
      assert.equal(t.scheduler.pending, 0);
      t.ui.assertDone();
    });
  });

  describe('refresh and polling', () => {
    it('an environment changing elsewhere is followed without a manual refresh, only while transitional', async () => {
      await t.addAccount();
      await t.rows();
      // Started from the dashboard: the next manual refresh shows it Launching; from then on it is followed.
      const elsewhere = fetch(`${t.sim.url}/1.0/environment/control/rest/startenv`, {
        method: 'POST',
        body: new URLSearchParams({ session: t.sim.demo.token, envName: 'staging-api' }),
      });
      await t.sim.operationStarted('staging-api');
      await vscode.commands.executeCommand(Cmd.refresh);
      const launching = await t.waitForRow('staging-api', (row) => row.description === 'Launching', 'Launching');
      assert.equal(launching.icon, 'loading~spin');
      t.sim.clearRequests();
      assert.deepEqual(t.scheduler.pendingDelays, [2000]);
      t.sim.completeOperations();
      await elsewhere;
      t.scheduler.advance(2000);
      await t.waitForRow('staging-api', (row) => row.description === undefined && row.icon === 'vm-running', 'runs');
      // One GetEnvs per account per tick, however many environments are transitional (issue 15).
      assert.deepEqual(t.methods(), ['GetEnvs']);
      assert.equal(t.scheduler.pending, 0);
    });

    it('zero requests over an idle period with auto-refresh off', async () => {
      await t.addAccount();
      await t.rows();
      await t.envRow('shop-prod');
      t.sim.clearRequests();
      assert.equal(t.scheduler.pending, 0);
      for (let hour = 0; hour < 8; hour++) {
        t.scheduler.advance(HOUR);
        t.sim.clock.advance(HOUR);
      }
      await t.rows();
      assert.deepEqual(t.sim.requests, []);
    });

    it('Refresh: one GetEnvs per account; Refresh Account: that account only', async () => {
      const id = await t.addAccount();
      await t.rows();
      t.sim.clearRequests();
      await vscode.commands.executeCommand(Cmd.refresh);
      assert.deepEqual(t.methods(), ['GetEnvs']);
      await vscode.commands.executeCommand(Cmd.refreshAccount, id);
      assert.deepEqual(t.methods(), ['GetEnvs', 'GetEnvs']);
    });
  });

  describe('the command palette', () => {
    const labels = (items: readonly vscode.QuickPickItem[]) => items.map((item) => plain(item.label));

    it('offers only environments where the action is valid now', async () => {
      await t.addAccount();
      const offered: Record<string, string[]> = {};
      for (const [command, title] of [
        [Cmd.start, 'Start'],
        [Cmd.stop, 'Stop'],
        [Cmd.sleep, 'Sleep'],
        [Cmd.restart, 'Restart'],
      ] as const) {
        t.ui.expectQuickPick<vscode.QuickPickItem>(/Which environment/, (items) => {
          offered[title] = labels(items);
          return undefined;
        });
        await vscode.commands.executeCommand(command);
      }
      const running = ['Café Ünïcode — 東京', 'local-sha-master-0954606', 'Shop — production'];
      assert.deepEqual(offered, { Start: ['Dev sandbox', 'Staging API'], Stop: running, Sleep: running, Restart: running });
      assert.deepEqual(t.methods(), ['GetEnvs']);
      t.ui.assertDone();
    });

    it('asks for the account first when there are several, then runs on the picked environment', async () => {
      await t.addAccount('Demo');
      const other = t.sim.createToken({ login: 'tfa@example.com', template: 'IDE Plugins' });
      await t.addAccount('Second', other.key);
      t.ui.expectQuickPick(/Which account/, 'Demo').expectQuickPick(/Which environment/, 'Staging API');
      const running = launch(Cmd.start);
      await t.sim.operationStarted('staging-api');
      t.sim.completeOperations();
      await running;
      assert.equal(t.sim.getEnv('staging-api')?.status, 1);
      t.ui.assertDone();
    });

    it('Restart Node from the palette: environment, then node', async () => {
      await t.addAccount();
      t.ui
        .expectQuickPick(/Which environment/, 'Shop — production')
        .expectQuickPick(/Which node of Shop/, 'Primary DB')
        .expectMessage('warning', 'Restart node Primary DB (1104) of Shop — production?', 'Restart');
      const running = launch(Cmd.restartNode);
      await t.sim.operationStarted('shop-prod');
      t.sim.completeOperations();
      await running;
      assert.equal(t.sim.requests.find((r) => r.method === 'RestartNodes')?.params.nodeId, '1104');
      t.ui.assertDone();
    });

    it('says so when no environment can take the action', async () => {
      t.sim.addAccount({ login: 'quiet@example.com', password: 'quiet-password', environments: [
        { envName: 'only-stopped', status: 2, nodeGroups: [{ name: 'cp' }], nodes: [{ id: 1, nodeGroup: 'cp', nodeType: 'nodejs', name: 'Node.js' }] },
      ] });
      await t.addAccount('Quiet', t.sim.createToken({ login: 'quiet@example.com', template: 'IDE Plugins' }).key);
      await vscode.commands.executeCommand(Cmd.stop);
      assert.deepEqual(t.ui.notifications.map((n) => n.message), ['No environment of Quiet can be stopped now.']);
      t.ui.assertDone();
    });
  });

  describe('open and copy', () => {
    it('Open in Browser, Open Dashboard and Copy Domain', async () => {
      await t.addAccount();
      const shop = await t.envRow('shop-prod');
      const db = (await t.rows((await child(shop.element, 'SQL Databases')).element))[0];
      await vscode.commands.executeCommand(Cmd.open, shop.element);
      await vscode.commands.executeCommand(Cmd.open, db.element);
      await vscode.commands.executeCommand(Cmd.dashboard, shop.element);
      await vscode.commands.executeCommand(Cmd.copy, shop.element);
      const opened = t.ui.opened.map((url) => url.replace(/\/$/, ''));
      assert.deepEqual(opened, ['https://shop-prod.sim.vap.test', 'http://node1104-shop-prod.sim.vap.test', t.sim.url]);
      assert.deepEqual(t.ui.clipboard, ['shop-prod.sim.vap.test']);
      t.ui.assertDone();
    });
  });
});
