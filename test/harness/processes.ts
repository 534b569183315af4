// Child processes: run a command to completion, or stop a detached process tree.

import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Append stdout and stderr here instead of inheriting the terminal. */
  logFile?: string;
}

/** Runs a command to completion; rejects with the exit code (and the log file to read) when it fails. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = options.logFile === undefined ? undefined : fs.openSync(options.logFile, 'a');
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: log === undefined ? 'inherit' : ['ignore', log, log],
    });
    child.on('error', (error) => {
      if (log !== undefined) fs.closeSync(log);
      reject(new Error(`could not start ${command}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      if (log !== undefined) fs.closeSync(log);
      if (code === 0) resolve();
      else {
        const where = options.logFile === undefined ? '' : ` (output in ${options.logFile})`;
        reject(new Error(`${command} ${args.join(' ')} failed with ${signal ?? `exit code ${code}`}${where}`));
      }
    });
  });
}

/** Whether `name` is a command on PATH. */
export function commandExists(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The last `count` lines of a text file, for failure messages. */
export function tail(file: string, count: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

/**
 * Stops a process spawned with `detached: true` together with everything it forked (code-server forks extension
 * hosts and file watchers): SIGTERM to the whole group, SIGKILL if it is still there after `graceMs`.
 */
export async function killProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(pid, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup(pid, 'SIGKILL');
    await exited;
  }
  // Forked children may outlive the leader by a moment; make sure none is left behind.
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
