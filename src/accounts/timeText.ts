// Human wording for token dates: "expires in 5 days", "expired", "never"; "used 3 hours ago".

import { t } from '../util/l10n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each unit in both numbers, as whole phrases a translator can word. */
const UNITS = {
  day: (count: number) => (count === 1 ? t('1 day') : t('{0} days', count)),
  hour: (count: number) => (count === 1 ? t('1 hour') : t('{0} hours', count)),
  minute: (count: number) => (count === 1 ? t('1 minute') : t('{0} minutes', count)),
};

/** Whole UTC calendar days from one date to another: a fresh 90-day token says 90, one due on the 1st says 3 on the 28th. */
function calendarDays(from: Date, to: Date): number {
  const day = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((day(to) - day(from)) / DAY);
}

/** The largest unit that fits, e.g. 5 days, 3 hours, 1 minute. */
function span(ms: number, from: Date, to: Date): string {
  if (ms >= DAY) return UNITS.day(calendarDays(from, to));
  if (ms >= HOUR) return UNITS.hour(Math.floor(ms / HOUR));
  return UNITS.minute(Math.max(1, Math.floor(ms / MINUTE)));
}

export function expiryText(expiresAt: Date | undefined, now: Date): string {
  if (!expiresAt) return t('never expires');
  const left = expiresAt.getTime() - now.getTime();
  return left <= 0 ? t('expired') : t('expires in {0}', span(left, now, expiresAt));
}

export function lastUsedText(lastUsed: Date | undefined, now: Date): string {
  if (!lastUsed) return t('never used');
  const ago = now.getTime() - lastUsed.getTime();
  return ago < MINUTE ? t('used just now') : t('used {0} ago', span(ago, lastUsed, now));
}

/** Whole days until expiry, rounded down; negative once expired; undefined for a token that never expires. */
export function daysLeft(expiresAt: Date | undefined, now: Date): number | undefined {
  return expiresAt ? Math.floor((expiresAt.getTime() - now.getTime()) / DAY) : undefined;
}
