// `npm run test:integration`: runs test/integration inside a real VS Code extension host and prints
// "vscode-integration: N passed, N failed, N skipped". Back end: code-server (default), or @vscode/test-electron when
// VSCODE_EXECUTABLE_PATH is set or VAP_TEST_BACKEND=electron.

import { runInCodeServer, SuiteOutcome } from './integrationCodeServer';
import { runInElectron } from './integrationElectron';
import { onInterrupt } from './lifecycle';
import { extensionBundle, integrationIndex, requireFile } from './paths';
import { closingLine, COULD_NOT_RUN, timeoutMs } from './summary';

function backend(): 'code-server' | 'electron' {
  const chosen = process.env.VAP_TEST_BACKEND;
  if (chosen === 'electron' || chosen === 'code-server') return chosen;
  if (chosen !== undefined && chosen !== '') throw new Error(`VAP_TEST_BACKEND must be "code-server" or "electron", not "${chosen}"`);
  return process.env.VSCODE_EXECUTABLE_PATH ? 'electron' : 'code-server';
}

async function main(): Promise<number> {
  const started = Date.now();
  // code-server is killed on the way out (lifecycle.ts); the run's temp dir stays for a look.
  onInterrupt(async () => undefined);
  let outcome: SuiteOutcome;
  try {
    requireFile(extensionBundle, 'run `npm run build` first (npm run test:integration does)');
    requireFile(integrationIndex, 'run `npm run compile` first (npm run test:integration does)');
    const grep = process.env.VAP_TEST_GREP || undefined;
    const chosen = backend();
    console.log(`Integration tests in a real VS Code extension host (back end: ${chosen})`);
    outcome = chosen === 'electron' ? await runInElectron({ grep }) : await runInCodeServer({ grep, timeoutMs: timeoutMs('VAP_TEST_TIMEOUT_MS', 300_000) });
  } catch (error) {
    outcome = { exitCode: undefined, results: undefined, problem: error instanceof Error ? error.message : String(error) };
  }

  const counts = outcome.results ?? COULD_NOT_RUN;
  const ok = outcome.exitCode === 0 && outcome.results !== undefined && outcome.results.failed === 0 && outcome.results.passed > 0;
  if (outcome.problem !== undefined) console.log(`Integration tests could not finish: ${outcome.problem}`);
  else if (outcome.results === undefined) console.log('The integration suite reported no results (did the test index load? see the log above).');
  if (outcome.keptDir !== undefined) {
    console.log(`Logs kept in ${outcome.keptDir} (${outcome.keptHint ?? 'logs'})`);
  }
  console.log(`Integration tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(closingLine('vscode-integration', ok ? counts : { ...counts, failed: Math.max(counts.failed, 1) }));
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code));
