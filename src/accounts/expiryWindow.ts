// When a token counts as "about to expire": shared by the expiry warnings and by activation, which loads the rest of
// the extension at once when a warning is due.

import { vscode } from '../ui/vscodeApi';
import type { Account } from './account';

export const WARNING_DAYS_SETTING = 'tokenExpiryWarningDays';
export const DEFAULT_WARNING_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

/** `vap.tokenExpiryWarningDays`: whole days, 0 turns the warnings off. */
export function warningDays(): number {
  const value = vscode.workspace.getConfiguration('vap').get<number>(WARNING_DAYS_SETTING, DEFAULT_WARNING_DAYS);
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : DEFAULT_WARNING_DAYS;
}

/** Whether the account's token expires within `days` of `now` (or has expired); false without a known expiry. */
export function expiresWithin(account: Account, now: Date, days: number): boolean {
  if (!account.tokenExpiresAt) return false;
  const expiresAt = new Date(account.tokenExpiresAt).getTime();
  return !Number.isNaN(expiresAt) && expiresAt - now.getTime() <= days * DAY;
}
