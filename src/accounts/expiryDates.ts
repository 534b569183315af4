// Token expiry choices and dates. Free of `vscode` so it is unit-tested.

import { t } from '../util/l10n';

const DAY = 24 * 60 * 60 * 1000;

/** The presets offered when a token is generated; the first entry is the default. */
export const EXPIRY_PRESET_DAYS = [90, 30, 180, 365] as const;
export const DEFAULT_EXPIRY_DAYS = 90;

/** What the user picked: a number of days from now, no expiry, a date, or (when editing) no change. */
export type ExpiryChoice =
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'never' }
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'keep' };

/**
 * The expiry to send: a Date, `null` for "never expires", or `undefined` for "leave as it is".
 * Days count from `now` to the second, so "30 days" means exactly 30 × 24 hours from now.
 */
export function expiryFor(choice: ExpiryChoice, now: Date): Date | null | undefined {
  switch (choice.kind) {
    case 'days':
      return new Date(now.getTime() + choice.days * DAY);
    case 'never':
      return null;
    case 'date':
      return choice.date;
    case 'keep':
      return undefined;
  }
}

/**
 * Reads a date the user typed: `2027-03-01` (ISO) or `01-03-2027` / `01.03.2027` (day first, as the dashboard
 * shows dates). The token works through that whole day: the expiry is 23:59:59 local time on it.
 * @returns the expiry, or a sentence saying what is wrong
 */
export function parseExpiryDate(text: string, now: Date): { date: Date } | { problem: string } {
  const value = text.trim();
  let year: number, month: number, day: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    return { problem: t('Enter a date as YYYY-MM-DD, e.g. 2027-03-01') };
  }
  const date = new Date(year, month - 1, day, 23, 59, 59);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return { problem: t('That day does not exist') };
  }
  if (date.getTime() <= now.getTime()) return { problem: t('The date must be in the future') };
  return { date };
}

/** `2027-03-01`, in local time: how dates are shown next to expiry choices. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
