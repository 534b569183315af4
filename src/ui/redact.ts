// Redaction of secrets from anything we write to the log or show to the user: the one boundary every surface
// (log, notifications, error messages, tree items, status bar) passes through. Kept free of `vscode` so it is
// unit-tested in plain Node.

import { secretsExpression } from './secretEncodings';

const MASK = '<redacted>';

/** Values shorter than this are not tracked: masking them would garble ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** Parameter names whose values are always secrets, in form bodies, query strings and JSON. */
const SECRET_KEYS = ['session', 'password', 'key', 'token', 'code', 'appid'];

const KEYS = SECRET_KEYS.join('|');
/**
 * `key=value` (forms, queries), `"key": value` (JSON) and `key: 'value'` (code). A bare `key: word` is prose —
 * "refused this token: it is invalid" — and is left alone; tracked secrets and token-like runs are masked anyway.
 */
const KEY_VALUE = new RegExp(
  String.raw`(\b(?:${KEYS})\s*=\s*["']?|["'](?:${KEYS})["']\s*:\s*["']?|\b(?:${KEYS})\s*:\s*["'])([^"'&\s,;}]+)`,
  'gi',
);

/** Long hexadecimal runs look like platform tokens and sessions even when we were not told about them. */
const HEX_SECRET = /\b[0-9a-f]{32,}\b/gi;

/**
 * What every encoded form of a secret needs (`%xx`, `&…;`, `\uXXXX`, a backslash escape, `+` for a space): a text
 * without these can hold a secret only as it is, in some letter case.
 */
const ENCODING_CHARS = /[%&\\+]/;

export class Redactor {
  readonly #secrets = new Set<string>();
  /** The secrets in one expression, built when a text first needs it after the set changed (it runs for few texts). */
  #expression: RegExp | undefined;
  /** The secrets upper-cased, for the cheap test that spares most texts the expression (see `#mayHold`). */
  #upperCased: readonly string[] = [];
  #stale = false;
  /** Operations under way (see `during`); while any is, forgotten secrets stay masked. */
  #operations = 0;
  readonly #forgetLater = new Set<string>();

  /** Remembers a secret value so every later redaction masks it wherever and however encoded it appears. */
  track(secret: string | undefined): void {
    const value = secret?.trim();
    if (value && value.length >= MIN_SECRET_LENGTH) {
      this.#forgetLater.delete(value);
      if (!this.#secrets.has(value)) {
        this.#secrets.add(value);
        this.#stale = true;
      }
    }
  }

  /** Stops masking a secret nothing holds any more; deferred while an operation runs, whose error may still echo it. */
  forget(secret: string | undefined): void {
    const value = secret?.trim();
    if (!value || !this.#secrets.has(value)) return;
    if (this.#operations > 0) {
      this.#forgetLater.add(value);
      return;
    }
    this.#secrets.delete(value);
    this.#stale = true;
  }

  /**
   * Runs one user operation (a command, a session request): every secret it tracks stays masked until the operation,
   * including the report of its error, has finished.
   */
  async during<T>(operation: () => T | Promise<T>): Promise<T> {
    this.#operations++;
    try {
      return await operation();
    } finally {
      if (--this.#operations === 0) {
        for (const value of this.#forgetLater) this.#secrets.delete(value);
        if (this.#forgetLater.size > 0) this.#stale = true;
        this.#forgetLater.clear();
      }
    }
  }

  redact(text: string): string {
    if (this.#stale) {
      this.#upperCased = [...this.#secrets].map((secret) => secret.toUpperCase());
      // Built when a text first may hold a secret: most texts never need it (see `#mayHold`).
      this.#expression = undefined;
      this.#stale = false;
    }
    const masked = this.#secrets.size > 0 && this.#mayHold(text) ? text.replace(this.#current(), MASK) : text;
    return masked.replace(KEY_VALUE, `$1${MASK}`).replace(HEX_SECRET, MASK);
  }

  /** The expression of the secrets tracked now; only called while there is at least one. */
  #current(): RegExp {
    this.#expression ??= secretsExpression(this.#secrets) as RegExp;
    return this.#expression;
  }

  /**
   * Whether the expression could match: the expression costs about 0.01 ms a secret for every text, and redaction runs
   * for every tree row. Upper-casing both sides finds every match the expression's case-insensitive flag finds (it
   * compares characters by their upper case), so no secret is missed, only some texts are tried for nothing.
   */
  #mayHold(text: string): boolean {
    if (ENCODING_CHARS.test(text)) return true;
    const upper = text.toUpperCase();
    return this.#upperCased.some((secret) => upper.includes(secret));
  }
}
