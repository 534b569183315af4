// A save refused because the file changed on the node: the user chooses, as with VS Code's own save conflict,
// Compare (a diff of the node's version and theirs), Overwrite (save theirs over the node's) or Revert (take the
// node's). The node's version is shown read-only under its own scheme, from what the refused save found there.

import { vscode } from '../../ui/vscodeApi';
import type { UserInterfaceHolder } from '../../ui/userInterface';
import { t } from '../../util/l10n';
import type { FileVersions } from './fileVersions';
import { baseName } from './fileErrors';
import { NODE_FILE_SCHEME } from './nodeUri';

/** The node's version of a file in conflict: `vap-node-version:` + the `vap:` URI's authority and path. */
export const NODE_VERSION_SCHEME = 'vap-node-version';

export function nodeVersionUri(uri: vscode.Uri): vscode.Uri {
  return uri.with({ scheme: NODE_VERSION_SCHEME });
}

/** Serves the node's version of each file in conflict (read-only, as every content provider's documents are). */
export class NodeVersionContent implements vscode.TextDocumentContentProvider {
  constructor(private readonly versions: FileVersions) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.versions.conflict(uri.with({ scheme: NODE_FILE_SCHEME }).toString())?.current ?? '';
  }
}

export interface ConflictParts {
  readonly prompts: UserInterfaceHolder;
  readonly versions: FileVersions;
}

/** Asks what to do with a refused save, and does it. Compare shows the diff, then asks again. */
export async function resolveConflict(parts: ConflictParts, uri: vscode.Uri): Promise<void> {
  const compare = t('Compare');
  const overwrite = t('Overwrite');
  const revert = t('Revert');
  const name = baseName(uri.path);
  let offerCompare = true;
  for (;;) {
    const conflict = parts.versions.conflict(uri.toString());
    if (!conflict) return;
    const message = conflict.unread
      ? t('{0} was not read in this window (VS Code may have restored your unsaved changes after a reload), so it may have changed on the node: your changes were not saved. Compare them, overwrite the node\'s version with yours, or revert to it.', name)
      : t('{0} changed on the node since you opened it, so your changes were not saved. Compare them, overwrite the node\'s version with yours, or revert to it.', name);
    const choices = offerCompare ? [compare, overwrite, revert] : [overwrite, revert];
    const choice = await parts.prompts.ui.showErrorMessage(message, {}, ...choices);
    if (choice === compare) {
      offerCompare = false;
      await vscode.commands.executeCommand('vscode.diff', nodeVersionUri(uri), uri, t('{0} (on the node) ↔ {0} (yours)', name));
      continue;
    }
    if (choice === overwrite) return overwriteNodeVersion(parts, uri);
    if (choice === revert) return revertToNodeVersion(parts, uri);
    return;
  }
}

async function overwriteNodeVersion(parts: ConflictParts, uri: vscode.Uri): Promise<void> {
  const conflict = parts.versions.acceptNodeVersion(uri.toString());
  if (!conflict) return;
  const document = openDocument(uri);
  // The next save compares with the version just seen on the node: a newer change there is caught again.
  if (document?.isDirty) await saveAfterRefusal(parts, document);
  else await vscode.workspace.fs.writeFile(uri, Buffer.from(conflict.mine, 'utf8'));
}

/** Revert: the editor takes the node's text (the user's stays in its undo history); saving it writes nothing. */
async function revertToNodeVersion(parts: ConflictParts, uri: vscode.Uri): Promise<void> {
  const conflict = parts.versions.acceptNodeVersion(uri.toString());
  const document = openDocument(uri);
  if (!conflict || !document) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), conflict.current);
  await vscode.workspace.applyEdit(edit);
  await saveAfterRefusal(parts, document);
}

/**
 * Saves the document. A save asked for while VS Code still finishes the refused one joins it and fails with it, so
 * one that fails without a new conflict is tried once more, now on its own.
 */
async function saveAfterRefusal(parts: ConflictParts, document: vscode.TextDocument): Promise<void> {
  if (await document.save()) return;
  if (!parts.versions.conflict(document.uri.toString())) await document.save();
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}
