// Counting passed tests when a hook may still fail a test after it passed (the no-secret and stray-error checks do,
// through mocha's hook error): such a test counts as failed only.

import type Mocha from 'mocha';

/** Starts counting on `runner`; call the result at the end for the number of tests that passed and stayed passed. */
export function countPassedTests(runner: Mocha.Runner): () => number {
  const passed = new Set<Mocha.Runnable>();
  runner.on('pass', (test) => passed.add(test));
  runner.on('fail', (test) => passed.delete(test));
  return () => passed.size;
}
