// The logs open in editors: each one's tail (logTail.ts), read from the end of the log when first asked for, grown by
// polls while it is followed, and dropped when its editor's document closes. Pure (no `vscode`): unit-tested with
// a fake reader; the vap-log: file system (logFileSystem.ts) serves the text from here.

import type { LogPage } from '../../platform';
import type { NodeFileRef } from '../nodeFiles/nodeUri';
import { Emitter, Event } from '../../util/emitter';
import { LogTail } from './logTail';

/** The ReadLog calls a log editor needs, for one account's log (register.ts binds them to the account's token). */
export interface LogReader {
  /** The last `lines` lines (readLogTail). */
  tail(ref: NodeFileRef, lines: number): Promise<LogPage>;
  /** Up to `count` lines from line `from` (readLog). */
  after(ref: NodeFileRef, from: number, count: number): Promise<LogPage>;
}

export interface LogSnapshot {
  readonly text: string;
  /** Changes whenever the text does (milliseconds, as a file's mtime). */
  readonly mtime: number;
  /** How many lines of the log are not shown. */
  readonly hiddenBefore: number;
}

interface Entry {
  readonly ref: NodeFileRef;
  tail: LogTail;
  mtime: number;
}

/** A stable key for a log: account, environment, node, path. */
export function logKey(ref: NodeFileRef): string {
  return `${ref.accountId}/${ref.envName}/${ref.nodeId}${ref.path}`;
}

export class LogDocuments {
  readonly #entries = new Map<string, Entry>();
  readonly #loading = new Map<string, Promise<Entry>>();
  readonly #changes = new Emitter<NodeFileRef>();
  /** A log's text changed (a poll brought lines, or it was read again). */
  readonly onDidChange: Event<NodeFileRef> = this.#changes.event;
  readonly #reader: LogReader;
  readonly #limit: () => number;
  readonly #now: () => number;

  /** @param limit the lines an editor keeps (`vap.logs.tailLines`), read each time a log is read from its end */
  constructor(reader: LogReader, limit: () => number, now: () => number = Date.now) {
    this.#reader = reader;
    this.#limit = limit;
    this.#now = now;
  }

  /** The log's text: read from its end the first time, then what was read and followed since. */
  async snapshot(ref: NodeFileRef): Promise<LogSnapshot> {
    const entry = this.#entries.get(logKey(ref)) ?? (await this.#load(ref));
    return { text: entry.tail.text(), mtime: entry.mtime, hiddenBefore: entry.tail.hiddenBefore };
  }

  /** Whether the log has been read (and not closed since). */
  has(ref: NodeFileRef): boolean {
    return this.#entries.has(logKey(ref));
  }

  /** The logs read and not closed since. */
  open(): NodeFileRef[] {
    return [...this.#entries.values()].map((entry) => entry.ref);
  }

  /**
   * Reads the lines the log grew by since the last read. A page as long as the bound means more came than an editor
   * keeps: the log is read from its end instead. A log that shrank (rotated, truncated) is read from its end again,
   * and so is one forgotten meanwhile (its editor was closed and shown again).
   * @returns whether the text changed
   */
  async poll(ref: NodeFileRef): Promise<boolean> {
    const entry = this.#entries.get(logKey(ref));
    if (!entry) {
      await this.reload(ref);
      return true;
    }
    const limit = this.#limit();
    const page = await this.#reader.after(ref, entry.tail.next, limit);
    if (this.#entries.get(logKey(ref)) !== entry) return false;
    const shrank = page.lines.length === 0 && page.linesCount !== undefined && page.linesCount > 0 && page.linesCount < entry.tail.next;
    if (page.lines.length >= limit || shrank) {
      await this.reload(ref);
      return true;
    }
    if (page.lines.length === 0) return false;
    entry.tail.append(page.lines);
    this.#touch(entry, ref);
    return true;
  }

  /** Reads the log from its end again (a new start for a log that was rotated, or a new bound). */
  async reload(ref: NodeFileRef): Promise<void> {
    this.#entries.delete(logKey(ref));
    await this.#load(ref);
    this.#changes.fire(ref);
  }

  /** Forgets a log whose editor closed: opening it again reads it afresh. */
  forget(ref: NodeFileRef): void {
    this.#entries.delete(logKey(ref));
  }

  dispose(): void {
    this.#entries.clear();
    this.#changes.dispose();
  }

  #load(ref: NodeFileRef): Promise<Entry> {
    const key = logKey(ref);
    const pending = this.#loading.get(key);
    if (pending) return pending;
    const loading = this.#reader
      .tail(ref, Math.max(1, Math.floor(this.#limit())))
      .then((page) => {
        const entry: Entry = { ref, tail: new LogTail(page, this.#limit()), mtime: 0 };
        this.#touch(entry);
        this.#entries.set(key, entry);
        return entry;
      })
      .finally(() => this.#loading.delete(key));
    this.#loading.set(key, loading);
    return loading;
  }

  /** A new mtime, later than the last one even within the same millisecond, so editors see the change. */
  #touch(entry: Entry, changed?: NodeFileRef): void {
    entry.mtime = Math.max(this.#now(), entry.mtime + 1);
    if (changed) this.#changes.fire(changed);
  }
}
