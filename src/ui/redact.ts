// Redaction of secrets from anything we write to the log or show to the user.
// Kept free of `vscode` so it is unit-tested in plain Node.

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

export class Redactor {
  readonly #secrets = new Set<string>();

  /** Remembers a secret value so every later redaction masks it wherever it appears. */
  track(secret: string | undefined): void {
    const value = secret?.trim();
    if (value && value.length >= MIN_SECRET_LENGTH) {
      this.#secrets.add(value);
    }
  }

  forget(secret: string | undefined): void {
    const value = secret?.trim();
    if (value) {
      this.#secrets.delete(value);
    }
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      result = result.split(secret).join(MASK);
    }
    return result.replace(KEY_VALUE, `$1${MASK}`).replace(HEX_SECRET, MASK);
  }
}
