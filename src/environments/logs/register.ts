// Builds the Logs feature: the vap-log: file system, the Logs folder under every node, follow mode and its status,
// and the three commands. Every platform call goes with the account's token and tells the store how it went.

import { vscode } from '../../ui/vscodeApi';
import { PlatformClient, getLogsList, isMissingFile, listFiles, readLog, readLogTail } from '../../platform';
import { Commands } from '../../ui/commandIds';
import type { FileSystemSlot } from '../../ui/slots';
import { t } from '../../util/l10n';
import type { CommandParts } from '../commands/parts';
import type { NodeFileRef } from '../nodeFiles/nodeUri';
import type { NodeRef } from '../commands/pick';
import type { EnvironmentStore } from '../model/environmentStore';
import { realScheduler } from '../model/scheduler';
import { FollowStatus } from './followStatus';
import { asLog, followLog, openLog, stopFollowingLog, visibleLogs } from './logCommands';
import { LogDocuments, LogReader, logKey } from './logDocuments';
import { LogFileSystemProvider, LogMissingError } from './logFileSystem';
import { DEFAULT_FOLLOW_INTERVAL_MS, FollowTiming, LogFollower } from './logFollower';
import { LogListing, LogsFolder } from './logFolder';

export const TAIL_LINES_SETTING = 'logs.tailLines';
export const DEFAULT_TAIL_LINES = 1000;

/** What integration tests reach: the pieces, and the follow timing (swap the scheduler with useTiming). */
export interface LogsApi {
  readonly documents: LogDocuments;
  readonly follower: LogFollower;
  readonly folder: LogsFolder;
  readonly status: FollowStatus;
  readonly timing: Readonly<FollowTiming>;
  useTiming(changes: Partial<FollowTiming>): void;
}

export function registerLogs(parts: CommandParts, slot: FileSystemSlot): { api: LogsApi; disposables: vscode.Disposable[] } {
  const { store, services } = parts;
  const documents = new LogDocuments(logReader(store), tailLines);
  const provider = new LogFileSystemProvider(documents);
  slot.attach(provider);
  const timing: FollowTiming = { scheduler: realScheduler, followIntervalMs: DEFAULT_FOLLOW_INTERVAL_MS };
  const follower = new LogFollower(timing, {
    poll: (ref) => documents.poll(ref),
    failed: (ref, error) =>
      void services.reporter.report(error, { operation: t('Following {0}', ref.path), usedToken: true, accountId: ref.accountId }),
  });
  const status = new FollowStatus(follower, (text) => services.log.redactor.redact(text));
  const listing = logListing(store);
  const folder = new LogsFolder(listing);
  const logs = { parts, documents, follower, listing };
  const command = (id: string, operation: string, handler: (arg?: unknown) => Promise<unknown>) =>
    services.commands.register(id, services.reporter.reporting(operation, handler));
  const onVisible = (): void => {
    follower.setVisible(visibleLogs());
    status.update();
  };

  const disposables: vscode.Disposable[] = [
    parts.tree.addNodeFolder(folder),
    command(Commands.openLog, t('Opening the log'), (arg) => openLog(logs, arg)),
    command(Commands.followLog, t('Following the log'), (arg) => followLog(logs, arg)),
    command(Commands.stopFollowingLog, t('Stop Following Log'), (arg) => stopFollowingLog(logs, arg)),
    vscode.window.onDidChangeVisibleTextEditors(onVisible),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    // Closing the log's last tab ends following it; opening it again reads its end afresh. (A document's own close
    // event can come minutes after its editor closed.)
    vscode.window.tabGroups.onDidChangeTabs(() => {
      const open = new Set(openLogTabs().map(logKey));
      for (const ref of follower.followed()) if (!open.has(logKey(ref))) follower.stop(ref);
      for (const ref of documents.open()) if (!open.has(logKey(ref))) documents.forget(ref);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const ref = asLog(document.uri);
      if (ref) documents.forget(ref);
    }),
    { dispose: follower.onDidChange(() => status.update()).dispose },
    status,
    follower,
    provider,
    documents,
  ];
  onVisible();
  const api: LogsApi = {
    documents,
    follower,
    folder,
    status,
    timing,
    useTiming(changes) {
      Object.assign(timing, changes);
      follower.reschedule();
    },
  };
  return { api, disposables };
}

/** The logs that have a tab, in any editor group. */
function openLogTabs(): NodeFileRef[] {
  const refs: NodeFileRef[] = [];
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const ref = tab.input instanceof vscode.TabInputText ? asLog(tab.input.uri) : undefined;
      if (ref) refs.push(ref);
    }
  }
  return refs;
}

function tailLines(): number {
  const value = vscode.workspace.getConfiguration('vap').get<number>(TAIL_LINES_SETTING, DEFAULT_TAIL_LINES);
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : DEFAULT_TAIL_LINES;
}

/** Runs one call with the account's token; the store hears whether the token worked. */
async function withToken<T>(store: EnvironmentStore, accountId: string, run: (client: PlatformClient, token: string) => Promise<T>): Promise<T> {
  const { client, token } = await store.credentials(accountId);
  try {
    const result = await run(client, token);
    store.succeeded(accountId);
    return result;
  } catch (error) {
    store.failed(accountId, error);
    throw error;
  }
}

function logReader(store: EnvironmentStore): LogReader {
  const read = async <T>(ref: { accountId: string; path: string }, run: (client: PlatformClient, token: string) => Promise<T>): Promise<T> => {
    try {
      return await withToken(store, ref.accountId, run);
    } catch (error) {
      throw isMissingFile(error) ? new LogMissingError(ref.path) : error;
    }
  };
  return {
    tail: (ref, lines) => read(ref, (client, token) => readLogTail(client, token, { envName: ref.envName, nodeId: ref.nodeId, path: ref.path, lines })),
    after: (ref, from, count) => read(ref, (client, token) => readLog(client, token, { envName: ref.envName, nodeId: ref.nodeId, path: ref.path, from, count })),
  };
}

function logListing(store: EnvironmentStore): LogListing {
  return {
    list: (node: NodeRef, path) => withToken(store, node.accountId, (client, token) => getLogsList(client, token, { envName: node.envName, nodeId: node.nodeId, path })),
    // Best effort: sizes and dates are a bonus, so a token without environment/file GetList still lists the logs.
    details: (node: NodeRef, path) =>
      store.credentials(node.accountId).then(
        ({ client, token }) => listFiles(client, token, { envName: node.envName, nodeId: node.nodeId, path }),
        () => undefined,
      ).catch(() => undefined),
  };
}
