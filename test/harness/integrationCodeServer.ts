// The code-server back end of the integration runner: the suites run inside code-server's Node extension host,
// started by a headless Chromium page whose URL carries VS Code's test payload.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { SuiteResults } from '../integration/index';
import { UNTRUSTED_WORKSPACE_ENV } from '../integration/untrustedWorkspaceEnv';
import { launchChromium, VIEWPORT } from './browser';
import { RunningCodeServer, startCodeServer } from './codeServer';
import { ensureCodeServer } from './install';
import { integrationIndex, keepTempFilesIn, makeShortTempDir, repoRoot } from './paths';
import { workbenchUrl } from './workbench';

export interface SuiteOutcome {
  /** Exit code the extension host reported (0 = all passed), or undefined when it never finished. */
  exitCode: number | undefined;
  /** What the suite index reported, or undefined when it never got that far. */
  results: SuiteResults | undefined;
  /** Why the run ended early (timeout, crash), if it did. */
  problem?: string;
  /** Left in place for a look when the run failed, with what to look at in it. */
  keptDir?: string;
  keptHint?: string;
}

export async function runInCodeServer(options: { timeoutMs: number; grep?: string; untrustedWorkspace?: boolean }): Promise<SuiteOutcome> {
  const home = makeShortTempDir('vap-it-');
  keepTempFilesIn(home);
  const workspace = path.join(home, 'workspace');
  fs.mkdirSync(workspace);
  const resultsFile = path.join(home, 'results.json');
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const outcome: SuiteOutcome = { exitCode: undefined, results: undefined };
  try {
    // Chromium first: a machine without it fails in a second instead of after a 2-minute install.
    const browserPromise = launchChromium();
    browserPromise.catch(() => undefined);
    const install = await ensureCodeServer();
    console.log(`code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion}), extension tests from ${path.relative(repoRoot, integrationIndex)}`);
    browser = await browserPromise;
    server = await startCodeServer(install, { home, smokeTestDriver: true, idleTimeoutSeconds: 120, untrustedWorkspace: options.untrustedWorkspace });
    page = await browser.newPage({ viewport: VIEWPORT });
    const finished = new Promise<number>((resolve) => {
      void page?.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => echo(format(...args)));
    const env: Record<string, string> = { VAP_TEST_RESULTS_FILE: resultsFile };
    if (options.grep !== undefined) env.VAP_TEST_GREP = options.grep;
    if (options.untrustedWorkspace === true) env[UNTRUSTED_WORKSPACE_ENV] = '1';
    await page.goto(workbenchUrl(server.url, workspace, {
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: integrationIndex,
      extensionEnvironment: env,
    }));
    const ended = await Promise.race([
      finished.then((code) => ({ code })),
      server.exited.then(() => ({ problem: `code-server exited during the tests (log: ${server?.logFile})` })),
      new Promise<{ problem: string }>((resolve) => page?.once('crash', () => resolve({ problem: 'the browser page crashed' }))),
      new Promise<{ problem: string }>((resolve) => setTimeout(() => resolve({ problem: `timed out after ${options.timeoutMs / 1000} s (VAP_TEST_TIMEOUT_MS)` }), options.timeoutMs).unref()),
    ]);
    if ('code' in ended) outcome.exitCode = ended.code;
    else outcome.problem = ended.problem;
  } catch (error) {
    outcome.problem = error instanceof Error ? error.message : String(error);
  } finally {
    outcome.results = readResults(resultsFile);
    const passed = outcome.exitCode === 0 && outcome.results !== undefined && outcome.results.failed === 0;
    // Keep the run's folder when there is something to look at: a server that ran, a page to photograph.
    if (!passed && server !== undefined) {
      await page?.screenshot({ path: path.join(home, 'failure.png') }).catch(() => undefined);
      outcome.keptDir = home;
      outcome.keptHint = 'code-server.log, user-data/logs/*/exthost*/remoteexthost.log, failure.png';
    }
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (outcome.keptDir === undefined) fs.rmSync(home, { recursive: true, force: true });
  }
  return outcome;
}

/**
 * The workbench's own console arrives through codeAutomationLog together with the extension host's (mocha's
 * output). Lines known to be harmless offline are left out, so failures stand out.
 */
const KNOWN_NOISE = [
  /ENOTFOUND (open-vsx\.org|mobile\.events\.data\.microsoft\.com)/,
  /^Canceled: Canceled/,
  /authentication provider 'github'/,
  /^(Resolving|Resolved) connection token|^Creating a socket|^\[reconnection-grace-time\]|^Updating additional builtin extensions cache/,
  /^\[(Service Worker|AgentHost:remote|AccountPolicyGate)\]/,
];

function echo(text: string): void {
  if (!KNOWN_NOISE.some((noise) => noise.test(text))) console.log(text);
}

function readResults(file: string): SuiteResults | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults;
  } catch {
    return undefined;
  }
}
