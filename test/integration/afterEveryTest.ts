// What runs around every integration test, whatever its suite: the no-secret sweep and the check for unhandled
// rejections and uncaught exceptions from our code.
//
// The sweep runs as the last step of the test itself rather than in a root-level afterEach: mocha runs root hooks
// after the suites' own afterEach hooks, which remove the test's accounts, sign-ins and settings, so a root hook
// would sweep an extension already wiped clean. Run inside the test, a leak fails that test with its name.
// Stray errors are checked in a root-level afterEach instead, after the suites' clean-up (which can cause them too),
// and fail the test through mocha's hook error (`this.test.error`), which does not skip the tests that follow.

import * as path from 'node:path';
import type Mocha from 'mocha';
import { maskSecrets } from '../sweep/findLeaks';
import { assertNoSecretsAnywhere, noteLeaksOfFailedTest, runSecrets, testSecrets } from './noSecretSweep';
import { forgetScriptedUserInterfaces } from './scriptedUserInterface';
import { StrayError, StrayErrors } from './strayErrors';
import { activateVap } from './vap';

/** The extension's folder: out/test/integration/ is three levels below it. */
const extensionRoot = path.resolve(__dirname, '..', '..', '..');
export const strayErrors = new StrayErrors(extensionRoot);

export function checkAfterEveryTest(rootSuite: Mocha.Suite, runner: Mocha.Runner): void {
  strayErrors.listen();
  runner.on('test', (test: Mocha.Test) => {
    forgetScriptedUserInterfaces();
    runSecrets.mark();
    sweepAtTheEnd(test);
  });
  rootSuite.afterEach(async function () {
    // Rejections are reported once the microtask queue has drained: give them that turn.
    await new Promise((resolve) => setImmediate(resolve));
    const errors = strayErrors.take();
    if (errors.length > 0 && this.currentTest?.state !== 'failed') (this.test as Mocha.Hook | undefined)?.error(new Error(describeStrayErrors(errors)));
  });
}

const swept = new WeakSet<object>();

/** Makes the sweep the test's last step (once, also for retried clones). */
function sweepAtTheEnd(test: Mocha.Test): void {
  const body = test.fn;
  if (body === undefined || swept.has(body)) return;
  const sweep = async () => assertNoSecretsAnywhere(await activateVap());
  const failedAnyway = async (error: unknown): Promise<never> => {
    await noteLeaksOfFailedTest(await activateVap()).catch(() => undefined);
    throw error;
  };
  let wrapped: Mocha.Func | Mocha.AsyncFunc;
  if (test.async) {
    // A test taking `done` keeps that signature: mocha reads it from fn.length.
    wrapped = function (this: Mocha.Context, done: Mocha.Done) {
      (body as Mocha.Func).call(this, (error?: unknown) => (error ? failedAnyway(error) : sweep()).then(() => done(), done));
    };
  } else {
    wrapped = async function (this: Mocha.Context) {
      await Promise.resolve((body as Mocha.AsyncFunc).call(this)).catch(failedAnyway);
      await sweep();
    };
  }
  swept.add(wrapped);
  test.fn = wrapped;
}

function describeStrayErrors(errors: readonly StrayError[]): string {
  const secrets = testSecrets();
  const lines = errors.map((error) => `  - ${error.kind}: ${maskSecrets(error.stack || error.message, secrets)}`);
  return `our code left errors nobody handled:\n${lines.join('\n')}`;
}
