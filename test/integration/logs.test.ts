// Node logs in a real extension host against the simulator: the Logs folder under a node, read-only vap-log:
// editors that show a large log's end, Follow appending what the log grew by (driven by a manual scheduler), no
// ReadLog at all while the followed log's editor is hidden, and the errors (8202, a missing log) as rows and messages.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { EnvTreeElement } from '../../src/environments/view/treeElements';
import { ManualScheduler } from '../unit/environments/manualScheduler';
import { useEnvironmentsFixture } from './environmentsKit';
import { closeAllEditors, documentText, logUriOf, untilDocument, untilFollower } from './logsKit';

const RUN_LOG = '/var/log/run.log';
const INTERVAL = 2_000;
const numbered = (count: number) => Array.from({ length: count }, (_, index) => `request ${index}`);

describe('Node logs', function () {
  this.timeout(30_000);
  const t = useEnvironmentsFixture();
  let scheduler: ManualScheduler;

  beforeEach(async () => {
    scheduler = new ManualScheduler();
    t.api.environments.logs.useTiming({ scheduler, followIntervalMs: INTERVAL });
  });
  afterEach(async () => {
    for (const ref of t.api.environments.logs.follower.followed()) t.api.environments.logs.follower.stop(ref);
    await closeAllEditors();
    await vscode.workspace.getConfiguration('vap').update('logs.tailLines', undefined, vscode.ConfigurationTarget.Global);
  });

  const child = async (parent: EnvTreeElement, label: string) => {
    const found = (await t.rows(parent)).find((row) => row.label === label);
    assert.ok(found, `no child ${label} under ${parent.kind}`);
    return found;
  };
  /** The Logs folder of node 1102 (Tomcat, shop-prod). */
  const logsFolder = async () => {
    const shop = await t.envRow('shop-prod');
    const group = await child(shop.element, 'Application Servers');
    const node = (await t.rows(group.element)).find((row) => row.description === '1102');
    assert.ok(node?.collapsible, 'node rows open to their folders');
    return child(node.element, 'Logs');
  };
  const accountId = () => t.api.services.accounts.list()[0]!.id;
  const runLog = (path = RUN_LOG) => logUriOf({ accountId: accountId(), envName: 'shop-prod', nodeId: 1102, path });

  it('the Logs folder lists GetLogsList when expanded: directories, current logs, rotated ones, with size and age', async () => {
    await t.addAccount();
    t.sim.workloads.appendLog('shop-prod', 1102, '/var/log/tomcat/catalina.out', ['started']);
    const folder = await logsFolder();
    assert.equal(folder.contextValue, 'vap.nodeFolder.logs');
    t.sim.clearRequests();
    const rows = await t.rows(folder.element);
    assert.deepEqual(rows.map((row) => [row.label, row.contextValue, row.icon]), [
      ['tomcat', 'vap.logDirectory', 'folder'],
      ['run.log', 'vap.log', 'file-text'],
      ['run.log.1', 'vap.log', 'archive'],
    ]);
    assert.match(rows[1]!.description ?? '', /^33 B · /);
    assert.match(rows[2]!.description ?? '', /^rotated · 16 B · /);
    assert.deepEqual(t.methods().sort(), ['GetList', 'GetLogsList']);
    assert.deepEqual((await t.rows(rows[0]!.element)).map((row) => row.label), ['catalina.out']);
    t.sim.clearRequests();
    assert.deepEqual(await t.rows(rows[1]!.element), [], 'a log row has no children');
    assert.deepEqual(t.methods(), [], 'and asking for them sends nothing (a log path is no directory to list)');
    await t.rows(folder.element);
    assert.deepEqual(t.methods(), [], 'kept until Refresh');
    await vscode.commands.executeCommand('vap.environments.refreshNodeFolder', folder.element);
    await t.rows(folder.element);
    assert.ok(t.methods().includes('GetLogsList'), 'Refresh reads the node again');
    const item = t.api.environments.tree.getTreeItem(rows[1]!.element);
    assert.equal(item.command?.command, 'vap.logs.open');
    assert.equal(String(item.command?.arguments?.[0]), runLog().toString());
  });

  it('a token without GetLogsList shows the reason as a row offering an IDE Plugins token, without a popup', async () => {
    const { key } = t.sim.createToken({ login: t.sim.demo.login, apiList: ['environment.control.GetEnvs', 'environment.control.GetEnvInfo'] });
    await t.addAccount('Demo', key);
    const rows = await t.rows((await logsFolder()).element);
    assert.deepEqual(rows.map((row) => [row.label, row.icon]), [['This token may not use environment.control.GetLogsList', 'error']]);
    assert.equal(t.api.environments.tree.getTreeItem(rows[0]!.element).command?.command, 'vap.generateIdePluginsToken');
    assert.deepEqual(t.ui.notifications, []);
    t.ui.assertDone();
  });

  it('opens a large log at its end in a read-only editor: only the last tailLines lines, and a note on the rest', async () => {
    await t.addAccount();
    await vscode.workspace.getConfiguration('vap').update('logs.tailLines', 50, vscode.ConfigurationTarget.Global);
    t.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, numbered(20_000));
    t.sim.clearRequests();
    await vscode.commands.executeCommand('vap.logs.open', runLog());
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), runLog().toString());
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[0], '[19952 earlier lines are not shown: the setting vap.logs.tailLines says how many of the last lines to show]');
    assert.deepEqual(lines.slice(1, 51), numbered(20_000).slice(-50));
    const reads = t.sim.requests.filter((request) => request.method === 'ReadLog');
    assert.ok(reads.every((request) => Number(request.params.count) <= 50), 'never more than the tail is read');
    assert.ok(reads.length <= 3, `${reads.length} ReadLog requests`);
    // Read-only: nothing can be written back.
    assert.equal(vscode.workspace.fs.isWritableFileSystem('vap-log'), false);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(runLog(), new Uint8Array([120]))));
  });

  it('Follow appends the lines the log grew by on each interval, and Stop Following stops the polling', async () => {
    await t.addAccount();
    await vscode.commands.executeCommand('vap.logs.open', runLog());
    const logs = t.api.environments.logs;
    await vscode.commands.executeCommand('vap.logs.follow', runLog());
    await untilFollower(logs, () => logs.follower.scheduled, 'a poll is scheduled');
    assert.equal(logs.status.item.text, '$(eye) Following run.log');
    t.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, ['GET /cart 200', 'GET /pay 500']);
    scheduler.advance(INTERVAL);
    await untilDocument(runLog(), (text) => text.endsWith('tomcat9 started\nGET /cart 200\nGET /pay 500\n'), 'the new lines appear');
    t.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, ['GET /done 200']);
    await untilFollower(logs, () => logs.follower.scheduled, 'the next poll is scheduled');
    scheduler.advance(INTERVAL);
    await untilDocument(runLog(), (text) => text.endsWith('GET /pay 500\nGET /done 200\n'), 'and the next');
    await vscode.commands.executeCommand('vap.logs.stopFollowing', runLog());
    assert.equal(logs.follower.followed().length, 0);
    assert.equal(scheduler.pending, 0, 'nothing is polled any more');
    t.sim.clearRequests();
    scheduler.advance(60_000);
    assert.equal(t.sim.countRequests('ReadLog'), 0);
  });

  it('a followed log whose editor is hidden sends no ReadLog; shown again, it catches up and goes on', async () => {
    await t.addAccount();
    const logs = t.api.environments.logs;
    await vscode.commands.executeCommand('vap.logs.follow', runLog());
    await untilFollower(logs, () => logs.follower.scheduled, 'following');
    // Another log in its place: the followed one's tab stays open, in the background.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(runLog('/var/log/run.log.1')), { preview: false });
    await untilFollower(logs, () => logs.follower.active().length === 0, 'the log is hidden');
    assert.equal(scheduler.pending, 0, 'no timer while hidden');
    t.sim.clearRequests();
    t.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, ['while hidden']);
    scheduler.advance(10 * INTERVAL);
    assert.equal(t.sim.countRequests('ReadLog'), 0, 'no request while nothing followed is visible');
    assert.ok(logs.follower.isFollowed({ accountId: accountId(), envName: 'shop-prod', nodeId: 1102, path: RUN_LOG }));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(runLog()), { preview: false });
    await untilDocument(runLog(), (text) => text.endsWith('while hidden\n'), 'the lines written while hidden appear');
    t.sim.workloads.appendLog('shop-prod', 1102, RUN_LOG, ['after']);
    await untilFollower(logs, () => logs.follower.scheduled, 'polling again');
    scheduler.advance(INTERVAL);
    await untilDocument(runLog(), (text) => text.endsWith('while hidden\nafter\n'), 'following goes on');
  });

  it('a failing poll says so once and stops following; closing a followed editor stops following too', async () => {
    await t.addAccount();
    const logs = t.api.environments.logs;
    await vscode.commands.executeCommand('vap.logs.follow', runLog());
    await untilFollower(logs, () => logs.follower.scheduled, 'following');
    t.sim.faults.add({ method: 'ReadLog', kind: 'http', status: 503 });
    t.ui.expectMessage('error', /^Following \/var\/log\/run\.log failed/);
    scheduler.advance(INTERVAL);
    await untilFollower(logs, () => logs.follower.followed().length === 0, 'following stopped');
    scheduler.advance(10 * INTERVAL);
    assert.equal(scheduler.pending, 0, 'no retry storm');
    t.sim.faults.clear();
    await vscode.commands.executeCommand('vap.logs.follow', runLog());
    await untilFollower(logs, () => logs.follower.scheduled, 'following again');
    await closeAllEditors();
    await untilFollower(logs, () => logs.follower.followed().length === 0 && !logs.follower.scheduled, 'closing ends following');
    t.ui.assertDone();
  });

  it('from the palette: environment, node, then the log (a directory opens its logs)', async () => {
    await t.addAccount();
    t.sim.workloads.appendLog('shop-prod', 1102, '/var/log/tomcat/catalina.out', ['catalina line']);
    t.ui
      .expectQuickPick('Which environment?', /Shop — production/)
      .expectQuickPick('Which node of Shop — production?', (items) => items.find((item) => item.description === '1102'))
      .expectQuickPick('Which log of node 1102 (/var/log)?', /tomcat/)
      .expectQuickPick('Which log of node 1102 (/var/log/tomcat)?', /catalina\.out/);
    await vscode.commands.executeCommand('vap.logs.open');
    assert.equal(documentText(runLog('/var/log/tomcat/catalina.out')), 'catalina line\n');
    t.ui.assertDone();
  });

  it("the workspace environment's menu offers Open Node Log…", async () => {
    await t.addAccount();
    await t.api.environments.binding.set({ accountId: accountId(), envName: 'shop-prod' });
    t.ui
      .expectQuickPick('workspace’s environment', /Open Node Log…/)
      .expectQuickPick('Which node of Shop — production?', (items) => items.find((item) => item.description === '1102'))
      .expectQuickPick('Which log of node 1102', /run\.log$/);
    await vscode.commands.executeCommand('vap.environments.workspaceActions');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), runLog().toString());
    t.ui.assertDone();
  });

  it('a missing log and a token without ReadLog each get one clear message, and no editor', async () => {
    await t.addAccount();
    t.ui.expectMessage('error', /Opening gone\.log failed: \/var\/log\/gone\.log is not on the node/);
    await vscode.commands.executeCommand('vap.logs.open', runLog('/var/log/gone.log'));
    const { key } = t.sim.createToken({
      login: t.sim.demo.login,
      apiList: ['environment.control.GetEnvs', 'environment.control.GetEnvInfo', 'environment.control.GetLogsList'],
    });
    await t.api.services.accounts.remove(accountId());
    await t.addAccount('Limited', key);
    t.ui.expectMessage('error', /^Opening run\.log failed: this token may not use environment\.control\.ReadLog \(read node logs\)\. Edit the token to allow it, or generate an IDE Plugins token\./);
    await vscode.commands.executeCommand('vap.logs.open', runLog());
    assert.equal(vscode.window.activeTextEditor, undefined);
    t.ui.assertDone();
  });
});
