// Limits of the free-text boxes: a name or description is shown in tree rows, tooltips and messages, so a pasted
// novel is refused in the box instead of flooding them (and the platform's own limit is unknown).
import * as vscode from 'vscode';

export const MAX_ACCOUNT_NAME_LENGTH = 100;
export const MAX_TOKEN_DESCRIPTION_LENGTH = 255;

/** The box's validation message for `text`: `empty` when it is blank (if given), or too long; else undefined. */
export function textProblem(text: string, limits: { readonly max: number; readonly empty?: string }): string | undefined {
  const trimmed = text.trim();
  if (!trimmed && limits.empty !== undefined) return limits.empty;
  return trimmed.length > limits.max ? vscode.l10n.t('Use at most {0} characters.', limits.max) : undefined;
}
