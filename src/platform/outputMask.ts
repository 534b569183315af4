// Platform output shown as it is (deploy logs, node logs), except for the session or token we sent, should the
// platform echo it. Node files are never masked: a save would write the mask back.

const MASK = '***';

export function withoutSecret(text: string, secret: string): string {
  // Shorter values would mask ordinary words, as in envelope.ts.
  return secret.length >= 4 ? text.split(secret).join(MASK) : text;
}
