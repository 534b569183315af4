// The @vscode/test-electron back end: the same suites in a desktop VS Code. For machines that can download one, or
// have one (VSCODE_EXECUTABLE_PATH); CI here has no internet and uses code-server instead.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import type { SuiteOutcome } from './integrationCodeServer';
import { cacheDir, integrationIndex, makeShortTempDir, repoRoot } from './paths';

export async function runInElectron(options: { grep?: string }): Promise<SuiteOutcome> {
  const home = makeShortTempDir('vap-it-');
  const workspace = path.join(home, 'workspace');
  fs.mkdirSync(workspace);
  const resultsFile = path.join(home, 'results.json');
  const outcome: SuiteOutcome = { exitCode: undefined, results: undefined };
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  try {
    outcome.exitCode = await runTests({
      vscodeExecutablePath: executable !== undefined && executable !== '' ? executable : undefined,
      version: process.env.VSCODE_VERSION,
      cachePath: path.join(cacheDir(), 'electron'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: integrationIndex,
      extensionTestsEnv: { VAP_TEST_RESULTS_FILE: resultsFile, VAP_TEST_GREP: options.grep },
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(home, 'user-data'),
        '--extensions-dir', path.join(home, 'extensions'), '--disable-workspace-trust'],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) outcome.exitCode = error.code ?? 1;
    else outcome.problem = `@vscode/test-electron could not start VS Code (it downloads one unless VSCODE_EXECUTABLE_PATH is set; ` +
      `offline, use the default code-server back end): ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    outcome.results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as SuiteOutcome['results'];
  } catch {
    outcome.results = undefined;
  }
  const passed = outcome.exitCode === 0 && outcome.results?.failed === 0;
  // Nothing to look at when VS Code never started.
  if (passed || outcome.exitCode === undefined) fs.rmSync(home, { recursive: true, force: true });
  else {
    outcome.keptDir = home;
    outcome.keptHint = 'user-data/logs/';
  }
  return outcome;
}
