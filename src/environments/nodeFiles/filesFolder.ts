// The "Files" folder under each node of the Environments view: the node's directories from FILES_ROOT, each read
// with GetList when it is expanded; a file opens in an ordinary editor (Open Node File, so a file too large or binary
// is refused with the same message as from the palette).

import { vscode } from '../../ui/vscodeApi';
import type { FileEntry } from '../../platform';
import { Commands } from '../../ui/commandIds';
import { t } from '../../util/l10n';
import { NodeFolderSource, nodeFolderErrorEntry, nodeFolderMessageEntry } from '../view/nodeFolders';
import { NodeEntryElement, NodeFolderElement } from '../view/treeElements';
import { messageItem } from '../view/treeItems';
import { entryDescription } from '../view/entryText';
import { FILES_ROOT } from './filePicker';
import type { NodeFileSystem } from './nodeFileSystem';
import { nodeFileUri } from './nodeUri';

const DIRECTORY = 'vap.nodeFile.directory';

export class FilesFolder implements NodeFolderSource {
  readonly folder = 'files';

  constructor(private readonly fileSystem: NodeFileSystem) {}

  folderItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(t('Files'));
    item.iconPath = new vscode.ThemeIcon('files');
    item.tooltip = t("The node's files, from {0}: open one to edit and save it on the node.", FILES_ROOT);
    return item;
  }

  async children(parent: NodeFolderElement | NodeEntryElement): Promise<NodeEntryElement[]> {
    // Only the folder and its directories have children: a file or a message row has none (and is no path to list).
    if (parent.kind === 'nodeEntry' && parent.item.contextValue !== DIRECTORY) return [];
    const node = { accountId: parent.accountId, envName: parent.envName, nodeId: parent.nodeId };
    const path = parent.kind === 'nodeFolder' ? FILES_ROOT : parent.path;
    let entries: FileEntry[];
    try {
      entries = await this.fileSystem.listDirectory({ ...node, path });
    } catch (error) {
      return [nodeFolderErrorEntry(parent, error, t('List {0}', path))];
    }
    if (entries.length === 0) return [nodeFolderMessageEntry(parent, 'empty', messageItem(t('Empty folder'), 'info'))];
    // Folders first, then files, each by name: as the Explorer shows them.
    const sorted = [...entries].sort((a, b) => Number(b.isDirectory) - Number(a.isDirectory) || a.name.localeCompare(b.name));
    return sorted.map((entry) => entryElement(parent, node, entry));
  }

  /** Nothing is kept: each expand reads the directory again. */
  forget(): void {}
}

function entryElement(
  parent: NodeFolderElement | NodeEntryElement,
  node: { accountId: string; envName: string; nodeId: number },
  entry: FileEntry,
): NodeEntryElement {
  const uri = nodeFileUri({ ...node, path: entry.path });
  const item = new vscode.TreeItem(
    entry.name,
    entry.isDirectory ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.resourceUri = uri;
  item.iconPath = entry.isDirectory ? vscode.ThemeIcon.Folder : vscode.ThemeIcon.File;
  item.tooltip = entry.path;
  if (!entry.isDirectory) item.description = entryDescription(entry, new Date());
  item.contextValue = entry.isDirectory ? DIRECTORY : 'vap.nodeFile';
  const element = new NodeEntryElement(parent, entry.path, item);
  if (!entry.isDirectory) item.command = { command: Commands.openNodeFile, title: t('Open'), arguments: [element] };
  return element;
}
