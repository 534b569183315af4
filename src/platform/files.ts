// A node's files (environment/file): list a directory, read a file, write it back. The API has no version or
// lock, so a save that must not overwrite someone else's change reads the file again first and compares.

import { PlatformClient, Params } from './client';
import { FILE_BODY_KEYS, FILE_LIST_KEYS, MISSING_FILE_MESSAGE, FILE_NODE_PARAMS, MAX_EDITABLE_FILE_BYTES } from './deploymentGuesses';
import { parseWireDate } from './dates';
import { PlatformError, ResultCode, UnexpectedResponseError } from './errors';
import { JsonObject, booleanAt, compact, firstArrayAt, isObject, numberAt, stringAt, textAt } from './json';

export interface FileOptions {
  readonly signal?: AbortSignal;
}

/** Which node the file is on: one node, or the master node of a group [I]. */
export type FileTarget =
  | { readonly envName: string; readonly nodeId: number; readonly nodeGroup?: undefined }
  | { readonly envName: string; readonly nodeGroup: string; readonly nodeId?: undefined };

export interface FileEntry {
  readonly name: string;
  /** The full path on the node. */
  readonly path: string;
  readonly isDirectory: boolean;
  /** Bytes, when the platform says. */
  readonly size?: number;
  readonly modified?: Date;
}

export type ListFilesInput = FileTarget & {
  readonly path: string;
  /** GetList's own name filter, passed as it is (its syntax is not documented). */
  readonly filter?: string;
};

/** The entries of a directory on the node. */
export async function listFiles(
  client: PlatformClient,
  session: string,
  target: ListFilesInput,
  options: FileOptions = {},
): Promise<FileEntry[]> {
  const answer = await client.call(
    'GetList',
    { envName: target.envName, path: target.path, filter: target.filter, ...nodeParams(target) },
    { session, signal: options.signal },
  );
  const entries: FileEntry[] = [];
  for (const item of firstArrayAt(answer, FILE_LIST_KEYS)) {
    const entry = toFileEntry(item, target.path);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The file's text. @throws PlatformError when the platform refuses (no such file, no permission) */
export async function readFile(
  client: PlatformClient,
  session: string,
  target: FileTarget & { readonly path: string },
  options: FileOptions = {},
): Promise<string> {
  const answer = await client.call(
    'Read',
    { envName: target.envName, path: target.path, ...nodeParams(target) },
    { session, signal: options.signal },
  );
  return bodyOf(client, answer);
}

/** Why a file cannot be opened in a text editor. */
export type NotEditable = { readonly reason: 'tooLarge'; readonly size: number } | { readonly reason: 'binary' };

/** Whether a file of `size` bytes (from listFiles) may be read into an editor at all. */
export function sizeProblem(size: number | undefined): NotEditable | undefined {
  return size !== undefined && size > MAX_EDITABLE_FILE_BYTES ? { reason: 'tooLarge', size } : undefined;
}

/**
 * Whether a body read from the node is text an editor can show and save without damage: a NUL, or U+FFFD (bytes
 * that were not UTF-8, replaced on the way), means saving it would write something else than was there.
 */
export function contentProblem(body: string): NotEditable | undefined {
  if (body.includes('\u0000') || body.includes('\uFFFD')) return { reason: 'binary' };
  const size = Buffer.byteLength(body, 'utf8');
  return sizeProblem(size);
}

export interface WriteFileInput {
  readonly path: string;
  readonly body: string;
  /** Append instead of replacing. */
  readonly append?: boolean;
}

/** Replaces (or appends to) the file. @throws PlatformError when the platform refuses, e.g. a read-only path */
export async function writeFile(
  client: PlatformClient,
  session: string,
  target: FileTarget & WriteFileInput,
  options: FileOptions = {},
): Promise<void> {
  await client.call(
    'Write',
    {
      envName: target.envName,
      path: target.path,
      body: target.body,
      isAppendMode: target.append,
      ...nodeParams(target),
    },
    { session, signal: options.signal },
  );
}

export type SaveResult = { readonly saved: true } | { readonly saved: false; readonly current: string };

/**
 * Writes `body` only if the file still holds `expected` (what the editor read). Otherwise nothing is written and
 * the file's current text comes back: the caller asks the user. A change in the instant between the check and the
 * write cannot be seen: the API offers no conditional write.
 */
export async function saveFileIfUnchanged(
  client: PlatformClient,
  session: string,
  target: FileTarget & WriteFileInput & { readonly expected: string },
  options: FileOptions = {},
): Promise<SaveResult> {
  const current = await readFile(client, session, target, options);
  if (current !== target.expected) return { saved: false, current };
  await writeFile(client, session, target, options);
  return { saved: true };
}

/** The platform refused a file or log call because the path does not exist (its words say so: MISSING_FILE_MESSAGE [?]). */
export function isMissingFile(error: unknown): boolean {
  return (
    error instanceof PlatformError &&
    error.result !== ResultCode.PermissionDenied &&
    error.result !== ResultCode.NotAuthenticated &&
    MISSING_FILE_MESSAGE.test(error.platformMessage ?? '')
  );
}

function nodeParams(target: FileTarget): Params {
  if (target.nodeId === undefined) return { nodeGroup: target.nodeGroup };
  return Object.fromEntries(FILE_NODE_PARAMS.map((name) => [name, target.nodeId]));
}

function bodyOf(client: PlatformClient, answer: JsonObject): string {
  for (const key of FILE_BODY_KEYS) {
    const body = stringAt(answer[key]);
    if (body !== undefined) return body;
  }
  throw new UnexpectedResponseError(client.context('Read'), 'no file content in the answer');
}

/** One listed entry: a name (or a path), and whether it is a directory, under a few spellings. */
function toFileEntry(item: unknown, directory: string): FileEntry | undefined {
  if (!isObject(item)) return undefined;
  const given = textAt(item.name) ?? textAt(item.path);
  if (given === undefined) return undefined;
  const name = given.slice(given.lastIndexOf('/') + 1);
  if (name === '' || name === '.' || name === '..') return undefined;
  const type = textAt(item.type)?.toLowerCase();
  const isDirectory =
    booleanAt(item.isDirectory) ?? booleanAt(item.isDir) ?? booleanAt(item.directory) ?? type?.startsWith('dir') ?? false;
  return compact({
    name,
    path: given.startsWith('/') ? given : `${directory.replace(/\/+$/, '')}/${name}`,
    isDirectory,
    size: numberAt(item.size),
    modified: parseWireDate(item.lastModified) ?? parseWireDate(item.modified),
  });
}
