// The platform's date format, `yyyy-MM-dd HH:mm:ss` in UTC, both ways.

const WIRE_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?Z?$/;

/** Reads a wire date; anything else (missing, malformed, impossible like Feb 30) is `undefined`, never a throw. */
export function parseWireDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = WIRE_DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second = '0', fraction = '0'] = m.slice(1);
  const ms = Number(fraction.padEnd(3, '0'));
  const time = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, ms);
  const date = new Date(time);
  // Date.UTC rolls Feb 30 over into March; a round trip of the fields catches that.
  const exact =
    date.getUTCFullYear() === +year &&
    date.getUTCMonth() === +month - 1 &&
    date.getUTCDate() === +day &&
    date.getUTCHours() === +hour &&
    date.getUTCMinutes() === +minute &&
    date.getUTCSeconds() === +second;
  return exact ? date : undefined;
}

/** Writes a date for the platform, in UTC, to the second. @throws RangeError for an invalid Date */
export function formatWireDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}
