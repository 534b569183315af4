// Open Node Log…, Follow Log, Stop Following Log. One handler each for the tree (a log row, a node), the editor title
// (the log's URI), the status bar and the palette (nothing: pick account, environment, node, log).

import { vscode } from '../../ui/vscodeApi';
import type { CommandParts } from '../commands/parts';
import { NodeRef, pickNode } from '../commands/pick';
import { refOf } from '../commands/targets';
import type { NodeFileRef } from '../nodeFiles/nodeUri';
import { NODE_LOG_SCHEME } from '../nodeFiles/nodeUri';
import { NodeEntryElement } from '../view/treeElements';
import { isCancellation } from '../../ui/progress';
import { t } from '../../util/l10n';
import type { LogDocuments } from './logDocuments';
import { logRefOf, logUri } from './logFileSystem';
import type { LogFollower } from './logFollower';
import { LOG_ROW, LogListing, sortLogs } from './logFolder';

export interface LogCommandParts {
  readonly parts: CommandParts;
  readonly documents: LogDocuments;
  readonly follower: LogFollower;
  readonly listing: LogListing;
}

/** Opens a log in a read-only editor, reading its end first (a failure is reported with the platform's reason). */
export async function openLog(logs: LogCommandParts, arg: unknown): Promise<vscode.TextEditor | undefined> {
  const ref = await logTarget(logs, arg, t('Open Node Log'));
  return ref && showLog(logs, ref);
}

export async function followLog(logs: LogCommandParts, arg: unknown): Promise<void> {
  const ref = givenLog(arg) ?? activeLog() ?? (await logTarget(logs, arg, t('Follow Log')));
  if (!ref) return;
  // Shown and pinned: a preview editor would be replaced (closed, so no longer followed) by the next file opened.
  await showLog(logs, ref, { preview: false });
  logs.follower.follow(ref);
}

export async function stopFollowingLog(logs: LogCommandParts, arg: unknown): Promise<void> {
  const followed = logs.follower.followed();
  const active = activeLog();
  let ref = givenLog(arg) ?? (active && logs.follower.isFollowed(active) ? active : undefined);
  if (!ref && followed.length === 1) ref = followed[0];
  if (!ref && followed.length > 1) {
    const picked = await logs.parts.services.prompts.ui.showQuickPick(
      followed.map((log) => ({ label: baseName(log.path), description: `${log.envName} · ${log.nodeId}`, detail: log.path, log })),
      { title: t('Stop Following Log'), placeHolder: t('Which log?') },
    );
    ref = picked?.log;
  }
  if (!ref) {
    if (followed.length === 0) void logs.parts.services.prompts.ui.showInformationMessage(t('No log is being followed.'), {});
    return;
  }
  logs.follower.stop(ref);
}

/** The log's editor, opened (or brought forward) after its end was read. */
export async function showLog(logs: LogCommandParts, ref: NodeFileRef, options: { preview?: boolean } = { preview: true }): Promise<vscode.TextEditor> {
  // Read first, so a failure (8202, a log gone) reaches the user in our words rather than as an editor error.
  await withTokenReport(logs, ref.accountId, t('Opening {0}', baseName(ref.path)), () => logs.documents.snapshot(ref));
  const uri = logUri(ref);
  const document = await vscode.workspace.openTextDocument(uri);
  // Where it is already shown, it stays (a log followed in a side group is not opened again in the active one).
  const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  return vscode.window.showTextDocument(document, { preview: options.preview, viewColumn: shown?.viewColumn });
}

/** The logs shown in visible editors now. */
export function visibleLogs(): NodeFileRef[] {
  return vscode.window.visibleTextEditors.map((editor) => asLog(editor.document.uri)).filter((ref) => ref !== undefined);
}

export function activeLog(): NodeFileRef | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && asLog(uri);
}

export function asLog(uri: vscode.Uri): NodeFileRef | undefined {
  if (uri.scheme !== NODE_LOG_SCHEME) return undefined;
  try {
    return logRefOf(uri);
  } catch {
    return undefined;
  }
}

/** A log named by the argument itself: its URI (editor title) or its row in the tree. */
function givenLog(arg: unknown): NodeFileRef | undefined {
  if (arg instanceof vscode.Uri) return asLog(arg);
  if (arg instanceof NodeEntryElement && arg.folder.folder === 'logs' && arg.item.contextValue === LOG_ROW) {
    return { accountId: arg.accountId, envName: arg.envName, nodeId: arg.nodeId, path: arg.path };
  }
  return undefined;
}

/** The given log, or one picked: of the given node, of a node of the given environment, or from the account down. */
async function logTarget(logs: LogCommandParts, arg: unknown, title: string): Promise<NodeFileRef | undefined> {
  const given = givenLog(arg);
  if (given) return given;
  const node = await pickNode(logs.parts, title, refOf(arg));
  return node && pickLog(logs, node, title);
}

/** A log of the node from a quick pick; a directory item lists that directory. */
async function pickLog(logs: LogCommandParts, node: NodeRef, title: string): Promise<NodeFileRef | undefined> {
  let path: string | undefined;
  for (;;) {
    const list = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Listing the logs…') }, () =>
      withTokenReport(logs, node.accountId, t('Listing the logs of node {0}', node.nodeId), () => logs.listing.list(node, path)),
    );
    const items = [
      ...list.directories.map((name) => ({ label: `$(folder) ${name}`, description: t('directory'), directory: `${list.path.replace(/\/+$/, '')}/${name}` })),
      ...sortLogs(list.logs).map((log) => ({ label: `$(file-text) ${log.name}`, description: log.rotated ? t('rotated') : undefined, detail: log.path, log })),
    ];
    if (items.length === 0) {
      void logs.parts.services.prompts.ui.showInformationMessage(t('There are no logs in {0} on node {1}.', list.path, node.nodeId), {});
      return undefined;
    }
    const picked = await logs.parts.services.prompts.ui.showQuickPick(items, {
      title,
      placeHolder: t('Which log of node {0} ({1})?', node.nodeId, list.path),
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    if ('log' in picked) return { accountId: node.accountId, envName: node.envName, nodeId: node.nodeId, path: picked.log.path };
    path = picked.directory;
  }
}

/**
 * Runs a call made with the account's token, reporting its failure as one (8202 names the method the token lacks
 * and offers an IDE Plugins token); the command wrapper then knows it was reported.
 */
async function withTokenReport<T>(logs: LogCommandParts, accountId: string, operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isCancellation(error)) await logs.parts.services.reporter.report(error, { operation, usedToken: true, accountId });
    throw error;
  }
}

export function sameLog(a: NodeFileRef, b: NodeFileRef): boolean {
  return a.accountId === b.accountId && a.envName === b.envName && a.nodeId === b.nodeId && a.path === b.path;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
