// What a row of the Access Tokens view says about a token. Pure, so the wording is unit-tested.

import type { AccessToken } from '../platform';
import { formatDay } from '../accounts/expiryDates';
import { expiryText, lastUsedText } from '../accounts/timeText';
import { t } from '../util/l10n';

export interface TokenRow {
  readonly label: string;
  /** Preset (or Custom), expiry, last use. */
  readonly description: string;
  /** Plain-text lines for the tooltip and screen readers. */
  readonly details: readonly string[];
  readonly expired: boolean;
  readonly inUse: boolean;
  /** Made by the platform: read-only in the view. */
  readonly system: boolean;
  /**
   * `vap.token`, plus `.inUse` and/or `.expired`: menus match it with `viewItem =~ /^vap\.token(\.|$)/`. A system
   * token is `vap.systemToken…`, which those menus (Edit, Regenerate, Remove) do not match.
   */
  readonly contextValue: string;
}

/** The name of a token's API set: its preset's name, or Custom. */
export function scopeName(token: AccessToken): string {
  return token.template?.name ?? 'Custom';
}

/**
 * @param usedBy the title of the VS Code account that uses this token, if any
 */
export function tokenRow(token: AccessToken, now: Date, usedBy?: string): TokenRow {
  const expired = token.expiresAt !== undefined && token.expiresAt.getTime() <= now.getTime();
  const expiry = expiryText(token.expiresAt, now).replace('never expires', 'no expiry');
  const parts = [scopeName(token), expiry, lastUsedText(token.lastUsed, now)];
  if (token.isSystem) parts.unshift(t('system'));
  if (usedBy) parts.unshift('used by VS Code');
  const methods = token.methods.length;
  const details = [
    token.description || '(no description)',
    `API: ${scopeName(token)} (${methods} method${methods === 1 ? '' : 's'})`,
    token.expiresAt ? `Expires: ${formatDay(token.expiresAt)} (${expiryText(token.expiresAt, now)})` : 'Expires: never',
    `Last used: ${token.lastUsed ? `${formatDay(token.lastUsed)} (${lastUsedText(token.lastUsed, now)})` : 'never'}`,
  ];
  if (token.createdOn) details.push(`Created: ${formatDay(token.createdOn)}`);
  if (token.isSystem) details.push(t('A system token, made by the platform: VS Code does not edit, regenerate or remove it.'));
  if (usedBy) details.push(`VS Code uses this token for ${usedBy}.`);
  return {
    label: token.description || '(no description)',
    description: parts.join(' · '),
    details,
    expired,
    inUse: usedBy !== undefined,
    system: token.isSystem,
    contextValue: `${token.isSystem ? 'vap.systemToken' : 'vap.token'}${usedBy ? '.inUse' : ''}${expired ? '.expired' : ''}`,
  };
}
