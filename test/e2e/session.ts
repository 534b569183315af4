// What one e2e run shares, set up by the runner (test/harness/e2e.ts) before mocha loads the tests: the cached
// code-server with our packaged VSIX installed, one Chromium, and one platform simulator on the real clock.

import type { Browser } from 'playwright-core';
import type { CodeServerInstall } from '../harness/install';
import type { Simulator } from '../simulator';

export interface E2eSession {
  readonly install: CodeServerInstall;
  /** Extensions dir holding the installed VSIX; every workbench of the run uses it. */
  readonly extensionsDir: string;
  /** Per-run temp dir: each workbench gets its own folder in it. */
  readonly home: string;
  readonly browser: Browser;
  readonly sim: Simulator;
}

let current: E2eSession | undefined;

export function setSession(session: E2eSession | undefined): void {
  current = session;
}

export function session(): E2eSession {
  if (current === undefined) throw new Error('no e2e session: run the e2e tests with `npm run test:e2e`');
  return current;
}
