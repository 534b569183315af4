// Installs the pinned code-server + Node 24 into the cache on first use, and reuses a complete install after that.
// Everything comes from the npm registry; code-server's postinstall compiles native modules, so a few system packages
// (normally installed by .ci/run with apt) must be present.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheDir } from './paths';
import { commandExists, run, tail } from './processes';
import { CODE_SERVER_VERSION, NODE_VERSION } from './versions';

export interface CodeServerInstall {
  /** The Node 24 binary code-server runs on. */
  readonly node: string;
  /** code-server's entry script (`node <entry> [options]`). */
  readonly entry: string;
  readonly codeServerVersion: string;
  /** The VS Code version inside this code-server. */
  readonly vscodeVersion: string;
}

/** Written last: an install without it (interrupted, failed) is never trusted. */
const MARKER = 'install-complete.json';

type Say = (line: string) => void;

/** Returns the cached install, installing it first when it is missing or incomplete. */
export async function ensureCodeServer(say: Say = (line) => console.log(line)): Promise<CodeServerInstall> {
  const home = installDir();
  const existing = readInstall(home);
  if (existing !== undefined) return existing;

  checkPrerequisites();
  fs.mkdirSync(cacheDir(), { recursive: true });
  removeAbandonedStaging();
  // Build in a staging dir and rename it into place at the end, so a crash leaves no half install under the real
  // name and two runs installing at once cannot mix their files.
  const staging = fs.mkdtempSync(path.join(cacheDir(), `.staging-${path.basename(home)}-`));
  const logFile = path.join(cacheDir(), 'last-install.log');
  fs.writeFileSync(logFile, '');
  const started = Date.now();
  say(`Installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} into ${home} (first use; about 2 minutes)…`);
  try {
    await installNode(staging, logFile);
    say(`  Node ${NODE_VERSION} ready (${seconds(started)}); compiling code-server's native modules…`);
    await installCodeServer(staging, logFile);
    fs.rmSync(path.join(staging, 'tmp'), { recursive: true, force: true });
    const install = describeInstall(staging);
    fs.writeFileSync(path.join(staging, MARKER), `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, vscode: install.vscodeVersion, installedAt: new Date().toISOString() })}\n`);
    // Another run may have finished the same install meanwhile: then theirs is used and ours dropped.
    if (readInstall(home) === undefined) {
      fs.rmSync(home, { recursive: true, force: true });
      fs.renameSync(staging, home);
    }
    fs.rmSync(staging, { recursive: true, force: true });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    const detail = tail(logFile, 40);
    throw new Error(`installing code-server failed: ${error instanceof Error ? error.message : String(error)}\n` +
      `--- last lines of ${logFile} ---\n${detail}`);
  }
  say(`  code-server ${CODE_SERVER_VERSION} installed in ${seconds(started)}.`);
  const installed = readInstall(home);
  if (installed === undefined) throw new Error(`code-server install in ${home} is not readable right after installing it`);
  return installed;
}

/**
 * A run killed during its install leaves its staging dir (hundreds of MB). An install takes minutes, so one untouched
 * for an hour is abandoned; younger ones may belong to a run installing right now.
 */
