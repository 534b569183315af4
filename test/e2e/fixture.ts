// One fresh workbench per suite: its own code-server (user data, settings, workspace) on the run's installed VSIX,
// its own browser context (so SecretStorage in localStorage starts empty), a screenshot of every failed test, and
// after every passing test the no-secret sweep of everything the workbench shows or wrote to disk.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { VIEWPORT } from '../harness/browser';
import { RunningCodeServer, startCodeServer } from '../harness/codeServer';
import { repoRoot, testResultsDir } from '../harness/paths';
import { workbenchUrl } from '../harness/workbench';
import type { Simulator } from '../simulator';
import { describeLeaks, findLeaks, ReportedLeaks } from '../sweep/findLeaks';
import { RunSecrets } from '../sweep/runSecrets';
import { workbenchSurfaces } from './secretSurfaces';
import { session } from './session';
import { Workbench } from './workbench';

export interface WorkbenchFixture {
  readonly workbench: Workbench;
  readonly sim: Simulator;
  /** The folder open in the workbench. */
  readonly workspace: string;
}

export interface WorkbenchOptions {
  /** Written to the workspace's .vscode/settings.json before the workbench opens. */
  workspaceSettings?: (sim: Simulator) => Record<string, unknown>;
}

let suites = 0;
/** The e2e run's simulator runs through all suites: every secret it ever saw is looked for after every test. */
const runSecrets = new RunSecrets();
const reportedLeaks = new ReportedLeaks();

/** Call inside a `describe`: starts the workbench before its tests and stops it after them. */
export function useWorkbench(options: WorkbenchOptions = {}): WorkbenchFixture {
  let server: RunningCodeServer | undefined;
  let context: BrowserContext | undefined;
  let workbench: Workbench | undefined;
  let workspace = '';

  before(async function () {
    this.timeout(120_000);
    const run = session();
    const home = path.join(run.home, `w${++suites}`);
    workspace = path.join(home, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    if (options.workspaceSettings !== undefined) {
      fs.mkdirSync(path.join(workspace, '.vscode'));
      fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(options.workspaceSettings(run.sim), null, 2));
    }
    server = await startCodeServer(run.install, { home, extensionsDir: run.extensionsDir, idleTimeoutSeconds: 120 });
    context = await run.browser.newContext({ viewport: VIEWPORT });
    workbench = new Workbench(await context.newPage());
    await workbench.open(workbenchUrl(server.url, workspace));
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (test === undefined) return;
    const file = path.join(testResultsDir, 'e2e', `${slug(test.fullTitle())}.png`);
    // test-results/e2e holds the latest outcome of each test: a pass removes its old failure picture.
    if (test.state === 'passed') fs.rmSync(file, { force: true });
    if (test.state === 'failed' && workbench !== undefined) {
      await workbench.screenshot(file).then(
        () => console.log(`      screenshot of the failure: ${path.relative(repoRoot, file)}`),
        (error: unknown) => console.log(`      no screenshot of the failure: ${String(error)}`),
      );
    }
    // A leak (or a sweep that could not look) fails this test through the hook's error, which does not skip the
    // suite's next tests as a failing hook would.
    if (test.state === 'passed' && workbench !== undefined && server !== undefined) {
      const problem = await sweepForSecrets(workbench, { userDataDir: server.userDataDir, workspace }).catch(
        (error: unknown) => `the no-secret sweep could not look: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (problem !== undefined) (this.test as Mocha.Hook).error(new Error(problem));
    }
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
  });

  return {
    get workbench(): Workbench {
      if (workbench === undefined) throw new Error('the workbench did not start (see the "before all" hook)');
      return workbench;
    },
    get sim(): Simulator {
      return session().sim;
    },
    get workspace(): string {
      return workspace;
    },
  };
}

/** What leaked (surface and kind, never the secret), or undefined. */
async function sweepForSecrets(workbench: Workbench, places: { userDataDir: string; workspace: string }): Promise<string | undefined> {
  const leaks = reportedLeaks.fresh(findLeaks(await workbenchSurfaces(workbench, places), runSecrets.current()));
  return leaks.length > 0 ? describeLeaks(leaks) : undefined;
}

/**
 * Saves a screenshot for the README under media/screenshots/, only when VAP_UPDATE_SCREENSHOTS=1: the committed
 * pictures change only when someone means to change them.
 */
/**
 * Call inside a `describe`, after useWorkbench: the suite's own account on the run's shared simulator (so other suites'
 * environments stay as they are) and an IDE Plugins token of it, made before the suite's tests. `addToken()` opens our
 * view and adds that token from the palette, as a user does.
 */
export function useOwnAccount(fixture: WorkbenchFixture, account: Parameters<Simulator['addAccount']>[0], description: string): { addToken(): Promise<void> } {
  let token = '';
  before(() => {
    fixture.sim.addAccount(account);
    token = fixture.sim.createToken({ login: account.login, template: 'IDE Plugins', description }).key;
  });
  return {
    async addToken() {
      await fixture.workbench.activityBarItem('Virtuozzo Application Platform').click();
      await fixture.workbench.addAccessToken(fixture.sim.url, token);
    },
  };
}

export async function readmeScreenshot(workbench: Workbench, name: string): Promise<void> {
  if (process.env.VAP_UPDATE_SCREENSHOTS !== '1') return;
  const file = path.join(repoRoot, 'media', 'screenshots', `${name}.png`);
  await workbench.screenshot(file);
  console.log(`      updated ${path.relative(repoRoot, file)}`);
}

function slug(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 120);
}
