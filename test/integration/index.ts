// Entry point the extension host loads (`extensionTestsPath`): runs every compiled *.test.js in this folder with
// mocha and reports the counts to the harness through VAP_TEST_RESULTS_FILE.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { countPassedTests } from '../harness/passedTests';
import { checkAfterEveryTest } from './afterEveryTest';

export interface SuiteResults {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // Generous: the first test pays for activating the extension in a cold host.
    timeout: 30_000,
    grep: process.env.VAP_TEST_GREP !== undefined && process.env.VAP_TEST_GREP !== '' ? process.env.VAP_TEST_GREP : undefined,
  });
  const files = testFiles(__dirname);
  if (files.length === 0) throw new Error(`no integration tests (*.test.js) found under ${__dirname}`);
  for (const file of files) mocha.addFile(file);

  const results = await new Promise<SuiteResults>((resolve) => {
    const failures: string[] = [];
    const runner = mocha.run(() => {
      const stats = runner.stats;
      resolve({ passed: passed(), failed: stats?.failures ?? failures.length, skipped: stats?.pending ?? 0, failures });
    });
    const passed = countPassedTests(runner);
    runner.on('fail', (test) => failures.push(test.fullTitle()));
    checkAfterEveryTest(mocha.suite, runner);
  });
  report(results);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
  if (results.passed === 0) throw new Error('no integration test passed (all skipped or filtered out)');
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The harness reads this file: counting from the log would break on the first test title that looks like a summary. */
function report(results: SuiteResults): void {
  const file = process.env.VAP_TEST_RESULTS_FILE;
  if (file !== undefined && file !== '') fs.writeFileSync(file, `${JSON.stringify(results)}\n`);
}
