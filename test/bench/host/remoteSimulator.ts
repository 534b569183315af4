// A simulator in a process of its own, for the view's first opening: a real platform answers from elsewhere, so
// its work must not run in the extension host's thread, where it would be counted as ours and leave no idle time
// while the request is on the wire (which the extension may use, as it does with a remote platform).

import { ChildProcess, fork } from 'node:child_process';
import { startSimulator } from '../../simulator';

type Request = { type: 'methods' } | { type: 'clear' };
type Reply = { type: 'ready'; url: string; token: string; login: string } | { type: 'methods'; methods: string[] } | { type: 'cleared' };

export interface RemoteSimulator {
  readonly url: string;
  readonly token: string;
  /** The API methods received so far, in order. */
  methods(): Promise<string[]>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the child (this same file, run by Node) and waits for its address. */
export function startRemoteSimulator(): Promise<RemoteSimulator> {
  const child = fork(__filename, ['--child'], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = <T extends Reply['type']>(type: T) =>
    new Promise<Extract<Reply, { type: T }>>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(reply as Extract<Reply, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`the simulator process ended (${String(code)})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ask = <T extends Reply['type']>(request: Request, type: T) => {
    const reply = next(type);
    child.send(request);
    return reply;
  };
  return next('ready').then(({ url, token }) => ({
    url,
    token,
    methods: async () => (await ask({ type: 'methods' }, 'methods')).methods,
    clear: async () => void (await ask({ type: 'clear' }, 'cleared')),
    close: () => stop(child),
  }));
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return ended;
}

async function serve(): Promise<void> {
  const sim = await startSimulator({ clock: 'manual' });
  const send = (reply: Reply) => process.send?.(reply);
  process.on('message', (request: Request) => {
    if (request.type === 'methods') send({ type: 'methods', methods: sim.requests.map((entry) => entry.method ?? entry.path) });
    else {
      sim.clearRequests();
      send({ type: 'cleared' });
    }
  });
  process.on('SIGTERM', () => void sim.close().finally(() => process.exit(0)));
  // The parent gone (its host closed): nothing is left to serve.
  process.on('disconnect', () => void sim.close().finally(() => process.exit(0)));
  send({ type: 'ready', url: sim.url, token: sim.demo.token, login: sim.demo.login });
}

if (process.argv.includes('--child')) void serve();
