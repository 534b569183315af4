// The no-secret sweep's core, free of VS Code and browsers: look for every known secret (as typed and URL-encoded)
// and for anything token-shaped in a set of named texts, and describe what was found without repeating a secret.

import { createHash } from 'node:crypto';

/** A secret to look for; `kind` is what a failure names ("token", "password", "2FA code", "session"…). */
export interface Secret {
  readonly kind: string;
  readonly value: string;
}

/** A named piece of output: "the log", "globalState vap.accounts", "tree vap.environments: tooltip"… */
export interface Surface {
  readonly name: string;
  readonly text: string;
  /** Holds 40-hex values of its own (VS Code's commit in URLs, hashed ids): skip the token-shaped check here. */
  readonly ownHexValues?: boolean;
}

export interface Leak {
  readonly surface: string;
  readonly kind: string;
  readonly form: 'as is' | 'URL-encoded' | 'token-shaped';
  /** Text around the hit, with every secret in it masked. */
  readonly context: string;
  /** Tells leaks of the same value apart without holding it (a hash prefix). */
  readonly fingerprint: string;
}

/**
 * Shorter values are not looked for: they cannot be told from ordinary text (the extension's redactor draws the
 * same line). Every password, code, token and session the tests use is longer.
 */
export const MIN_SECRET_LENGTH = 6;
/** From this length a value is also looked for URL-encoded (a token in a link or a query string). */
export const MIN_ENCODED_LENGTH = 8;
/** The platform's tokens and sessions are 40 hex characters; an unknown one is a leak too. */
const TOKEN_SHAPED = /(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])/gi;
const MASK = '‹secret›';
const CONTEXT_CHARS = 40;

/** Whether the hit at `at` lies within a `#rgb`, `#rrggbb` or `#rrggbbaa` colour of a style. */
function isCssColour(text: string, at: number, length: number): boolean {
  const hex = /[0-9a-f]/i;
  let start = at;
  while (start > 0 && hex.test(text[start - 1]!)) start -= 1;
  let end = at + length;
  while (end < text.length && hex.test(text[end]!)) end += 1;
  const inside = /^[0-9a-f]+$/i.test(text.slice(at, at + length));
  return inside && text[start - 1] === '#' && [3, 4, 6, 8].includes(end - start) && !/[g-z_-]/i.test(text[end] ?? '');
}

/** The forms a value can take on its way out: as is, and URL-encoded (both ways a form or a URL encodes it). */
export function formsOf(value: string): { form: Leak['form']; text: string }[] {
  const forms: { form: Leak['form']; text: string }[] = [{ form: 'as is', text: value }];
  if (value.length >= MIN_ENCODED_LENGTH) {
    for (const encoded of new Set([encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)])) {
      if (encoded !== value) forms.push({ form: 'URL-encoded', text: encoded });
    }
  }
  return forms;
}

export function findLeaks(surfaces: readonly Surface[], secrets: readonly Secret[]): Leak[] {
  const wanted = uniqueSecrets(secrets);
  const leaks: Leak[] = [];
  for (const surface of surfaces) {
    for (const secret of wanted) {
      for (const { form, text } of formsOf(secret.value)) {
        let at = surface.text.indexOf(text);
        // The page's styles hold colours (`--tab-border-top-color: #000000`): a six-digit code can be one.
        while (at >= 0 && surface.ownHexValues === true && isCssColour(surface.text, at, text.length)) at = surface.text.indexOf(text, at + 1);
        if (at >= 0) {
          leaks.push({ surface: surface.name, kind: secret.kind, form, context: around(surface.text, at, text.length, wanted), fingerprint: fingerprint(secret.value) });
        }
      }
    }
    if (surface.ownHexValues !== true) {
      for (const match of surface.text.matchAll(TOKEN_SHAPED)) {
        if (wanted.some((secret) => secret.value === match[0])) continue; // already reported by name
        leaks.push({
          surface: surface.name,
          kind: 'unknown secret',
          form: 'token-shaped',
          context: around(surface.text, match.index ?? 0, match[0].length, wanted),
          fingerprint: fingerprint(match[0]),
        });
      }
    }
  }
  return leaks;
}

/**
 * Remembers the leaks already reported, so a leak that stays (a line in the log) fails the test after which it was
 * first seen, not every test after it.
 */
export class ReportedLeaks {
  private readonly seen = new Set<string>();

  /** The leaks not reported before; they count as reported from now on. */
  fresh(leaks: readonly Leak[]): Leak[] {
    return leaks.filter((leak) => {
      const key = `${leak.surface}\u0000${leak.form}\u0000${leak.fingerprint}`;
      if (this.seen.has(key)) return false;
      this.seen.add(key);
      return true;
    });
  }
}

/** One line per leak: where, what kind, in which form, and the masked surroundings — never the secret. */
export function describeLeaks(leaks: readonly Leak[]): string {
  const lines = leaks.map((leak) => `  - ${leak.form === 'token-shaped' ? 'something token-shaped (40 hex characters)' : `a ${leak.kind}${leak.form === 'URL-encoded' ? ' (URL-encoded)' : ''}`} in ${leak.surface}: …${leak.context}…`);
  return `secrets appeared outside SecretStorage:\n${lines.join('\n')}`;
}

/** Masks every known secret (in every form) and everything token-shaped in `text`. */
export function maskSecrets(text: string, secrets: readonly Secret[]): string {
  let masked = text;
  const forms = secrets.flatMap((secret) => formsOf(secret.value).map((form) => form.text)).sort((a, b) => b.length - a.length);
  for (const form of forms) masked = masked.split(form).join(MASK);
  return masked.replace(TOKEN_SHAPED, MASK);
}

function fingerprint(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12);
}

function uniqueSecrets(secrets: readonly Secret[]): Secret[] {
  const byValue = new Map<string, Secret>();
  for (const secret of secrets) {
    if (secret.value.length >= MIN_SECRET_LENGTH && !byValue.has(secret.value)) byValue.set(secret.value, secret);
  }
  return [...byValue.values()];
}

function around(text: string, at: number, length: number, secrets: readonly Secret[]): string {
  // Mask the whole text before cutting, so no secret is cut in half and shown in part.
  const hit = '\u0000';
  const masked = maskSecrets(`${text.slice(0, at)}${hit}${text.slice(at + length)}`, secrets);
  const where = masked.indexOf(hit);
  const snippet = masked.slice(Math.max(0, where - CONTEXT_CHARS), where + CONTEXT_CHARS + 1).replace(hit, MASK);
  return snippet.replace(/\s+/g, ' ');
}
