// `npm run test:integration`: runs test/integration inside a real VS Code extension host and prints
// "vscode-integration: N passed, N failed, N skipped". Back end: code-server (default), or @vscode/test-electron when
// VSCODE_EXECUTABLE_PATH is set or VAP_TEST_BACKEND=electron.

import { runInCodeServer, SuiteOutcome } from './integrationCodeServer';
import { runInElectron } from './integrationElectron';
import { onInterrupt } from './lifecycle';
import { extensionBundle, integrationIndex, requireFile } from './paths';
import { closingLine, COULD_NOT_RUN, Counts, timeoutMs } from './summary';

function backend(): 'code-server' | 'electron' {
  const chosen = process.env.VAP_TEST_BACKEND;
  if (chosen === 'electron' || chosen === 'code-server') return chosen;
  if (chosen !== undefined && chosen !== '') throw new Error(`VAP_TEST_BACKEND must be "code-server" or "electron", not "${chosen}"`);
  return process.env.VSCODE_EXECUTABLE_PATH ? 'electron' : 'code-server';
}

/** The suite that also runs in a Restricted Mode (untrusted) folder: everything a hostile workspace can reach. */
export const UNTRUSTED_PASS_GREP = 'Hostile workspace';

interface Pass {
  readonly name: string;
  readonly grep?: string;
  readonly untrustedWorkspace: boolean;
}

/**
 * Which passes run. `VAP_TEST_TRUST` = `trusted` | `untrusted` | `both`; by default both without a grep (the full
 * run: every suite trusted, then the hostile-workspace suite untrusted), only the trusted one with a grep.
 */
function passes(grep: string | undefined, chosenBackend: 'code-server' | 'electron'): Pass[] {
  const trust = process.env.VAP_TEST_TRUST || (grep === undefined ? 'both' : 'trusted');
  if (!['trusted', 'untrusted', 'both'].includes(trust)) throw new Error(`VAP_TEST_TRUST must be "trusted", "untrusted" or "both", not "${trust}"`);
  const list: Pass[] = [];
  if (trust !== 'untrusted') list.push({ name: 'trusted workspace', grep, untrustedWorkspace: false });
  if (trust !== 'trusted') {
    // The electron back end has no way to open a folder untrusted without a prompt; code-server (CI) does.
    if (chosenBackend === 'electron') console.log('Untrusted-workspace pass skipped: only the code-server back end runs it.');
    else list.push({ name: 'untrusted workspace (Restricted Mode)', grep: grep ?? UNTRUSTED_PASS_GREP, untrustedWorkspace: true });
  }
  return list;
}

async function runPass(pass: Pass, chosenBackend: 'code-server' | 'electron'): Promise<SuiteOutcome> {
  try {
    console.log(`Integration tests in a real VS Code extension host (back end: ${chosenBackend}; ${pass.name})`);
    return chosenBackend === 'electron'
      ? await runInElectron({ grep: pass.grep })
      : await runInCodeServer({ grep: pass.grep, timeoutMs: timeoutMs('VAP_TEST_TIMEOUT_MS', 600_000), untrustedWorkspace: pass.untrustedWorkspace });
  } catch (error) {
    return { exitCode: undefined, results: undefined, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** One pass's verdict, with what to look at when it failed; its counts, a pass that could not run counting as a failure. */
function judge(pass: Pass, outcome: SuiteOutcome): { ok: boolean; counts: Counts } {
  const ok = outcome.exitCode === 0 && outcome.results !== undefined && outcome.results.failed === 0 && outcome.results.passed > 0;
  if (outcome.problem !== undefined) console.log(`Integration tests (${pass.name}) could not finish: ${outcome.problem}`);
  else if (outcome.results === undefined) console.log(`The integration suite (${pass.name}) reported no results (did the test index load? see the log above).`);
  if (outcome.keptDir !== undefined) console.log(`Logs kept in ${outcome.keptDir} (${outcome.keptHint ?? 'logs'})`);
  const counts = outcome.results ?? COULD_NOT_RUN;
  return { ok, counts: ok ? counts : { ...counts, failed: Math.max(counts.failed, 1) } };
}

async function main(): Promise<number> {
  const started = Date.now();
  // code-server is killed on the way out (lifecycle.ts); the run's temp dir stays for a look.
  onInterrupt(async () => undefined);
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  let ok = true;
  try {
    requireFile(extensionBundle, 'run `npm run build` first (npm run test:integration does)');
    requireFile(integrationIndex, 'run `npm run compile` first (npm run test:integration does)');
    const grep = process.env.VAP_TEST_GREP || undefined;
    const chosen = backend();
    const chosenPasses = passes(grep, chosen);
    if (chosenPasses.length === 0) throw new Error('no pass can run with this back end and VAP_TEST_TRUST');
    for (const pass of chosenPasses) {
      const verdict = judge(pass, await runPass(pass, chosen));
      ok &&= verdict.ok;
      total.passed += verdict.counts.passed;
      total.failed += verdict.counts.failed;
      total.skipped += verdict.counts.skipped;
    }
  } catch (error) {
    console.log(`Integration tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    ok = false;
  }
  if (!ok) total.failed = Math.max(total.failed, 1);
  console.log(`Integration tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(closingLine('vscode-integration', total));
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code));
