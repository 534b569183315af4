// What a log editor shows: the last lines of the log read so far, never more than a bound (so following a busy log
// for hours does not grow memory), with a first line saying that earlier lines are not shown when they are not.
// Pure (no `vscode`): unit-tested.

import { t } from '../../util/l10n';

export class LogTail {
  #lines: string[];
  /** Index (on the node) of the first line kept. */
  #first: number;
  /** Index of the line after the last one read: where following reads next. */
  #next: number;
  #version = 0;
  readonly #limit: number;

  /**
   * @param page the lines read (from the end of the log), starting at line `from`
   * @param limit how many lines are kept at most (`vap.logs.tailLines`)
   */
  constructor(page: { readonly lines: readonly string[]; readonly from: number }, limit: number) {
    this.#limit = Math.max(1, Math.floor(limit));
    this.#lines = [];
    this.#first = page.from;
    this.#next = page.from;
    this.append(page.lines);
  }

  /** Where the next read starts. */
  get next(): number {
    return this.#next;
  }

  /** How many lines of the log come before the first one shown. */
  get hiddenBefore(): number {
    return this.#first;
  }

  get lineCount(): number {
    return this.#lines.length;
  }

  /** Grows by one on every change, so the editor's file stat changes with the text. */
  get version(): number {
    return this.#version;
  }

  /** Adds the lines read after the last ones, dropping the oldest beyond the bound. */
  append(lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.#lines.push(...lines);
    this.#next += lines.length;
    const excess = this.#lines.length - this.#limit;
    if (excess > 0) {
      this.#lines.splice(0, excess);
      this.#first += excess;
    }
    this.#version += 1;
  }

  /** The editor's text: the note on hidden lines (when there are some), then the lines. */
  text(): string {
    const body = this.#lines.map((line) => `${line}\n`).join('');
    return this.#first > 0 ? `${hiddenLinesNote(this.#first)}\n${body}` : body;
  }
}

/** The first line of a log editor that does not show the whole log. */
export function hiddenLinesNote(hidden: number): string {
  return hidden === 1
    ? t('[1 earlier line is not shown: the setting vap.logs.tailLines says how many of the last lines to show]')
    : t('[{0} earlier lines are not shown: the setting vap.logs.tailLines says how many of the last lines to show]', hidden);
}
