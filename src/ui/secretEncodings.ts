// One pattern that finds a secret however a platform, a proxy or our own formatting may have re-encoded it: any
// letter case, HTML entities (`&#61;`, `&#x3D;`, `&amp;`), JSON and Gson `\u003d` escapes, backslash escapes
// (JSON `\/`, Markdown `\_`), percent-encoding in either case and `+` for a space — mixed freely, character by
// character, because an echo may encode only some of them (Gson escapes just `<>&='`).
// Free of `vscode`, so it is unit-tested in plain Node.

const NAMED_ENTITIES: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** A source fragment matching `char` (one code point) in any of the encodings above; used with the `i` flag. */
function charPattern(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  const forms = [
    `\\\\?${escapeRegExp(char)}`,
    `&#0*${code};`,
    `&#x0*${hex};`,
    ...percentForms(char),
  ];
  if (code <= 0xffff) forms.push(`\\\\u${hex.padStart(4, '0')}`);
  const entity = NAMED_ENTITIES[char];
  if (entity) forms.push(`&${entity};`);
  if (char === ' ') forms.push('\\+');
  return `(?:${forms.join('|')})`;
}

/** `%e2%82%ac` for €: every UTF-8 byte percent-encoded (the `i` flag takes either case of the hex digits). */
function percentForms(char: string): string[] {
  const bytes = Buffer.from(char, 'utf8');
  return [[...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The pattern source for one secret in every encoding. */
export function secretPattern(secret: string): string {
  return [...secret].map(charPattern).join('');
}

/**
 * One case-insensitive, global expression for all the secrets, longest first (a secret that contains another is
 * masked whole); undefined when there is nothing to find.
 */
export function secretsExpression(secrets: Iterable<string>): RegExp | undefined {
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return undefined;
  return new RegExp(sorted.map(secretPattern).join('|'), 'gi');
}
