// The folders under a node row ("Files", "Logs"): the tree knows only this interface; each feature (environments/logs/,
// environments/nodeFiles/) gives a NodeFolderSource that makes the folder's row and reads its entries from the node
// when it is expanded. Errors become a row in the folder (nodeFolderErrorEntry), never a popup per expanded folder.

import { vscode } from '../../ui/vscodeApi';
import { Commands } from '../../ui/commandIds';
import { describeFailure } from '../../ui/failure';
import { nextStep } from '../../ui/reporter';
import { t } from '../../util/l10n';
import { NodeEntryElement, NodeFolderElement, NodeFolderKind } from './treeElements';
import { nodeFolderContextValue } from './labels';
import { messageItem } from './treeItems';

/** The order of the folders under a node, whichever feature registered first. */
export const NODE_FOLDER_ORDER: readonly NodeFolderKind[] = ['files', 'logs'];

export interface NodeFolderSource {
  readonly folder: NodeFolderKind;
  /** The folder's row (label, icon, tooltip); the tree sets its id, contextValue and collapsed state. */
  folderItem(folder: NodeFolderElement): vscode.TreeItem;
  /** The rows under the folder or under one of its directory entries; a failure is a row (nodeFolderErrorEntry), not thrown. */
  children(parent: NodeFolderElement | NodeEntryElement): Promise<NodeEntryElement[]>;
  /** Drops what the source keeps of this folder's entries, so the next expand reads the node again. */
  forget(folder: NodeFolderElement): void;
}

/** A message row in a folder ("No logs"), keyed under its parent so two directories' messages never share an id. */
export function nodeFolderMessageEntry(parent: NodeFolderElement | NodeEntryElement, key: string, item: vscode.TreeItem): NodeEntryElement {
  const base = parent.kind === 'nodeEntry' ? parent.path : '';
  return new NodeEntryElement(parent, `${base}#${key}`, item);
}

/**
 * The row a failed read of a folder shows: the failure in a few words (ui/failure.ts); a click takes its next step
 * (e.g. Generate IDE Plugins Token for 8202) or reads the folder again.
 */
export function nodeFolderErrorEntry(parent: NodeFolderElement | NodeEntryElement, error: unknown, operation: string): NodeEntryElement {
  const failure = describeFailure(error, { operation, usedToken: true });
  const step = failure.actions.find((candidate) => candidate === 'replaceToken' || candidate === 'generateIdePluginsToken');
  const item = messageItem(failure.summary ?? t('{0} failed', operation), 'error');
  item.tooltip = failure.message;
  const next = step && nextStep(step);
  const folder = parent.kind === 'nodeFolder' ? parent : parent.folder;
  item.description = next ? next.title() : t('click to try again');
  item.command = next
    ? { command: next.command, title: next.title(), arguments: [parent.accountId] }
    : { command: Commands.refreshNodeFolder, title: t('Try Again'), arguments: [folder] };
  item.contextValue = 'vap.nodeFolderError';
  return nodeFolderMessageEntry(parent, 'error', item);
}

/** A folder's row as the tree shows it: the source's look, with the tree's id, contextValue and collapsed state. */
export function nodeFolderItem(source: NodeFolderSource, element: NodeFolderElement, elementId: string): vscode.TreeItem {
  const item = source.folderItem(element);
  item.id = elementId;
  item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
  item.contextValue = nodeFolderContextValue(element.folder);
  return item;
}
