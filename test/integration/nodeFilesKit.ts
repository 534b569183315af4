// Shared pieces of the node files suites: the Environments fixture, the node file URIs of the simulator's demo
// environment, editors opened and closed cleanly, and waits on events (the file system's, the documents'), never on time.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { Commands } from '../../src/ui/commandIds';
import { nodeFileUri } from '../../src/environments/nodeFiles/nodeUri';
import type { EnvTreeElement } from '../../src/environments/view/treeElements';
import { Row, useEnvironmentsFixture } from './environmentsKit';

export const ENV = 'shop-prod';
export const NODE = 1102;
export const CONF = '/etc/tomcat9/tomcat9.conf';
export const SEEDED_CONF = '# tomcat9 configuration\nworkers = 2\n';

export function useNodeFilesFixture() {
  // Before the Environments fixture's own: editors close while their account and simulator are still there.
  afterEach(async () => {
    // A refused save leaves its editor dirty: revert it, so closing asks nothing.
    for (const document of vscode.workspace.textDocuments.filter((doc) => doc.uri.scheme === 'vap' && doc.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((group) => group.tabs));
  });
  const t = useEnvironmentsFixture();
  const kit = {
    t,
    uri: (accountId: string, path: string, nodeId = NODE) => nodeFileUri({ accountId, envName: ENV, nodeId, path }),
    /** Opens a file the way a Files row's click does: Open Node File with the file. */
    async open(accountId: string, path: string): Promise<vscode.TextEditor> {
      await vscode.commands.executeCommand(Commands.openNodeFile, { accountId, envName: ENV, nodeId: NODE, path });
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no editor opened');
      assert.equal(editor.document.uri.toString(), kit.uri(accountId, path).toString());
      return editor;
    },
    /** Replaces the whole text of the editor's document (unsaved). */
    async type(editor: vscode.TextEditor, text: string): Promise<void> {
      const document = editor.document;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
      assert.equal(await vscode.workspace.applyEdit(edit), true);
      assert.equal(document.isDirty, true);
    },
    /** Saves; true when VS Code saved it (a refused save may resolve false or reject, depending on the host). */
    save: (document: vscode.TextDocument): Promise<boolean> => Promise.resolve(document.save()).then((saved) => saved, () => false),
    /** The node's text of a file, in the simulator. */
    onNode: (path: string, nodeId = NODE) => t.sim.workloads.fileText(ENV, nodeId, path),
    /** Resolves at the file system's next change event for `uri` (a save that went through). */
    nextWrite(uri: vscode.Uri): Promise<void> {
      return new Promise((resolve) => {
        const subscription = t.api.environments.nodeFiles.fileSystem.onDidChangeFile((events) => {
          if (!events.some((event) => event.uri.toString() === uri.toString())) return;
          subscription.dispose();
          resolve();
        });
      });
    },
    /** Resolves once the document's text is `text` (checked now and on every change of it). */
    textBecomes(document: vscode.TextDocument, text: string): Promise<void> {
      if (document.getText() === text) return Promise.resolve();
      return new Promise((resolve) => {
        const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
          if (event.document !== document || document.getText() !== text) return;
          subscription.dispose();
          resolve();
        });
      });
    },
    /** Resolves when VS Code saved the document. */
    saved(document: vscode.TextDocument): Promise<void> {
      return new Promise((resolve) => {
        const subscription = vscode.workspace.onDidSaveTextDocument((saved) => {
          if (saved !== document) return;
          subscription.dispose();
          resolve();
        });
      });
    },
    count: (method: string) => t.sim.countRequests(method),
    /** The rows under a node's Files folder (or under one of its directories). */
    async filesRows(parent?: EnvTreeElement): Promise<Row[]> {
      if (parent) return t.rows(parent);
      const env = await t.envRow(ENV);
      const groups = await t.rows(env.element);
      const group = groups.find((row) => row.element.kind === 'group' && row.element.nodeGroup === 'cp');
      assert.ok(group, 'no cp group row');
      const node = (await t.rows(group.element)).find((row) => row.element.kind === 'node' && row.element.nodeId === NODE);
      assert.ok(node?.collapsible, 'the node row does not expand');
      const files = (await t.rows(node.element)).find((row) => row.element.kind === 'nodeFolder' && row.element.folder === 'files');
      assert.ok(files, 'no Files folder under the node');
      assert.equal(files.label, 'Files');
      return t.rows(files.element);
    },
  };
  return kit;
}
