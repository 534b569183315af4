// "Open Node File…": from a Files entry of the tree (or a `vap:` URI) straight to the editor; from the palette through
// the picker. A file an editor cannot hold is not opened: the user is told why and offered what can be done instead.

import { vscode } from '../../ui/vscodeApi';
import { readFile } from '../../platform';
import { Commands } from '../../ui/commandIds';
import { isCancellation } from '../../ui/progress';
import { GuidedError } from '../../util/guidedError';
import { t } from '../../util/l10n';
import type { EnvRef } from '../model/storeTypes';
import { NodeFileRef, NODE_FILE_SCHEME, nodeFileUri, parseNodeFileUri } from './nodeUri';
import { NotEditableError, baseName } from './fileErrors';
import { FILES_ROOT, FilePickerParts, browse, pickNodeFile } from './filePicker';

/** VS Code could not open the document and the file system left no failure of its own (its words are kept). */
class OpenFailedError extends GuidedError {
  readonly summary = t('Cannot open the file');
  readonly nextStep = 'showLog';
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'OpenFailedError';
  }
}

export async function openNodeFile(parts: FilePickerParts, arg: unknown): Promise<void> {
  const given = fileRefOf(arg);
  const picking: { accountId?: string } = { accountId: given?.accountId };
  try {
    const node = given ? undefined : nodeRefOf(arg);
    if (node) picking.accountId = node.accountId;
    const title = t('Open Node File');
    const ref = given ?? (node ? await browse(parts, node, FILES_ROOT, title) : await pickNodeFile(parts, title, picking, envRefOf(arg)));
    if (ref) await showNodeFile(parts, ref);
  } catch (error) {
    if (isCancellation(error)) throw error;
    // The calls used the account's token: a refusal gets the token's next step (8202: Generate IDE Plugins Token).
    await parts.commands.services.reporter.report(error, { operation: t('Open Node File'), usedToken: true, accountId: picking.accountId });
  }
}

/** A Files entry of the tree, a `vap:` URI, or anything carrying accountId/envName/nodeId/path. */
export function fileRefOf(arg: unknown): NodeFileRef | undefined {
  if (arg instanceof vscode.Uri) return arg.scheme === NODE_FILE_SCHEME ? parseNodeFileUri(arg) : undefined;
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { accountId, envName, nodeId, path } = arg as Record<string, unknown>;
  if (typeof accountId !== 'string' || typeof envName !== 'string' || typeof nodeId !== 'number' || typeof path !== 'string') return undefined;
  return { accountId, envName, nodeId, path };
}

/** An environment (the status bar's workspace environment): pick one of its nodes. */
function envRefOf(arg: unknown): EnvRef | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { accountId, envName } = arg as Record<string, unknown>;
  return typeof accountId === 'string' && typeof envName === 'string' ? { accountId, envName } : undefined;
}

/** A node row (or its Files folder): browse that node's files. */
function nodeRefOf(arg: unknown): Omit<NodeFileRef, 'path'> | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { accountId, envName, nodeId } = arg as Record<string, unknown>;
  if (typeof accountId !== 'string' || typeof envName !== 'string' || typeof nodeId !== 'number') return undefined;
  return { accountId, envName, nodeId };
}

export async function showNodeFile(parts: FilePickerParts, ref: NodeFileRef): Promise<void> {
  const uri = nodeFileUri(ref);
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    const cause = parts.fileSystem.takeFailure(uri);
    if (cause instanceof NotEditableError) return offerInstead(parts, ref, cause);
    throw cause ?? new OpenFailedError(error instanceof Error ? error.message : String(error));
  }
  await vscode.window.showTextDocument(document, { preview: true });
}

/** Too large: Download (the whole text, to a local file) or the dashboard; binary: the dashboard only. */
async function offerInstead(parts: FilePickerParts, ref: NodeFileRef, refusal: NotEditableError): Promise<void> {
  const download = t('Download…');
  const dashboard = t('Open Dashboard');
  const choices = refusal.problem.reason === 'tooLarge' ? [download, dashboard] : [dashboard];
  const choice = await parts.commands.services.prompts.ui.showWarningMessage(refusal.message, {}, ...choices);
  if (choice === dashboard) await vscode.commands.executeCommand(Commands.openDashboard, ref.accountId);
  if (choice === download) await downloadNodeFile(parts, ref);
}

async function downloadNodeFile(parts: FilePickerParts, ref: NodeFileRef): Promise<void> {
  const ui = parts.commands.services.prompts.ui;
  const target = await ui.showSaveDialog({ title: t('Download {0}', baseName(ref.path)), saveLabel: t('Download') });
  if (!target) return;
  const text = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Downloading {0}…', baseName(ref.path)) },
    async () => {
      const { client, token } = await parts.commands.store.credentials(ref.accountId);
      return readFile(client, token, { envName: ref.envName, nodeId: ref.nodeId, path: ref.path });
    },
  );
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  void ui.showInformationMessage(t('Downloaded {0} to {1}.', baseName(ref.path), target.fsPath), {});
}
