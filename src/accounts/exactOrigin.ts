// A platform address that must be an origin and nothing more, where a caller we do not control names it (another
// extension's authentication scopes): parsed by the same rules as typed input, but a path, query or fragment is
// refused rather than dropped, so `https://app.example.com/anything` never passes for the platform's address.

import { parsePlatformOrigin } from '../platform/origin';

/** The normalised origin (`https://app.example.com`), or undefined when the text is anything else. */
export function exactOrigin(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  let origin: string;
  try {
    origin = parsePlatformOrigin(text);
  } catch {
    return undefined;
  }
  const trimmed = text.trim();
  // What follows the authority: nothing, or one slash.
  const rest = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^/?#\\]*/, '');
  return rest === '' || rest === '/' ? origin : undefined;
}
