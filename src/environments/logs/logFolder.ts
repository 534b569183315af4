// The "Logs" folder under a node row: GetLogsList read when it is expanded (and kept until Refresh), subdirectories
// as folders, current logs before rotated ones, each log with its size and age when the node's file list says
// them. Clicking a log opens it (vap.logs.open).

import { vscode } from '../../ui/vscodeApi';
import type { FileEntry, LogFile, LogList } from '../../platform';
import { Commands } from '../../ui/commandIds';
import type { NodeRef } from '../commands/pick';
import { t } from '../../util/l10n';
import { entryDescription } from '../view/entryText';
import { NodeFolderSource, nodeFolderErrorEntry, nodeFolderMessageEntry } from '../view/nodeFolders';
import { NodeEntryElement, NodeFolderElement, elementKey } from '../view/treeElements';
import { messageItem } from '../view/treeItems';
import { logUri } from './logFileSystem';
import { naturalOrder } from '../../util/naturalOrder';

/** The node's logs, as the folder needs them (register.ts binds them to the account's token). */
export interface LogListing {
  /** GetLogsList of a directory (the default one when `path` is undefined). */
  list(node: NodeRef, path: string | undefined): Promise<LogList>;
  /** Sizes and dates of the directory's files (environment/file GetList); undefined when they cannot be read. */
  details(node: NodeRef, path: string): Promise<readonly FileEntry[] | undefined>;
}

/** `contextValue` of a log row (menus: Open, Follow) and of a directory row. */
export const LOG_ROW = 'vap.log';
export const LOG_DIRECTORY_ROW = 'vap.logDirectory';

export class LogsFolder implements NodeFolderSource {
  readonly folder = 'logs' as const;
  /** Rows read per folder key + directory, until the folder is refreshed. */
  readonly #rows = new Map<string, Promise<NodeEntryElement[]>>();
  readonly #listing: LogListing;
  readonly #now: () => Date;

  constructor(listing: LogListing, now: () => Date = () => new Date()) {
    this.#listing = listing;
    this.#now = now;
  }

  folderItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(t('Logs'));
    item.iconPath = new vscode.ThemeIcon('output');
    item.tooltip = t("The node's logs (GetLogsList); click one to open it, Follow to see new lines as they come.");
    return item;
  }

  children(parent: NodeFolderElement | NodeEntryElement): Promise<NodeEntryElement[]> {
    // Only the folder and its directories have children: a log or a message row has none (and is no path to list).
    if (parent.kind === 'nodeEntry' && parent.item.contextValue !== LOG_DIRECTORY_ROW) return Promise.resolve([]);
    const folder = parent.kind === 'nodeFolder' ? parent : parent.folder;
    const path = parent.kind === 'nodeEntry' ? parent.path : undefined;
    const key = `${elementKey(folder)}\n${path ?? ''}`;
    const known = this.#rows.get(key);
    if (known) return known;
    const reading = this.#read(folder, parent, path).then((rows) => {
      // A failure is shown, not kept: expanding again (or Refresh) reads again.
      if (rows.some((row) => row.item.contextValue === 'vap.nodeFolderError')) this.#rows.delete(key);
      return rows;
    });
    this.#rows.set(key, reading);
    return reading;
  }

  forget(folder: NodeFolderElement): void {
    const prefix = `${elementKey(folder)}\n`;
    for (const key of [...this.#rows.keys()]) if (key.startsWith(prefix)) this.#rows.delete(key);
  }

  async #read(folder: NodeFolderElement, parent: NodeFolderElement | NodeEntryElement, path: string | undefined): Promise<NodeEntryElement[]> {
    let list: LogList;
    try {
      list = await this.#listing.list(folder, path);
    } catch (error) {
      return [nodeFolderErrorEntry(parent, error, t('Listing the logs'))];
    }
    const details = await this.#listing.details(folder, list.path).catch(() => undefined);
    const byPath = new Map((details ?? []).map((entry) => [entry.path, entry]));
    const now = this.#now();
    const rows = [
      ...[...list.directories].sort(byName).map((name) => directoryRow(parent, joinPath(list.path, name))),
      ...sortLogs(list.logs).map((log) => logRow(parent, folder, log, byPath.get(log.path), now)),
    ];
    return rows.length > 0 ? rows : [nodeFolderMessageEntry(parent, 'empty', messageItem(t('No logs'), 'info'))];
  }
}

/** Current logs by name, then rotated ones (`run.log.1` before `run.log.2`, `.10` after `.9`). */
export function sortLogs(logs: readonly LogFile[]): LogFile[] {
  return [...logs].sort((a, b) => Number(a.rotated) - Number(b.rotated) || byName(a.name, b.name));
}

function byName(a: string, b: string): number {
  return naturalOrder(vscode.env.language)(a, b);
}

function joinPath(directory: string, name: string): string {
  return `${directory.replace(/\/+$/, '')}/${name}`;
}

function directoryRow(parent: NodeFolderElement | NodeEntryElement, path: string): NodeEntryElement {
  const item = new vscode.TreeItem(path.slice(path.lastIndexOf('/') + 1), vscode.TreeItemCollapsibleState.Collapsed);
  item.iconPath = vscode.ThemeIcon.Folder;
  item.tooltip = path;
  item.contextValue = LOG_DIRECTORY_ROW;
  return new NodeEntryElement(parent, path, item);
}

function logRow(parent: NodeFolderElement | NodeEntryElement, folder: NodeFolderElement, log: LogFile, file: FileEntry | undefined, now: Date): NodeEntryElement {
  const item = new vscode.TreeItem(log.name, vscode.TreeItemCollapsibleState.None);
  const uri = logUri({ accountId: folder.accountId, envName: folder.envName, nodeId: folder.nodeId, path: log.path });
  const about = entryDescription({ size: file?.size, modified: file?.modified }, now);
  item.description = [log.rotated ? t('rotated') : undefined, about].filter(Boolean).join(' · ') || undefined;
  item.tooltip = [log.path, file?.modified ? t('Modified {0}', file.modified.toLocaleString(vscode.env.language)) : undefined].filter(Boolean).join('\n');
  item.iconPath = new vscode.ThemeIcon(log.rotated ? 'archive' : 'file-text');
  item.accessibilityInformation = { label: [log.name, item.description].filter(Boolean).join(', ') };
  item.contextValue = LOG_ROW;
  item.command = { command: Commands.openLog, title: t('Open Log'), arguments: [uri] };
  return new NodeEntryElement(parent, log.path, item);
}
