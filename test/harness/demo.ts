// `npm run demo`: the packaged extension in a real VS Code (code-server, in your browser) against the platform
// simulator. Prints the address to open and the simulator's demo login, password and token; Ctrl+C stops both.
// Options: --port N (workbench port; default: a free one), --sim-port N (simulator port; default: a free one).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Simulator, startSimulator } from '../simulator';
import { installExtension, RunningCodeServer, startCodeServer } from './codeServer';
import { ensureCodeServer } from './install';
import { onInterrupt } from './lifecycle';
import { makeShortTempDir, packagedVsix, requireFile } from './paths';
import { workbenchUrl } from './workbench';

function portOption(name: string): number {
  const index = process.argv.indexOf(name);
  if (index < 0) return 0;
  const text = process.argv[index + 1];
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} needs a port number, not "${text ?? ''}"`);
  return port;
}

async function main(): Promise<void> {
  const port = portOption('--port');
  const simPort = portOption('--sim-port');
  requireFile(packagedVsix, 'run `npm run package` first (npm run demo does)');
  const install = await ensureCodeServer();

  // A fresh VS Code profile every time: the simulator starts afresh too, so accounts from an earlier demo would only
  // point at a simulator that is gone.
  const home = makeShortTempDir('vap-demo-');
  const workspace = path.join(home, 'demo-workspace');
  fs.mkdirSync(workspace);
  let sim: Simulator | undefined;
  let server: RunningCodeServer | undefined;
  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    await server?.stop();
    await sim?.close().catch(() => undefined);
    fs.rmSync(home, { recursive: true, force: true });
  };
  onInterrupt(stop);

  try {
    await installExtension(install, { home }, packagedVsix);
    sim = await startSimulator({ clock: 'real', port: simPort });
    server = await startCodeServer(install, { home, port });
  } catch (error) {
    await stop();
    throw error;
  }

  console.log(`
VAP for VS Code — demo (code-server ${install.codeServerVersion}, VS Code ${install.vscodeVersion})

  Open VS Code in your browser:  ${workbenchUrl(server.url, workspace)}

  Platform simulator:  ${sim.url}
    login:     ${sim.demo.login}
    password:  ${sim.demo.password}
    token:     ${sim.demo.token}
  A two-factor account: tfa@example.com / tfa-password; its code is the TOTP of the secret VAPDEMOTWOFACTOR
  (add it to an authenticator app, or: node -e "console.log(require('./out/test/simulator').totpCode('VAPDEMOTWOFACTOR', Date.now()))").

  Try: click the Virtuozzo Application Platform icon in the activity bar → Add Access Token → paste the simulator
  address and the token (or Generate IDE Plugins Token with the login and password).

  Logs: ${server.logFile}
  Press Ctrl+C to stop.
`);
  await server.exited;
  if (stopping) return;
  console.log(`code-server stopped unexpectedly; its log: ${server.logFile}`);
  await sim.close().catch(() => undefined);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.log(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
