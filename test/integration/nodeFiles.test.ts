// Node files in editors: open, edit and save on the node through the `vap:` file system, with the simulator over HTTP
// behind it; a file changed on the node since it was opened is never overwritten without the user's say.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { CONF, ENV, NODE, SEEDED_CONF, useNodeFilesFixture } from './nodeFilesKit';

describe('Node files: edit and save', () => {
  const kit = useNodeFilesFixture();
  const { t } = kit;

  it('opens a config file from the palette (environment, node, folders), edits it and saves it on the node', async () => {
    const accountId = await t.addAccount();
    t.ui
      .expectQuickPick(/Which environment/, /Shop/)
      .expectQuickPick(/Which node/, (items: readonly vscode.QuickPickItem[]) => items.find((item) => item.description === String(NODE)))
      .expectQuickPick(/1102: \/ \|/, 'etc/')
      .expectQuickPick(/1102: \/etc \|/, 'tomcat9/')
      .expectQuickPick(/1102: \/etc\/tomcat9 \|/, 'tomcat9.conf');
    await vscode.commands.executeCommand(Commands.openNodeFile);
    t.ui.assertDone();
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), kit.uri(accountId, CONF).toString());
    assert.equal(editor.document.getText(), SEEDED_CONF);

    await kit.type(editor, '# tomcat9 configuration\nworkers = 8\n');
    assert.equal(await kit.save(editor.document), true);
    assert.equal(kit.onNode(CONF), '# tomcat9 configuration\nworkers = 8\n');
    assert.equal(editor.document.isDirty, false);
    assert.equal(kit.count('Write'), 1);
  });

  it("the workspace environment's menu offers Open Node File…: the node of that environment, then its folders", async () => {
    const accountId = await t.addAccount();
    await t.api.environments.binding.set({ accountId, envName: ENV });
    t.ui
      .expectQuickPick('workspace’s environment', /Open Node File…/)
      .expectQuickPick(/Which node/, (items: readonly vscode.QuickPickItem[]) => items.find((item) => item.description === String(NODE)))
      .expectQuickPick(/1102: \/ \|/, /Type a Path/)
      .expectInputBox(/absolute path/, CONF);
    await vscode.commands.executeCommand('vap.environments.workspaceActions');
    t.ui.assertDone();
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), kit.uri(accountId, CONF).toString());
  });

  it('a path typed into the picker opens that file', async () => {
    const accountId = await t.addAccount();
    t.ui
      .expectQuickPick(/Which environment/, /Shop/)
      .expectQuickPick(/Which node/, (items: readonly vscode.QuickPickItem[]) => items.find((item) => item.description === String(NODE)))
      .expectQuickPick(/1102: \/ \|/, /Type a Path/)
      .expectInputBox(/absolute path/, CONF);
    await vscode.commands.executeCommand(Commands.openNodeFile);
    t.ui.assertDone();
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), kit.uri(accountId, CONF).toString());
  });

  it('refuses to save over a file changed on the node since it was opened, then Overwrite saves it', async () => {
    const accountId = await t.addAccount();
    const editor = await kit.open(accountId, CONF);
    await kit.type(editor, 'mine\n');
    t.sim.workloads.putFile(ENV, NODE, CONF, 'theirs\n');
    t.ui.expectMessage('error', /tomcat9\.conf changed on the node since you opened it, so your changes were not saved/, 'Overwrite');
    const written = kit.nextWrite(editor.document.uri);

    assert.equal(await kit.save(editor.document), false, 'the save must be refused');
    await written;
    t.ui.assertDone();
    assert.equal(kit.onNode(CONF), 'mine\n');
    assert.equal(kit.count('Write'), 1, 'one Write: the overwrite, none for the refused save');
  });

  it('the refused save says why to VS Code too, and writes nothing', async () => {
    const accountId = await t.addAccount();
    await kit.open(accountId, CONF);
    t.sim.workloads.putFile(ENV, NODE, CONF, 'theirs\n');
    t.ui.expectMessage('error', /changed on the node/, undefined);
    const refusal = await Promise.resolve(vscode.workspace.fs.writeFile(kit.uri(accountId, CONF), Buffer.from('mine\n'))).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(refusal instanceof Error, 'the write was not refused');
    assert.match(refusal.message, /tomcat9\.conf changed on the node since it was opened: nothing was saved/);
    assert.equal(kit.onNode(CONF), 'theirs\n');
    assert.equal(kit.count('Write'), 0);
  });

  it('a file this window never read (an editor VS Code restored with unsaved changes) is not saved over the node\'s: it asks, Overwrite saves', async () => {
    const accountId = await t.addAccount();
    const uri = kit.uri(accountId, CONF);
    // The restored editor's save is a write of a file no read in this window went before, as this one is.
    t.ui.expectMessage('error', /tomcat9\.conf was not read in this window .* so it may have changed on the node: your changes were not saved/, 'Overwrite');
    const written = kit.nextWrite(uri);
    const refusal = await Promise.resolve(vscode.workspace.fs.writeFile(uri, Buffer.from('mine\n'))).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(refusal instanceof Error, 'the write was not refused');
    assert.match(refusal.message, /tomcat9\.conf was not read in this window, so whether it changed on the node cannot be told: nothing was saved/);
    await written;
    t.ui.assertDone();
    assert.equal(kit.onNode(CONF), 'mine\n', 'Overwrite wrote the user\'s version');
    assert.equal(kit.count('Write'), 1, 'one Write: the overwrite');
  });

  it('a file never read here whose text is already the node\'s is saved without a question or a Write', async () => {
    const accountId = await t.addAccount();
    await vscode.workspace.fs.writeFile(kit.uri(accountId, CONF), Buffer.from(SEEDED_CONF));
    assert.equal(kit.onNode(CONF), SEEDED_CONF);
    assert.equal(kit.count('Write'), 0);
  });

  it('Compare shows the node version beside the user\'s; Revert then takes the node version', async () => {
    const accountId = await t.addAccount();
    const editor = await kit.open(accountId, CONF);
    await kit.type(editor, 'mine\n');
    t.sim.workloads.putFile(ENV, NODE, CONF, 'theirs\n');
    t.ui.expectMessage('error', /changed on the node/, 'Compare').expectMessage('error', /changed on the node/, 'Revert');
    const reverted = kit.textBecomes(editor.document, 'theirs\n');
    const saved = kit.saved(editor.document);

    assert.equal(await kit.save(editor.document), false);
    await reverted;
    await saved;
    assert.equal(editor.document.isDirty, false);
    t.ui.assertDone();
    const diff = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .map((tab) => tab.input)
      .find((input): input is vscode.TabInputTextDiff => input instanceof vscode.TabInputTextDiff);
    assert.ok(diff, 'no diff editor was opened');
    assert.equal(diff.original.scheme, 'vap-node-version');
    assert.equal(diff.modified.toString(), editor.document.uri.toString());
    const nodeVersion = await vscode.workspace.openTextDocument(diff.original);
    assert.equal(nodeVersion.getText(), 'theirs\n');
    assert.equal(kit.onNode(CONF), 'theirs\n', 'Revert writes nothing');
    assert.equal(kit.count('Write'), 0);
  });

  it('a path the platform refuses to write is read-only: the save fails with the platform\'s reason', async () => {
    const accountId = await t.addAccount();
    const uri = kit.uri(accountId, '/etc/hosts');
    const editor = await kit.open(accountId, '/etc/hosts');
    await kit.type(editor, '10.0.0.1 db\n');
    assert.equal(await kit.save(editor.document), false);
    assert.equal(kit.onNode('/etc/hosts'), '127.0.0.1 localhost\n');

    const error = await Promise.resolve(vscode.workspace.fs.writeFile(uri, Buffer.from('x'))).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof vscode.FileSystemError, String(error));
    assert.equal(error.code, 'NoPermissions');
    assert.match(error.message, /hosts is read-only on the node: the platform refused to write it \(permission denied: \[\/etc\/hosts\] is read-only\)/);
    const stat = await vscode.workspace.fs.stat(uri);
    assert.equal(stat.permissions, vscode.FilePermission.Readonly, 'known read-only since the refusal');
  });

  it('a new file is created with Write; delete and rename say the platform cannot', async () => {
    const accountId = await t.addAccount();
    const uri = kit.uri(accountId, '/etc/tomcat9/extra.conf');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('extra = 1\n'));
    assert.equal(kit.onNode('/etc/tomcat9/extra.conf'), 'extra = 1\n');
    for (const attempt of [() => vscode.workspace.fs.delete(uri), () => vscode.workspace.fs.rename(uri, kit.uri(accountId, '/etc/other.conf'))]) {
      const error = await Promise.resolve(attempt()).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof vscode.FileSystemError, String(error));
      assert.equal(error.code, 'NoPermissions');
      assert.match(error.message, /The platform's file API cannot (delete files|rename or move files)/);
    }
    assert.equal(kit.onNode('/etc/tomcat9/extra.conf'), 'extra = 1\n');
  });
});
