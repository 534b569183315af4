// `npm run test:e2e`: the packaged VSIX installed into code-server, driven through the real workbench in headless
// Chromium against the platform simulator. Prints "vscode-e2e: N passed, N failed, N skipped".

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import type { Browser } from 'playwright-core';
import { setSession } from '../e2e/session';
import { Simulator, startSimulator } from '../simulator';
import { launchChromium } from './browser';
import { installExtension } from './codeServer';
import { ensureCodeServer } from './install';
import { onInterrupt } from './lifecycle';
import { countPassedTests } from './passedTests';
import { keepTempFilesIn, makeShortTempDir, packagedVsix, repoRoot, requireFile, testResultsDir } from './paths';
import { closingLine, COULD_NOT_RUN, Counts, timeoutMs } from './summary';

const e2eDir = path.join(repoRoot, 'out', 'test', 'e2e');

/** The mocha run in progress, so the overall timeout can still report what passed. */
let liveRunner: Mocha.Runner | undefined;

/** A hung step (a browser that never answers) must end the run, not CI's patience: report and exit. */
function startWatchdog(home: string): void {
  const limit = timeoutMs('VAP_TEST_TIMEOUT_MS', 600_000);
  setTimeout(() => {
    const stats = liveRunner?.stats;
    console.log(`End-to-end tests timed out after ${limit / 1000} s (VAP_TEST_TIMEOUT_MS); code-server and Chromium are stopped on exit; logs kept in ${home}`);
    console.log(closingLine('vscode-e2e', { passed: stats?.passes ?? 0, failed: (stats?.failures ?? 0) + 1, skipped: stats?.pending ?? 0 }));
    process.exit(1);
  }, limit).unref();
}

async function main(): Promise<number> {
  const started = Date.now();
  const home = makeShortTempDir('vap-e2e-');
  keepTempFilesIn(home);
  let browser: Browser | undefined;
  let sim: Simulator | undefined;
  let counts: Counts = COULD_NOT_RUN;
  let ok = false;
  startWatchdog(home);
  onInterrupt(async () => {
    await browser?.close().catch(() => undefined);
    await sim?.close().catch(() => undefined);
  });
  try {
    requireFile(packagedVsix, 'run `npm run package` first (npm run test:e2e does)');
    const files = testFiles();
    console.log(`End-to-end tests: ${path.relative(repoRoot, packagedVsix)} in code-server, driven through Chromium`);
    const browserPromise = launchChromium();
    browserPromise.catch(() => undefined);
    const install = await ensureCodeServer();
    const extensionsDir = path.join(home, 'extensions');
    await installExtension(install, { home, extensionsDir }, packagedVsix);
    browser = await browserPromise;
    sim = await startSimulator({ clock: 'real' });
    setSession({ install, extensionsDir, home, browser, sim });

    counts = await runMocha(files);
    ok = counts.failed === 0 && counts.passed > 0;
    if (counts.passed === 0 && counts.failed === 0) console.log('No e2e test ran (all skipped or filtered out).');
  } catch (error) {
    console.log(`End-to-end tests could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setSession(undefined);
    await browser?.close().catch(() => undefined);
    await sim?.close().catch(() => undefined);
  }
  // Keep the run's folder only when a workbench ran in it (w1, w2…): that is where its logs are.
  const workbenchesRan = fs.readdirSync(home).some((name) => /^w\d+$/.test(name));
  if (ok || !workbenchesRan) fs.rmSync(home, { recursive: true, force: true });
  else console.log(`Logs kept in ${home} (w<N>/code-server.log, w<N>/user-data/logs/); failure screenshots in ${path.relative(repoRoot, testResultsDir)}/e2e/`);
  console.log(`End-to-end tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(closingLine('vscode-e2e', ok ? counts : { ...counts, failed: Math.max(counts.failed, 1) }));
  return ok ? 0 : 1;
}

function testFiles(): string[] {
  const files = fs.existsSync(e2eDir)
    ? fs.readdirSync(e2eDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.test.js')).sort()
    : [];
  if (files.length === 0) throw new Error(`no e2e tests (*.test.js) under ${path.relative(repoRoot, e2eDir)}: run \`npm run compile\` first`);
  return files.map((name) => path.join(e2eDir, name));
}

function runMocha(files: string[]): Promise<Counts> {
  const grep = process.env.VAP_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, grep: grep !== undefined && grep !== '' ? grep : undefined });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      liveRunner = undefined;
      const stats = runner.stats;
      resolve({ passed: passed(), failed: stats?.failures ?? 1, skipped: stats?.pending ?? 0 });
    });
    const passed = countPassedTests(runner);
    liveRunner = runner;
  });
}

main().then((code) => process.exit(code));
