// Starts code-server isolated in its own folders and stops it with everything it forked.

import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeServerInstall } from './install';
import { trackProcessGroup } from './lifecycle';
import { killProcessGroup, run, tail } from './processes';

export interface CodeServerOptions {
  /** Where code-server keeps everything of this run: config, user data, extensions, XDG dirs, TMPDIR, the log. */
  readonly home: string;
  /** Extensions dir; defaults to `<home>/extensions`. The demo keeps its own. */
  readonly extensionsDir?: string;
  /** `0` picks a free port. */
  readonly port?: number;
  /**
   * Lets the workbench honour the `payload` URL parameter (extension tests). It also hides notification toasts,
   * so UI tests leave it off.
   */
  readonly smokeTestDriver?: boolean;
  /** Extra environment for the server and its extension hosts. */
  readonly env?: NodeJS.ProcessEnv;
  /** How long to wait for "HTTP server listening". */
  readonly startTimeoutMs?: number;
  /**
   * Shut down after this long without a browser connected (code-server's heartbeat lapses a minute after the last
   * client): a safety net should the process that started it be killed before it can stop it. More than 60.
   */
  readonly idleTimeoutSeconds?: number;
  /**
   * Open the folder in Restricted Mode: workspace trust on, the folder not trusted, no trust prompt. Off (the
   * default), trust is disabled and every folder counts as trusted.
   */
  readonly untrustedWorkspace?: boolean;
}

export interface RunningCodeServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly logFile: string;
  readonly userDataDir: string;
  /** Resolves when the server exits on its own (a crash); `stop()` also settles it. */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
}

/** The folders one code-server run writes to. */
export function codeServerDirs(home: string, extensionsDir?: string) {
  return {
    config: path.join(home, 'config.yaml'),
    userData: path.join(home, 'user-data'),
    extensions: extensionsDir ?? path.join(home, 'extensions'),
    log: path.join(home, 'code-server.log'),
    xdgConfig: path.join(home, 'xdg', 'config'),
    xdgData: path.join(home, 'xdg', 'data'),
    xdgCache: path.join(home, 'xdg', 'cache'),
    tmp: path.join(home, 'tmp'),
  };
}

/**
 * code-server writes to ~/.config, ~/.local/share and /tmp unless told otherwise, and Node 24 keeps a compile cache
 * in /tmp; this environment keeps all of that inside `home`.
 */
function isolatedEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dirs = codeServerDirs(home);
  for (const dir of [dirs.xdgConfig, dirs.xdgData, dirs.xdgCache, dirs.tmp]) fs.mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_RUNTIME_DIR: dirs.tmp,
    TMPDIR: dirs.tmp,
    NODE_DISABLE_COMPILE_CACHE: '1',
    ...extra,
  };
  // Variables of the VS Code we may be running inside would confuse the server and its extension hosts.
  for (const key of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_RUN_AS_NODE$)/.test(key)) delete env[key];
  }
  return env;
}

/** Settings that keep the workbench quiet and deterministic: no welcome page, chat, tips or update checks. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Workspace trust on, and never asked: the folder opens in Restricted Mode and stays there. */
const RESTRICTED_MODE_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

function prepareHome(home: string, extensionsDir?: string, untrustedWorkspace = false): ReturnType<typeof codeServerDirs> {
  const dirs = codeServerDirs(home, extensionsDir);
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  // An own config file, or code-server creates ~/.config/code-server/config.yaml with a random password.
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  const settings = path.join(dirs.userData, 'User', 'settings.json');
  const chosen = untrustedWorkspace ? { ...QUIET_SETTINGS, ...RESTRICTED_MODE_SETTINGS } : QUIET_SETTINGS;
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, `${JSON.stringify(chosen, null, 2)}\n`);
  return dirs;
}

function baseArgs(install: CodeServerInstall, dirs: ReturnType<typeof codeServerDirs>): string[] {
  return [install.entry, '--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** `code-server --install-extension <vsix>` into the run's extensions dir. */
export async function installExtension(install: CodeServerInstall, options: CodeServerOptions, vsix: string): Promise<void> {
  const dirs = prepareHome(options.home, options.extensionsDir);
  await run(install.node, [...baseArgs(install, dirs), '--install-extension', vsix, '--force'], {
    env: isolatedEnv(options.home, options.env),
    logFile: dirs.log,
  }).catch((error: unknown) => {
    throw new Error(`installing ${path.basename(vsix)} into code-server failed: ${String(error)}\n${tail(dirs.log, 20)}`);
  });
}

export async function startCodeServer(install: CodeServerInstall, options: CodeServerOptions): Promise<RunningCodeServer> {
  const dirs = prepareHome(options.home, options.extensionsDir, options.untrustedWorkspace);
  const args = [
    ...baseArgs(install, dirs),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.untrustedWorkspace === true ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...(options.smokeTestDriver === true ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.idleTimeoutSeconds !== undefined ? ['--idle-timeout-seconds', String(options.idleTimeoutSeconds)] : []),
  ];
  const log = fs.openSync(dirs.log, 'a');
  // Detached: its own process group, so stop() can take the extension hosts and watchers down with it.
  const child = spawn(install.node, args, {
    env: isolatedEnv(options.home, options.env),
    detached: true,
    stdio: ['ignore', 'pipe', log],
  });
  fs.closeSync(log);
  const untrack = child.pid !== undefined ? trackProcessGroup(child.pid) : () => undefined;
  const stop = async (): Promise<void> => {
    await killProcessGroup(child);
    untrack();
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await waitForListening(child, dirs.log, options.startTimeoutMs ?? 30_000);
    return { url, logFile: dirs.log, userDataDir: dirs.userData, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Copies the server's stdout to its log and resolves with the URL once it says "HTTP server listening on …". */
function waitForListening(child: ChildProcess, logFile: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => settle(() => reject(new Error(
      `code-server did not report "HTTP server listening" within ${timeoutMs / 1000} s; log: ${logFile}\n${tail(logFile, 20)}`))), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      fs.appendFileSync(logFile, chunk);
      if (settled) return;
      seen += chunk.toString('utf8');
      const match = /HTTP server listening on (http:\/\/[^\s]+)/.exec(seen);
      if (match !== null) settle(() => resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`));
    });
    child.once('error', (error) => settle(() => reject(new Error(`could not start code-server: ${error.message}`))));
    child.once('exit', (code, signal) => settle(() => reject(new Error(
      `code-server exited (${signal ?? `code ${code}`}) before listening; log: ${logFile}\n${tail(logFile, 20)}`))));
  });
}
