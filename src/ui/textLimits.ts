// What the free-text boxes accept: not empty, not longer than a real value can be, no spaces inside a token.
// Pure (no `vscode`), so unit-tested; inputChecks.ts words the problems. A check never looks at more than it must
// and never repeats the text: users paste tokens and whole files into the wrong box.

/** Longest value each box takes: far above any real one, far below a pasted file. */
export const TEXT_LIMITS = {
  /** Platform tokens are 40 hex characters; room for other formats. */
  token: 2048,
  /** Dashboards show short descriptions; an existing longer one must still be editable. */
  description: 1000,
  /** An email address (at most 254) or a user name. */
  login: 320,
  password: 1024,
  /** One-time codes are 6–8 digits; spaces are removed before sending. */
  code: 32,
  /** Empty means "the platform host". */
  accountLabel: 200,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;
export type TextProblem = 'empty' | 'tooLong' | 'spaces';

/** What is wrong with the text of a box, or undefined when it can be used. */
export function textProblem(field: TextField, text: string): TextProblem | undefined {
  // Passwords are taken as typed; leading and trailing spaces elsewhere are pasting noise.
  const value = field === 'password' ? text : text.trim();
  if (value.length > TEXT_LIMITS[field]) return 'tooLong';
  if (!value) return field === 'accountLabel' ? undefined : 'empty';
  if (field === 'token' && /\s/.test(value)) return 'spaces';
  return undefined;
}
