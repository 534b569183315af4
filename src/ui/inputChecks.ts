// The validateInput functions of the free-text boxes: textLimits.ts decides, this says it in the user's language.
// The sentences are fixed: they never repeat what was typed.

import * as vscode from 'vscode';
import { TEXT_LIMITS, TextField, TextProblem, textProblem } from './textLimits';

/** validateInput for a box of this kind. */
export function checkText(field: TextField): (text: string) => string | undefined {
  return (text) => {
    const problem = textProblem(field, text);
    return problem === undefined ? undefined : sentence(field, problem);
  };
}

function sentence(field: TextField, problem: TextProblem): string {
  if (problem === 'tooLong') return vscode.l10n.t('This is too long: at most {0} characters.', TEXT_LIMITS[field]);
  if (problem === 'spaces') return vscode.l10n.t('A token has no spaces or line breaks: check what was pasted.');
  switch (field) {
    case 'token':
      return vscode.l10n.t('Paste the token');
    case 'description':
      return vscode.l10n.t('Enter a description');
    case 'login':
      return vscode.l10n.t('Enter your login');
    case 'password':
      return vscode.l10n.t('Enter the password');
    case 'code':
      return vscode.l10n.t('Enter the code');
    case 'accountLabel':
      return ''; // Never empty-refused: an empty name means the platform host.
  }
}
