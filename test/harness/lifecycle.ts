// Nothing a run starts may outlive it: process groups still running when this process exits (normally, on Ctrl+C, on
// an uncaught error) are killed; and a closed stdout (`| head`) does not crash the run halfway through its cleanup.

const groups = new Set<number>();
let installed = false;

/** Remembers a detached process group to kill if this process ends before it is stopped properly. */
export function trackProcessGroup(pid: number): () => void {
  installHandlers();
  groups.add(pid);
  return () => groups.delete(pid);
}

/**
 * Runs `cleanup` once on the first SIGINT/SIGTERM/SIGHUP, then exits with 130. A second signal exits at once
 * (the exit handler still kills tracked process groups).
 */
export function onInterrupt(cleanup: () => Promise<void>): void {
  installHandlers();
  let interrupted = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.log(`\n${signal}: stopping…`);
    cleanup().finally(() => process.exit(130));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, handler);
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  process.on('exit', () => {
    for (const pid of groups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
}
