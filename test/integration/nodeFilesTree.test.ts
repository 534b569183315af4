// Node files from the Environments view (the Files folder under each node) and what is refused: files too large or
// binary for an editor, a token without the file methods (8202), a file of an account VS Code no longer has.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { CONF, ENV, NODE, SEEDED_CONF, useNodeFilesFixture } from './nodeFilesKit';

describe('Node files: the Files folder and refusals', () => {
  const kit = useNodeFilesFixture();
  const { t } = kit;

  it('lists the node\'s directories lazily (GetList per expand) and opens a file from its row', async () => {
    const accountId = await t.addAccount();
    const root = await kit.filesRows();
    assert.deepEqual(root.map((row) => [row.label, row.collapsible]), [['etc', true], ['var', true]]);
    assert.equal(kit.count('GetList'), 1, 'only the folder that was opened is read');

    const etc = await kit.filesRows(root[0].element);
    assert.deepEqual(etc.map((row) => row.label), ['tomcat9', 'hosts']);
    const conf = (await kit.filesRows(etc[0].element)).find((row) => row.label === 'tomcat9.conf');
    assert.ok(conf && !conf.collapsible);
    assert.equal(kit.count('GetList'), 3);

    const item = await t.api.services.views.environments.provider.getTreeItem(conf.element);
    assert.equal(item.command?.command, Commands.openNodeFile);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), kit.uri(accountId, CONF).toString());
    assert.equal(editor?.document.getText(), SEEDED_CONF);
  });

  it('a file over the size limit is not read: the user is told why and offered Download or the dashboard', async () => {
    const accountId = await t.addAccount();
    t.sim.workloads.putFile(ENV, NODE, '/var/lib/dump.sql', Buffer.alloc(6 * 1024 * 1024, 0x61));
    t.ui.expectMessage('warning', /^dump\.sql is 6 MB: files over 5 MB are not opened in an editor\.$/, 'Open Dashboard');
    await vscode.commands.executeCommand(Commands.openNodeFile, { accountId, envName: ENV, nodeId: NODE, path: '/var/lib/dump.sql' });
    t.ui.assertDone();
    assert.equal(kit.count('Read'), 0, 'Read is not sent for a file the listing says is too large');
    assert.equal(vscode.window.activeTextEditor, undefined);
    assert.deepEqual(t.ui.opened, [`${t.sim.url}/`], 'Open Dashboard opens the account\'s dashboard');
  });

  it('Download… saves a file too large for an editor to a local file, whole', async () => {
    const accountId = await t.addAccount();
    const big = `${'x'.repeat(99)}\n`.repeat(60_000);
    t.sim.workloads.putFile(ENV, NODE, '/var/lib/big.log', big);
    const target = vscode.Uri.file(path.join(os.tmpdir(), `vap-download-${process.pid}-${Date.now()}.log`));
    t.ui.expectMessage('warning', /^big\.log is 5\.7 MB/, 'Download…').expectSaveDialog(/Download big\.log/, target);
    await vscode.commands.executeCommand(Commands.openNodeFile, { accountId, envName: ENV, nodeId: NODE, path: '/var/lib/big.log' });
    t.ui.assertDone();
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), big);
    fs.rmSync(target.fsPath);
    assert.ok(t.ui.notifications.some((note) => /^Downloaded big\.log to /.test(note.message)));
  });

  it('from a node row\'s menu it browses that node\'s files at once', async () => {
    const accountId = await t.addAccount();
    const env = (await t.rows()).find((row) => row.element.kind === 'environment' && row.element.envName === ENV);
    assert.ok(env);
    const group = (await t.rows(env.element)).find((row) => row.element.kind === 'group' && row.element.nodeGroup === 'cp');
    assert.ok(group);
    const node = (await t.rows(group.element)).find((row) => row.element.kind === 'node' && row.element.nodeId === NODE);
    assert.ok(node);
    t.ui.expectQuickPick(/1102: \/ \|/, 'etc/').expectQuickPick(/1102: \/etc \|/, 'hosts');
    await vscode.commands.executeCommand(Commands.openNodeFile, node.element);
    t.ui.assertDone();
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), kit.uri(accountId, '/etc/hosts').toString());
  });

  it('a binary file is refused with the reason, and nothing opens', async () => {
    const accountId = await t.addAccount();
    t.ui.expectMessage('warning', /^data\.bin is not a text file: the platform carries file contents as text/, undefined);
    await vscode.commands.executeCommand(Commands.openNodeFile, { accountId, envName: ENV, nodeId: NODE, path: '/var/lib/data.bin' });
    t.ui.assertDone();
    assert.equal(vscode.window.activeTextEditor, undefined);
    const error = await Promise.resolve(vscode.workspace.fs.readFile(kit.uri(accountId, '/var/lib/data.bin'))).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof vscode.FileSystemError, String(error));
    assert.equal(error.code, 'NoPermissions');
  });

  it('a token without the file methods (8202): the Files folder says which method, and opening a file offers a new token', async () => {
    const { key } = t.sim.createToken({
      login: t.sim.demo.login,
      apiList: ['environment.control.GetEnvs', 'environment.control.GetEnvInfo'],
    });
    const accountId = await t.addAccount('Narrow', key);
    const [error] = await kit.filesRows();
    assert.equal(error.label, 'This token may not use environment.file.GetList');
    assert.equal(error.description, 'Generate IDE Plugins Token');

    t.ui.expectMessage('error', /^Open Node File failed: this token may not use environment\.file\.(GetList|Read) \([^)]+\)\. Edit the token to allow it, or generate an IDE Plugins token\./, undefined);
    await vscode.commands.executeCommand(Commands.openNodeFile, { accountId, envName: ENV, nodeId: NODE, path: CONF });
    t.ui.assertDone();
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('a file of an account VS Code does not have is unavailable, with a message saying so', async () => {
    await t.addAccount();
    const uri = kit.uri('0b4e7d1c-0000-4000-8000-000000000000', CONF);
    const error = await Promise.resolve(vscode.workspace.fs.readFile(uri)).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof vscode.FileSystemError, String(error));
    assert.equal(error.code, 'Unavailable');
    assert.match(error.message, /belongs to a VAP account that is not in this VS Code any more/);
    assert.equal(kit.count('Read'), 0);
  });
});
