// `npm run simulator`: a simulator with the real clock for demos and manual testing.
// First stdout line: one JSON object {url, login, password, token}; then it serves until SIGINT/SIGTERM.

import { startSimulator } from './index';

function portFromArgs(argv: string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.indexOf('--port');
  const text = flag >= 0 ? argv[flag + 1] : env.VAP_SIM_PORT;
  if (text === undefined || text === '') return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${text}`);
  return port;
}

async function main(): Promise<void> {
  const sim = await startSimulator({ clock: 'real', port: portFromArgs(process.argv.slice(2), process.env) });

  // Handlers first: whoever reads the first line may signal us at once.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  process.stdout.write(`${JSON.stringify({ url: sim.url, login: sim.demo.login, password: sim.demo.password, token: sim.demo.token })}\n`);
  process.stderr.write(`VAP platform simulator listening on ${sim.url} (Ctrl+C to stop)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
