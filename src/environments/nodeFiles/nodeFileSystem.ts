// The `vap:` file system: a node's files through environment/file GetList/Read/Write (platform/files.ts), so they
// open, edit and save in ordinary editors. The platform has no versions, locks or change events, so a save first
// checks that the node still holds what this window read (saveFileIfUnchanged) and never overwrites silently: a
// conflict is refused and handed to `onConflict` (the Compare / Overwrite / Revert prompt).

import { vscode } from '../../ui/vscodeApi';
import {
  FileEntry,
  FileTarget,
  PlatformClient,
  SaveResult,
  contentProblem,
  listFiles,
  readFile,
  saveFileIfUnchanged,
  sizeProblem,
  writeFile,
} from '../../platform';
import { t } from '../../util/l10n';
import { NodeFileRef, nodeFileUri, parseNodeFileUri } from './nodeUri';
import { FileVersions } from './fileVersions';
import { NotEditableError, baseName, isWriteRefusal, toFileSystemError, unsupported } from './fileErrors';

/** Where the provider gets an account's client and token, and tells how the token fared (the EnvironmentStore). */
export interface FileCredentials {
  credentials(accountId: string): Promise<{ client: PlatformClient; token: string }>;
  succeeded(accountId: string): void;
  failed(accountId: string, error: unknown): void;
}

type Call<T> = (client: PlatformClient, token: string, target: FileTarget) => Promise<T>;

