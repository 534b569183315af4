// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30 s steps, six digits), what authenticator apps compute.
// The platform's 2FA is TOTP (`requiredAuthCheck.type: "TOTP"` [C: EXPORT]) with six-digit codes [C: DOC-2FA].

import { createHmac } from 'node:crypto';

const STEP_MS = 30_000;
const DIGITS = 6;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The code an authenticator app shows at `ms` for a base32 secret (as the dashboard's QR code carries it). */
export function totpCode(secret: string, ms: number): string {
  return hotp(base32Decode(secret), Math.floor(ms / STEP_MS));
}

/** Whether `code` is the code at `ms` or within `window` steps of it (clocks of phones drift). */
export function totpMatches(secret: string, code: string, ms: number, window: number): boolean {
  const key = base32Decode(secret);
  const step = Math.floor(ms / STEP_MS);
  for (let offset = -window; offset <= window; offset++) if (hotp(key, step + offset) === code) return true;
  return false;
}

function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
  return String(value).padStart(DIGITS, '0');
}

function base32Decode(secret: string): Buffer {
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('simulator: a TOTP secret is base32 (A-Z, 2-7)');
    buffer = (buffer << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}
