// How a node folder's entries (logs, files) describe themselves: size and age in a few words. Pure: unit-tested.

import { t } from '../../util/l10n';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** `812 B`, `4.2 KB`, `13 MB`: one decimal below 10, none above (1 KB = 1024 B, as file managers count). */
export function sizeText(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${UNITS[unit]}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `just now`, `5 min ago`, `3 h ago`, `2 days ago`, then the date (`2026-11-28`) after a month. */
export function ageText(modified: Date, now: Date): string {
  const ago = now.getTime() - modified.getTime();
  if (ago < MINUTE) return t('just now');
  if (ago < HOUR) return t('{0} min ago', Math.floor(ago / MINUTE));
  if (ago < DAY) return t('{0} h ago', Math.floor(ago / HOUR));
  if (ago < 30 * DAY) return Math.floor(ago / DAY) === 1 ? t('1 day ago') : t('{0} days ago', Math.floor(ago / DAY));
  return modified.toISOString().slice(0, 10);
}

/** An entry's description: `4.2 KB · 5 min ago`, or whichever part is known. */
export function entryDescription(entry: { readonly size?: number; readonly modified?: Date }, now: Date): string | undefined {
  const parts = [entry.size === undefined ? undefined : sizeText(entry.size), entry.modified && ageText(entry.modified, now)];
  return parts.filter((part) => part !== undefined).join(' · ') || undefined;
}