export class NodeFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  readonly #changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.#changes.event;
  readonly #conflicts = new vscode.EventEmitter<vscode.Uri>();
  /** A save was refused because the file changed on the node (the conflict is in `versions`). */
  readonly onConflict = this.#conflicts.event;
  /** The last failure of each URI as thrown (a PlatformError, a NotEditableError): commands report it themselves. */
  readonly #failures = new Map<string, unknown>();

  constructor(
    readonly credentials: FileCredentials,
    readonly versions = new FileVersions(),
    readonly now: () => number = Date.now,
  ) {}

  /** No change events exist on the platform: a change behind the editor's back is caught when saving. */
  watch(): vscode.Disposable {
    return { dispose: () => undefined };
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const ref = this.#ref(uri);
    if (ref.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const key = uri.toString();
    const known = this.versions.get(key);
    const permissions = this.versions.isReadOnly(key) ? vscode.FilePermission.Readonly : undefined;
    if (known) return { type: vscode.FileType.File, ctime: 0, mtime: known.mtime, size: Buffer.byteLength(known.text), permissions };
    const entry = await this.#call(uri, t('Read {0}', ref.path), (client, token, target) => listedEntry(client, token, { ...target, path: ref.path }));
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    const mtime = entry.modified?.getTime() ?? 0;
    this.versions.listed(key, { size: entry.size, mtime });
    const type = entry.isDirectory ? vscode.FileType.Directory : vscode.FileType.File;
    return { type, ctime: 0, mtime, size: entry.size ?? 0, permissions };
  }

  async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    const entries = await this.#list(uri, this.#ref(uri));
    return entries.map((entry) => [entry.name, entry.isDirectory ? vscode.FileType.Directory : vscode.FileType.File]);
  }

  /** A directory's entries for our own pickers and tree; a failure is thrown as it is, for ErrorReporter to word. */
  async listDirectory(ref: NodeFileRef): Promise<FileEntry[]> {
    const uri = nodeFileUri(ref);
    try {
      return await this.#list(uri, ref);
    } catch (error) {
      throw this.takeFailure(uri) ?? error;
    }
  }

  async #list(uri: vscode.Uri, ref: NodeFileRef): Promise<FileEntry[]> {
    const entries = await this.#call(uri, t('List {0}', ref.path), (client, token, target) => listFiles(client, token, { ...target, path: ref.path }));
    for (const entry of entries) {
      this.versions.listed(nodeFileUri({ ...ref, path: entry.path }).toString(), { size: entry.size, mtime: entry.modified?.getTime() });
    }
    return entries;
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const ref = this.#ref(uri);
    const key = uri.toString();
    if (this.versions.listedSize(key) === undefined) await this.stat(uri).catch(() => undefined);
    const text = await this.#call(uri, t('Open {0}', ref.path), async (client, token, target) => {
      // Read is not even sent for a file the listing says is too large.
      const tooLarge = sizeProblem(this.versions.listedSize(key));
      if (tooLarge) throw new NotEditableError(tooLarge, ref.path);
      const body = await readFile(client, token, { ...target, path: ref.path });
      const problem = contentProblem(body);
      if (problem) throw new NotEditableError(problem, ref.path);
      return body;
    });
    this.versions.read(key, text, this.now());
    // Only a read that worked clears the failure: VS Code may stat the file again after a failed read.
    this.#failures.delete(key);
    return Buffer.from(text, 'utf8');
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): Promise<void> {
    const ref = this.#ref(uri);
    const key = uri.toString();
    const text = decodeText(content, ref.path);
    const operation = t('Save {0}', ref.path);
    const known = this.versions.get(key);
    const saved = await this.#call(
      uri,
      operation,
      async (client, token, target) => {
        if (!known) {
          if (!options.create && !options.overwrite) throw vscode.FileSystemError.FileNotFound(uri);
          // Nothing was read here: a new file, or one whose version the user's began from is unknown (see Conflict.unread).
          const current = await textOnNode(client, token, { ...target, path: ref.path });
          if (current === undefined) await writeFile(client, token, { ...target, path: ref.path, body: text });
          else if (current !== text) this.versions.setConflict(key, { current, mine: text, unread: true });
          return current === undefined || current === text;
        }
        const input = { ...target, path: ref.path, body: text, expected: known.text };
        // Saving what the node holds (a revert) checks the node and writes nothing.
        const result =
          text === known.text ? await sameAsNode(client, token, input) : await saveFileIfUnchanged(client, token, input);
        if (!result.saved) this.versions.setConflict(key, { current: result.current, mine: text });
        return result.saved;
      },
      true,
    );
    if (!saved) {
      this.#conflicts.fire(uri);
      const name = baseName(ref.path);
      throw new vscode.FileSystemError(
        this.versions.conflict(key)?.unread
          ? t('{0} was not read in this window, so whether it changed on the node cannot be told: nothing was saved. Compare, overwrite or revert.', name)
          : t('{0} changed on the node since it was opened: nothing was saved. Compare, overwrite or revert.', name),
      );
    }
    this.versions.saved(key, text, this.now());
    this.#changes.fire([{ type: known ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(): void {
    throw unsupported('createDirectory');
  }

  delete(): void {
    throw unsupported('delete');
  }

  rename(): void {
    throw unsupported('rename');
  }

  /** The failure behind the last error thrown for this URI (taken once), for a command to report with next steps. */
  takeFailure(uri: vscode.Uri): unknown {
    const failure = this.#failures.get(uri.toString());
    this.#failures.delete(uri.toString());
    return failure;
  }

  dispose(): void {
    this.#changes.dispose();
    this.#conflicts.dispose();
  }

  #ref(uri: vscode.Uri): NodeFileRef {
    const ref = parseNodeFileUri(uri);
    if (!ref) throw vscode.FileSystemError.FileNotFound(uri);
    return ref;
  }

  async #call<T>(uri: vscode.Uri, operation: string, call: Call<T>, writing = false): Promise<T> {
    const ref = this.#ref(uri);
    try {
      const { client, token } = await this.credentials.credentials(ref.accountId);
      const result = await call(client, token, { envName: ref.envName, nodeId: ref.nodeId });
      this.credentials.succeeded(ref.accountId);
      return result;
    } catch (error) {
      if (error instanceof vscode.FileSystemError) throw error;
      this.#failures.set(uri.toString(), error);
      if (!(error instanceof NotEditableError)) this.credentials.failed(ref.accountId, error);
      // The platform says nothing of permissions before a Write: a refused one makes the file read-only here.
      if (writing && isWriteRefusal(error)) this.versions.markReadOnly(uri.toString());
      throw toFileSystemError(error, uri, operation, writing);
    }
  }
}

/** The path's entry in its directory's listing (GetList of the parent), or undefined when it lists none. */
async function listedEntry(client: PlatformClient, token: string, target: FileTarget & { path: string }): Promise<FileEntry | undefined> {
  const parent = target.path.slice(0, target.path.lastIndexOf('/')) || '/';
  const entries = await listFiles(client, token, { ...target, path: parent });
  return entries.find((entry) => entry.name === baseName(target.path));
}

/** The file's text on the node, or undefined when its directory lists no such file (GetList, then Read). */
async function textOnNode(client: PlatformClient, token: string, target: FileTarget & { path: string }): Promise<string | undefined> {
  const entry = await listedEntry(client, token, target);
  return entry === undefined || entry.isDirectory ? undefined : readFile(client, token, target);
}

async function sameAsNode(client: PlatformClient, token: string, input: FileTarget & { path: string; expected: string }): Promise<SaveResult> {
  const current = await readFile(client, token, input);
  return current === input.expected ? { saved: true } : { saved: false, current };
}

/** The editor's bytes as the UTF-8 text the platform takes; anything else would be written as something else. */
function decodeText(content: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw vscode.FileSystemError.NoPermissions(t('{0} can only be saved as UTF-8 text.', baseName(path)));
  }
}
