// Where things are: the repository, the host cache, the build outputs the harness needs.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root (this file compiles to out/test/harness/paths.js). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The cache for the code-server host: `.vscode-test/` in the repo unless `VAP_VSCODE_TEST_CACHE` says otherwise. */
export function cacheDir(): string {
  const configured = process.env.VAP_VSCODE_TEST_CACHE;
  return path.resolve(configured !== undefined && configured !== '' ? configured : path.join(repoRoot, '.vscode-test'));
}

/** Screenshots and logs of failed runs; gitignored. */
export const testResultsDir = path.join(repoRoot, 'test-results');

export const packagedVsix = path.join(repoRoot, 'dist', 'vap-vscode.vsix');
export const extensionBundle = path.join(repoRoot, 'dist', 'extension.js');
export const integrationIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

/**
 * A fresh temp dir with a short path: VS Code puts Unix sockets in it (XDG_RUNTIME_DIR, TMPDIR) and socket paths
 * are limited to about 107 characters.
 */
export function makeShortTempDir(prefix: string): string {
  const base = os.platform() === 'win32' ? os.tmpdir() : '/tmp';
  return fs.mkdtempSync(path.join(base, prefix));
}

/** Throws with `why` when a build output the harness needs is missing. */
export function requireFile(file: string, why: string): void {
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(repoRoot, file)} is missing: ${why}`);
  }
}

/**
 * Points this process's temp files (Playwright's browser profile and artifacts, Chromium's own) into `home`, so a run
 * leaves nothing behind in /tmp, even when it is killed.
 */
export function keepTempFilesIn(home: string): void {
  const tmp = path.join(home, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
}
