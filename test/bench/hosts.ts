// Runs the bench's host part (test/bench/host/index.ts) in fresh code-server extension hosts, with our extension and
// a one-line "hello" extension both loaded as development extensions, and collects what each host measured.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, VIEWPORT } from '../harness/browser';
import { codeServerDirs, RunningCodeServer, startCodeServer } from '../harness/codeServer';
import { ensureCodeServer } from '../harness/install';
import { keepTempFilesIn, makeShortTempDir, repoRoot } from '../harness/paths';
import { remoteUri, whenWorkbenchStarted } from '../harness/workbench';
import type { HostResults } from './host/index';

export const benchIndex = path.join(repoRoot, 'out', 'test', 'bench', 'host', 'index.js');

/** Without VAP_VSCODE_TEST_CACHE and without a repo-local cache, use the CI cache when it is there (no 2-min install). */
export function chooseHostCache(): void {
  const configured = process.env.VAP_VSCODE_TEST_CACHE;
  if (configured !== undefined && configured !== '') return;
  const ci = path.join(os.homedir(), '.cache', 'vap-vscode-test');
  if (!fs.existsSync(path.join(repoRoot, '.vscode-test')) && fs.existsSync(ci)) process.env.VAP_VSCODE_TEST_CACHE = ci;
}

/** The smallest extension there is: one line of code, activated only when asked. */
function writeHelloExtension(dir: string, name: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    name,
    publisher: 'vap-bench',
    version: '0.0.1',
    engines: { vscode: '^1.74.0' },
    main: './extension.js',
    activationEvents: [],
  };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'extension.js'), "exports.activate = () => 'hello';\n");
}

/** VS Code's test payload with two development extensions (the harness's workbenchUrl takes one). */
function benchUrl(serverUrl: string, folder: string, developmentPaths: string[], env: Record<string, string>): string {
  const url = new URL(serverUrl);
  url.searchParams.set('folder', folder);
  const pairs: [string, string][] = developmentPaths.map((dir) => ['extensionDevelopmentPath', remoteUri(dir)]);
  pairs.push(['extensionTestsPath', remoteUri(benchIndex)], ['extensionEnvironment', JSON.stringify(env)]);
  url.searchParams.set('payload', JSON.stringify(pairs));
  return url.toString();
}

export interface HostRun {
  readonly results: HostResults;
  readonly exitCode: number | undefined;
}

/**
 * `count` runs, each in a fresh code-server (so a cold extension host); the first also measures requests and the
 * tree. Ours is timed between three one-liners (the host's baseline is their median), early or late in the row by turns.
 */
export async function runHosts(count: number, timeoutMs: number, say: (line: string) => void): Promise<HostRun[]> {
  const home = makeShortTempDir('vap-bench-');
  keepTempFilesIn(home);
  // The two "warmup" one-liners are activated first, untimed: the first activations in a host pay for its start-up.
  const extras = ['hello', 'hello2', 'hello3', 'warmup', 'warmup2'].map((name) => {
    const dir = path.join(home, name);
    writeHelloExtension(dir, name);
    return { name, dir };
  });
  const workspace = path.join(home, 'workspace');
  fs.mkdirSync(workspace);
  let browser: Browser | undefined;
  const runs: HostRun[] = [];
  let failed = false;
  try {
    const browserPromise = launchChromium();
    browserPromise.catch(() => undefined);
    const install = await ensureCodeServer(say);
    say(`code-server ${install.codeServerVersion} (VS Code ${install.vscodeVersion})`);
    browser = await browserPromise;
    for (let index = 0; index < count; index++) {
      const runHome = path.join(home, `host${index}`);
      const resultsFile = path.join(runHome, 'results.json');
      const goFile = path.join(runHome, 'go');
      fs.mkdirSync(runHome, { recursive: true });
      let server: RunningCodeServer | undefined;
      let page: Page | undefined;
      try {
        // The workbench takes one extensionDevelopmentPath from the payload, so "hello" is an installed extension.
        for (const extra of extras) fs.cpSync(extra.dir, path.join(codeServerDirs(runHome).extensions, `vap-bench.${extra.name}-0.0.1`), { recursive: true });
        server = await startCodeServer(install, { home: runHome, smokeTestDriver: true, idleTimeoutSeconds: 120 });
        page = await browser.newPage({ viewport: VIEWPORT });
        const finished = new Promise<number>((resolve) => {
          void page?.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
        });
        await page.exposeFunction('codeAutomationLog', () => undefined);
        const env = {
          VAP_BENCH_RESULTS_FILE: resultsFile,
          VAP_BENCH_MODE: index === 0 ? 'full' : 'activate',
          VAP_BENCH_ORDER: index % 2 === 0 ? 'vap-early' : 'vap-late',
          VAP_BENCH_GO_FILE: goFile,
          // Profiles of what each host times (test/bench/host/profile.ts), when asked for.
          ...(process.env.VAP_BENCH_PROFILE ? { VAP_BENCH_PROFILE: path.join(path.resolve(process.env.VAP_BENCH_PROFILE), `host${index}`) } : {}),
        };
        await page.goto(benchUrl(server.url, workspace, [repoRoot], env));
        // The host waits for this file before it times anything: see whenWorkbenchSettled.
        void whenWorkbenchSettled(page).then(
          () => tellHost(goFile, 'settled'),
          (error: unknown) => tellHost(goFile, `not settled: ${error instanceof Error ? error.message : String(error)}`),
        );
        const ended = await Promise.race([
          finished,
          server.exited.then(() => undefined),
          new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs).unref()),
        ]);
        const results = readResults(resultsFile) ?? { error: `host ${index} reported nothing (exit ${String(ended)}; log ${server.logFile})` };
        if (ended !== 0 || results.error !== undefined) failed = true;
        runs.push({ results, exitCode: ended });
        say(`  host ${index + 1}/${count}: ${results.error === undefined ? 'done' : `failed: ${results.error.split('\n')[0]}`}`);
      } finally {
        await page?.close().catch(() => undefined);
        await server?.stop();
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    if (failed) say(`Host logs kept in ${home}`);
    else fs.rmSync(home, { recursive: true, force: true });
  }
  return runs;
}

/** Writes the file whole in one step (a rename): the host reacts to its appearance. */
function tellHost(file: string, text: string): void {
  fs.writeFileSync(`${file}.tmp`, `${text}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * Resolves once the workbench has started (its own `code/didStartWorkbench` mark) and its page has then been idle for
 * a while (consecutive idle callbacks with most of their frame to spare). Every activation makes a round trip to the
 * page (the extension's storage), so timing one while the workbench is still restoring measures its start-up, not us.
 */
async function whenWorkbenchSettled(page: Page): Promise<void> {
  await whenWorkbenchStarted(page);
  await page.evaluate(
    ({ quietCallbacks, minimumIdleMs }) =>
      new Promise<void>((resolve) => {
        const idle = globalThis as unknown as {
          requestIdleCallback(callback: (deadline: { timeRemaining(): number }) => void, options: { timeout: number }): void;
        };
        let quiet = 0;
        const tick = (deadline: { timeRemaining(): number }): void => {
          quiet = deadline.timeRemaining() >= minimumIdleMs ? quiet + 1 : 0;
          if (quiet >= quietCallbacks) resolve();
          else idle.requestIdleCallback(tick, { timeout: 1000 });
        };
        idle.requestIdleCallback(tick, { timeout: 1000 });
      }),
    { quietCallbacks: 20, minimumIdleMs: 40 },
  );
}

function readResults(file: string): HostResults | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as HostResults;
  } catch {
    return undefined;
  }
}
