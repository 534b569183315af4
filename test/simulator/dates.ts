// The platform's date format: `yyyy-MM-dd HH:mm:ss`, UTC here (see guesses.ts).

const PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export function formatPlatformDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Parses a platform date; undefined when the text is not exactly in the platform format or not a real date. */
export function parsePlatformDate(text: string): number | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2024-02-31 over into March: refuse such dates instead.
  return formatPlatformDate(ms) === text.trim() ? ms : undefined;
}
