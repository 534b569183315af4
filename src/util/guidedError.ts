// An error of our own that knows what the user can do about it (a token missing from SecretStorage: replace it; a
// token-management sign-in that ended: sign in again). The one failure table (ui/failure.ts) words it without
// importing the layer that throws it.

/** Next steps a failure message can offer; ui/reporter.ts maps each to a command. */
export type NextStep = 'replaceToken' | 'editToken' | 'generateIdePluginsToken' | 'signInToManageTokens' | 'showLog';

export abstract class GuidedError extends Error {
  /** What went wrong, translated, to follow "<operation> failed: ". */
  abstract readonly problem: string;
  /** The same in a few words, for a tree row. */
  abstract readonly summary: string;
  abstract readonly nextStep: NextStep;
}
