// What the platform address box says about its input. Never repeats what was typed: users paste tokens into the
// wrong box, and the message must not put one on screen.

import { OriginError, parsePlatformOrigin } from '../platform';

/** Long runs of hex or base64-ish characters without a dot: an access token or a session, not an address. */
export function looksLikeToken(text: string): boolean {
  const value = text.trim().replace(/^[a-z]+:\/\//i, '');
  return value.length >= 20 && !value.includes('.') && /^[A-Za-z0-9_\-+/=]+$/.test(value);
}

export const PASTED_TOKEN_MESSAGE =
  'This looks like an access token, not a platform address. Enter the dashboard address here ' +
  '(e.g. https://app.example.com); the token is asked for next.';

/** The origin, or a sentence saying what is wrong (without the input). */
export function checkPlatformAddress(text: string): { origin: string } | { problem: string } {
  if (looksLikeToken(text)) return { problem: PASTED_TOKEN_MESSAGE };
  try {
    return { origin: parsePlatformOrigin(text) };
  } catch (error) {
    if (error instanceof OriginError) return { problem: error.message.endsWith('.') ? error.message : `${error.message}.` };
    throw error;
  }
}
