// The `vap-log:` file system: read-only, one file per log, whose text is the log's tail (logDocuments.ts). VS Code
// reads it again when a followed log grows (onDidChangeFile). Failures reach the editor as FileSystemErrors worded by
// the one failure table (ui/failure.ts).

import { vscode } from '../../ui/vscodeApi';
import { describeFailure } from '../../ui/failure';
import { isMissingFile } from '../../platform';
import { t } from '../../util/l10n';
import { GuidedError } from '../../util/guidedError';
import { NodeFileRef, NODE_LOG_SCHEME, nodeFileUri, parseNodeFileUri } from '../nodeFiles/nodeUri';
import type { LogDocuments } from './logDocuments';

/** A log that is not on the node (GetLogsList listed it, but it was removed or rotated away since). */
export class LogMissingError extends GuidedError {
  readonly problem: string;
  readonly summary = t('Log not found');
  readonly nextStep = 'showLog' as const;
  constructor(readonly path: string) {
    super(`log not found: ${path}`);
    this.problem = t('{0} is not on the node (any more).', path);
  }
}

/** The log a `vap-log:` URI names; throws FileNotFound for anything else. */
export function logRefOf(uri: vscode.Uri): NodeFileRef {
  const ref = uri.scheme === NODE_LOG_SCHEME ? parseNodeFileUri(uri) : undefined;
  if (!ref || ref.path === '/') throw vscode.FileSystemError.FileNotFound(uri);
  return ref;
}

export function logUri(ref: NodeFileRef): vscode.Uri {
  return nodeFileUri(ref, NODE_LOG_SCHEME);
}

export class LogFileSystemProvider implements vscode.FileSystemProvider, vscode.Disposable {
  readonly #changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.#changes.event;
  readonly #documents: LogDocuments;
  readonly #subscription: { dispose(): void };

  constructor(documents: LogDocuments) {
    this.#documents = documents;
    this.#subscription = documents.onDidChange((ref) => this.#changes.fire([{ type: vscode.FileChangeType.Changed, uri: logUri(ref) }]));
  }

  watch(): vscode.Disposable {
    // Changes are announced by follow mode, which knows when it read new lines.
    return { dispose: () => undefined };
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const snapshot = await this.#read(uri);
    return {
      type: vscode.FileType.File,
      ctime: 0,
      mtime: snapshot.mtime,
      size: Buffer.byteLength(snapshot.text, 'utf8'),
      permissions: vscode.FilePermission.Readonly,
    };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return Buffer.from((await this.#read(uri)).text, 'utf8');
  }

  readDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.FileNotADirectory(uri);
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#changes.dispose();
  }

  async #read(uri: vscode.Uri) {
    const ref = logRefOf(uri);
    try {
      return await this.#documents.snapshot(ref);
    } catch (error) {
      throw asFileSystemError(uri, error, ref.path);
    }
  }
}

/** What the editor shows for a log it cannot open: the failure in the one table's words. */
function asFileSystemError(uri: vscode.Uri, error: unknown, path: string): vscode.FileSystemError {
  const missing = error instanceof LogMissingError || isMissingFile(error);
  const failure = describeFailure(missing ? new LogMissingError(path) : error, { operation: t('Reading {0}', path), usedToken: true });
  return missing ? vscode.FileSystemError.FileNotFound(failure.message) : vscode.FileSystemError.Unavailable(failure.message);
}
