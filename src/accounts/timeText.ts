// Human wording for token dates: "expires in 5 days", "expired", "never"; "used 3 hours ago".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Whole UTC calendar days from one date to another: a fresh 90-day token says 90, one due on the 1st says 3 on the 28th. */
function calendarDays(from: Date, to: Date): number {
  const day = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((day(to) - day(from)) / DAY);
}

/** The largest unit that fits, e.g. 5 days, 3 hours, 1 minute. */
function span(ms: number, from: Date, to: Date): string {
  if (ms >= DAY) return plural(calendarDays(from, to), 'day');
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), 'hour');
  return plural(Math.max(1, Math.floor(ms / MINUTE)), 'minute');
}

export function expiryText(expiresAt: Date | undefined, now: Date): string {
  if (!expiresAt) return 'never expires';
  const left = expiresAt.getTime() - now.getTime();
  return left <= 0 ? 'expired' : `expires in ${span(left, now, expiresAt)}`;
}

export function lastUsedText(lastUsed: Date | undefined, now: Date): string {
  if (!lastUsed) return 'never used';
  const ago = now.getTime() - lastUsed.getTime();
  return ago < MINUTE ? 'used just now' : `used ${span(ago, lastUsed, now)} ago`;
}

/** Whole days until expiry, rounded down; negative once expired; undefined for a token that never expires. */
export function daysLeft(expiresAt: Date | undefined, now: Date): number | undefined {
  return expiresAt ? Math.floor((expiresAt.getTime() - now.getTime()) / DAY) : undefined;
}
