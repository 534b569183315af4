// The attacker of the hostile-workspace suites: a real simulator on its own loopback port behind a counter of every
// TCP connection (HTTP to any path, TLS, garbage: whatever arrives), and a test network in which every look-alike
// host name resolves to it. So a token sent to a look-alike would land at the attacker and be counted, rather than
// die quietly in DNS.

import dns from 'node:dns';
import * as net from 'node:net';
import { Simulator, startSimulator } from '../simulator';

export interface Attacker {
  /** Its loopback port (the simulator behind it has another). */
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Connections the attacker received so far, from anyone, for any path or protocol. */
  connections(): number;
  /** Look-alike host names anybody in this extension host tried to resolve, in order. */
  lookups(): string[];
  /** Forgets what was counted so far (after a test that meant to reach the attacker). */
  reset(): void;
  close(): Promise<void>;
}

/** In the test network every name under these suffixes (and every punycode name) belongs to the attacker. */
const ATTACKER_SUFFIXES = ['.test', '.example.com'];

export function isAttackerName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return ATTACKER_SUFFIXES.some((suffix) => name.endsWith(suffix)) || name.split('.').some((label) => label.startsWith('xn--'));
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

export async function startAttacker(): Promise<Attacker> {
  const backend: Simulator = await startSimulator({ clock: 'manual' });
  const backendPort = Number(new URL(backend.url).port);
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections += 1;
    const upstream = net.connect(backendPort, '127.0.0.1');
    for (const end of [socket, upstream]) {
      sockets.add(end);
      end.on('error', () => undefined);
      end.on('close', () => sockets.delete(end));
    }
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  // Node's net reads dns.lookup on every connect, so this reroutes whatever the extension host would resolve.
  const realLookup = dns.lookup;
  const looked: string[] = [];
  const testLookup = (hostname: string, options: unknown, callback?: LookupCallback): void => {
    const done = (typeof options === 'function' ? options : callback) as LookupCallback;
    if (!isAttackerName(hostname)) {
      (realLookup as (...args: unknown[]) => void).call(dns, hostname, ...(typeof options === 'function' ? [] : [options]), done);
      return;
    }
    looked.push(hostname);
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
    process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)));
  };
  dns.lookup = testLookup as typeof dns.lookup;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    lookups: () => [...looked],
    reset() {
      connections = 0;
      looked.length = 0;
    },
    async close() {
      dns.lookup = realLookup;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.close();
    },
  };
}
