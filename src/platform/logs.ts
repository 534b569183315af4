// A node's logs: the list (GetLogsList) and their lines (ReadLog), read by line ranges so a large log can be read
// from its end, and followed by asking only for the lines after the last one read.

import { PlatformClient } from './client';
import { LOG_END_PROBES, LOG_FIRST_LINE } from './deploymentGuesses';
import { UnexpectedResponseError } from './errors';
import { JsonObject, arrayAt, compact, isObject, numberAt, stringAt, textAt } from './json';
import { withoutSecret } from './outputMask';

export interface LogOptions {
  readonly signal?: AbortSignal;
}

export interface LogTarget {
  readonly envName: string;
  readonly nodeId: number;
}

export interface LogFile {
  /** The file name, e.g. `catalina.out`. */
  readonly name: string;
  /** The full path on the node, e.g. `/var/log/tomcat/catalina.out`. */
  readonly path: string;
  /** The group the platform files it under, when it says. */
  readonly group?: string;
  /** A rotated (older) log. */
  readonly rotated: boolean;
}

export interface LogList {
  /** The directory listed. */
  readonly path: string;
  readonly directories: readonly string[];
  readonly logs: readonly LogFile[];
}

/** The default directory GetLogsList lists [C]. */
export const DEFAULT_LOG_DIRECTORY = '/var/log';

export async function getLogsList(
  client: PlatformClient,
  session: string,
  target: LogTarget & { readonly path?: string },
  options: LogOptions = {},
): Promise<LogList> {
  const answer = await client.call(
    'GetLogsList',
    { envName: target.envName, nodeId: target.nodeId, path: target.path },
    { session, signal: options.signal },
  );
  const path = textAt(answer.path) ?? target.path ?? DEFAULT_LOG_DIRECTORY;
  const logs: LogFile[] = [];
  const seen = new Set<string>();
  const add = (name: string, group: string | undefined, rotated: boolean): void => {
    const file = fileIn(path, name);
    if (seen.has(file.path)) return;
    seen.add(file.path);
    logs.push(compact({ ...file, group, rotated }));
  };
  for (const [group, names] of groupEntries(answer.groups)) for (const name of names) add(name, group, false);
  for (const name of namesOf(answer.rotatedLogs)) add(name, undefined, true);
  return { path, directories: namesOf(answer.directories), logs };
}

export interface LogPage {
  /** The lines read, without their line breaks. */
  readonly lines: readonly string[];
  /** The index of the first line read. */
  readonly from: number;
  /** Where the next read starts: follow a log by reading from here. */
  readonly next: number;
  /** `linescount` as the platform sent it (a total or the lines returned: platform-api.md leaves it open). */
  readonly linesCount?: number;
}

export interface ReadLogInput extends LogTarget {
  readonly path: string;
  /** Index of the first line (see LOG_FIRST_LINE). */
  readonly from?: number;
  /** How many lines at most. */
  readonly count?: number;
}

/** Reads `count` lines from line `from`. */
export async function readLog(
  client: PlatformClient,
  session: string,
  input: ReadLogInput,
  options: LogOptions = {},
): Promise<LogPage> {
  const from = input.from ?? LOG_FIRST_LINE;
  const answer = await client.call(
    'ReadLog',
    { envName: input.envName, nodeId: input.nodeId, path: input.path, from, count: input.count },
    { session, signal: options.signal },
  );
  const lines = splitLines(withoutSecret(bodyOf(client, answer), session));
  return compact({ lines, from, next: from + lines.length, linesCount: numberAt(answer.linescount) });
}

/**
 * The last `lines` lines of a log, without reading the rest. Uses `linescount` when it can only be the total;
 * otherwise finds the end by probing single lines (a few calls, whatever the log's size).
 */
export async function readLogTail(
  client: PlatformClient,
  session: string,
  input: LogTarget & { readonly path: string; readonly lines: number },
  options: LogOptions = {},
): Promise<LogPage> {
  if (!Number.isInteger(input.lines) || input.lines <= 0) throw new RangeError(`Invalid line count: ${input.lines}`);
  const read = (from: number, count: number) => readLog(client, session, { ...input, from, count }, options);
  const first = await read(LOG_FIRST_LINE, input.lines);
  if (first.lines.length < input.lines) return first;
  const total =
    first.linesCount !== undefined && first.linesCount > first.lines.length
      ? LOG_FIRST_LINE + first.linesCount
      : await findEnd(client, (from) => read(from, 1), first.next);
  const from = Math.max(LOG_FIRST_LINE, total - input.lines);
  return from === LOG_FIRST_LINE ? first : read(from, input.lines);
}

/** The index just past the last line, knowing a line exists before `known`: doubling, then halving back. */
async function findEnd(
  client: PlatformClient,
  hasLineAt: (from: number) => Promise<LogPage>,
  known: number,
): Promise<number> {
  let low = known; // no line is missing below this index
  let high: number | undefined; // no line at this index
  for (let probes = 0; probes < LOG_END_PROBES; probes++) {
    if (high !== undefined && high - low <= 0) return low;
    const at = high === undefined ? Math.max(low * 2, low + 1) - 1 : low + Math.floor((high - low) / 2);
    const page = await hasLineAt(at);
    if (page.lines.length > 0) low = at + 1;
    else high = at;
  }
  throw new UnexpectedResponseError(client.context('ReadLog'), 'the end of the log could not be found');
}

function bodyOf(client: PlatformClient, answer: JsonObject): string {
  if (answer.body === undefined) return '';
  const body = stringAt(answer.body);
  if (body === undefined) throw new UnexpectedResponseError(client.context('ReadLog'), 'a log body that is not text');
  return body;
}

/** Lines without their breaks; a final line break ends the last line rather than starting an empty one. */
export function splitLines(body: string): string[] {
  if (body === '') return [];
  const lines = body.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function fileIn(directory: string, name: string): { name: string; path: string } {
  if (name.startsWith('/')) return { name: name.slice(name.lastIndexOf('/') + 1), path: name };
  return { name: name.slice(name.lastIndexOf('/') + 1), path: `${directory.replace(/\/+$/, '')}/${name}` };
}

/** Names from a list of strings or of `{name}` objects. */
function namesOf(value: unknown): string[] {
  const names: string[] = [];
  for (const item of arrayAt(value)) {
    const name = typeof item === 'string' ? textAt(item) : isObject(item) ? textAt(item.name) : undefined;
    if (name !== undefined) names.push(name);
  }
  return names;
}

/**
 * `groups`' shape is not documented: an object of group name → log names, a list of `{name, logs|files}`, or a
 * plain list of log names (no group).
 */
function groupEntries(value: unknown): [string | undefined, string[]][] {
  if (isObject(value)) return Object.entries(value).map(([group, names]) => [group, namesOf(names)]);
  const entries: [string | undefined, string[]][] = [];
  for (const item of arrayAt(value)) {
    if (typeof item === 'string') entries.push([undefined, [item]]);
    else if (isObject(item)) {
      const members = namesOf(item.logs ?? item.files ?? item.items);
      entries.push(members.length > 0 ? [textAt(item.name), members] : [undefined, namesOf([item])]);
    }
  }
  return entries;
}
