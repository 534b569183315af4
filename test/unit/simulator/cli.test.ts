import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { post } from './helpers';

/** The compiled CLI, next to the compiled simulator (out/test/simulator/cli.js). */
const CLI = path.resolve(__dirname, '../../simulator/cli.js');

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`simulator CLI exited early with ${code}`)));
  });
}

describe('simulator: CLI', () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  it('prints {url, login, password, token} as its first line, serves, and exits cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, [CLI], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VAP_SIM_PORT: '' } });
    const info = JSON.parse(await firstLine(child)) as { url: string; login: string; password: string; token: string };
    assert.deepEqual(Object.keys(info).sort(), ['login', 'password', 'token', 'url']);
    assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(info.login, 'demo@example.com');
    assert.equal(info.password, 'demo-password');
    assert.match(info.token, /^[0-9a-f]{40}$/);

    const envs = await post(info.url, 'environment/control/GetEnvs', { session: info.token });
    assert.equal(envs.result, 0);
    assert.ok((envs.infos?.length ?? 0) > 0);
    const signin = await post(info.url, 'users/authentication/Signin', { login: info.login, password: info.password });
    assert.equal(signin.result, 0);

    await stop(child);
  });

  it('takes the port from --port or VAP_SIM_PORT, and refuses an invalid one', async () => {
    for (const [args, envPort] of [[['--port', String(await freePort())], ''], [[], String(await freePort())]] as const) {
      const port = args.length ? args[1] : envPort;
      child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VAP_SIM_PORT: envPort } });
      const info = JSON.parse(await firstLine(child)) as { url: string };
      assert.equal(info.url, `http://127.0.0.1:${port}`);
      await stop(child);
    }
    child = spawn(process.execPath, [CLI, '--port', 'not-a-port'], { stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(await exitCode(child), 1);
  });

  it('writes no secret to stderr', async () => {
    child = spawn(process.execPath, [CLI], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VAP_SIM_PORT: '' } });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const info = JSON.parse(await firstLine(child)) as { url: string; password: string; token: string };
    await post(info.url, 'environment/control/GetEnvs', { session: info.token });
    await stop(child);
    assert.match(stderr, /listening/);
    assert.equal(stderr.includes(info.token), false);
    assert.equal(stderr.includes(info.password), false);
  });
});

function exitCode(cli: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => cli.once('exit', (code) => resolve(code)));
}

async function stop(cli: ChildProcess): Promise<void> {
  const exited = exitCode(cli);
  cli.kill('SIGTERM');
  assert.equal(await exited, 0);
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