function removeAbandonedStaging(): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of fs.readdirSync(cacheDir())) {
    const dir = path.join(cacheDir(), name);
    if (name.startsWith('.staging-') && fs.statSync(dir).mtimeMs < hourAgo) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The folder of this pinned combination inside the cache. */
export function installDir(): string {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
}

function readInstall(home: string): CodeServerInstall | undefined {
  if (!fs.existsSync(path.join(home, MARKER))) return undefined;
  try {
    return describeInstall(home);
  } catch {
    return undefined;
  }
}

function describeInstall(home: string): CodeServerInstall {
  const node = path.join(home, 'node', 'bin', 'node');
  const codeServer = path.join(home, 'cs', 'node_modules', 'code-server');
  const entry = path.join(codeServer, 'out', 'node', 'entry.js');
  for (const file of [node, entry]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing`);
  }
  const vscodeVersion = readVersion(path.join(codeServer, 'lib', 'vscode', 'package.json'));
  return { node, entry, codeServerVersion: readVersion(path.join(codeServer, 'package.json')), vscodeVersion };
}

function readVersion(packageJson: string): string {
  return (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The system packages the native builds need; fails with what to install instead of a compiler error later. */
function checkPrerequisites(): void {
  if (process.platform !== 'linux') {
    throw new Error(`the code-server test host is installed only on Linux (this is ${process.platform}); ` +
      'elsewhere run the integration suites with VAP_TEST_BACKEND=electron');
  }
  nodeArch();
  const missing: string[] = [];
  for (const tool of ['make', 'g++', 'python3', 'pkg-config', 'tar']) {
    if (!commandExists(tool)) missing.push(tool);
  }
  // kerberos (a code-server dependency) cannot fetch a prebuilt binary offline and compiles against these headers.
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev (gssapi/gssapi.h)');
  if (!commandExists('npm')) missing.push('npm');
  if (missing.length > 0) {
    throw new Error(`cannot install code-server: missing ${missing.join(', ')}. ` +
      'On Debian/Ubuntu: apt-get install -y libkrb5-dev pkg-config build-essential python3 (.ci/run does this).');
  }
}

function nodeArch(): string {
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch as string];
  if (arch === undefined) throw new Error(`no Node ${NODE_VERSION} package on npm for CPU ${process.arch}`);
  return arch;
}

/** Node 24 from the npm registry: `node-linux-<arch>` is the plain binary distribution (bin/node + include/). */
async function installNode(staging: string, logFile: string): Promise<void> {
  const pkg = `node-linux-${nodeArch()}@${NODE_VERSION}`;
  await run('npm', ['pack', pkg, '--pack-destination', staging, '--silent'], { cwd: staging, logFile, env: npmEnv(staging) });
  const tarball = fs.readdirSync(staging).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack ${pkg} produced no tarball`);
  const nodeDir = path.join(staging, 'node');
  fs.mkdirSync(nodeDir);
  await run('tar', ['-xzf', path.join(staging, tarball), '-C', nodeDir, '--strip-components=1'], { logFile });
  fs.rmSync(path.join(staging, tarball));
  const version = spawnSync(path.join(nodeDir, 'bin', 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (version !== `v${NODE_VERSION}`) throw new Error(`the unpacked Node reports "${version}", expected v${NODE_VERSION}`);
}

async function installCodeServer(staging: string, logFile: string): Promise<void> {
  const nodeDir = path.join(staging, 'node');
  const env: NodeJS.ProcessEnv = {
    ...npmEnv(staging),
    // The system npm runs on the Node found first on PATH, and code-server's postinstall insists on Node 24.
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    // node-gyp takes the headers from here instead of downloading them.
    npm_config_nodedir: nodeDir,
    JOBS: 'max',
  };
  await run('npm', ['install', '--prefix', path.join(staging, 'cs'), '--no-audit', '--no-fund', '--foreground-scripts',
    `code-server@${CODE_SERVER_VERSION}`], { cwd: staging, logFile, env });
}

/** npm and Node 24 would otherwise leave files in /tmp (compile cache, node-gyp temp files). */
function npmEnv(staging: string): NodeJS.ProcessEnv {
  const tmp = path.join(staging, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1', npm_config_update_notifier: 'false' };
  // Under `npm run`, npm hands its own invocation down: the project prefix, the script, an empty allow-scripts list,
  // and a user agent naming the Node it runs on, which code-server's postinstall reads as "the Node version" (and
  // then refuses Node 20). None of that is meant for this separate install on Node 24.
  for (const key of Object.keys(env)) {
    if (/^(npm_(lifecycle_|package_|config_(call|local_prefix|prefix|global_prefix|allow_scripts|user_agent|npm_version)$|node_execpath$|execpath$|command$)|NODE$|INIT_CWD$)/.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function seconds(since: number): string {
  return `${Math.round((Date.now() - since) / 1000)} s`;
}
