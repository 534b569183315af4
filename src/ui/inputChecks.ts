// The validateInput functions of the free-text boxes: textLimits.ts decides, this says it in the user's language.
// The sentences are fixed: they never repeat what was typed.

import { TEXT_LIMITS, TextField, TextProblem, textProblem } from './textLimits';
import { t } from '../util/l10n';

/** validateInput for a box of this kind. */
export function checkText(field: TextField): (text: string) => string | undefined {
  return (text) => {
    const problem = textProblem(field, text);
    return problem === undefined ? undefined : sentence(field, problem);
  };
}

function sentence(field: TextField, problem: TextProblem): string {
  if (problem === 'tooLong') return t('This is too long: at most {0} characters.', TEXT_LIMITS[field]);
  if (problem === 'spaces') return t('A token has no spaces or line breaks: check what was pasted.');
  switch (field) {
    case 'token':
      return t('Paste the token');
    case 'description':
      return t('Enter a description');
    case 'login':
      return t('Enter your login');
    case 'password':
      return t('Enter the password');
    case 'code':
      return t('Enter the code');
    case 'accountLabel':
      return ''; // Never empty-refused: an empty name means the platform host.
  }
}
