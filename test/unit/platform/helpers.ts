// Shared pieces of the platform tests: a fresh simulator per test, a raw HTTP server for the answers the simulator
// cannot give, a view of what our client put on the wire, and a way to catch a rejection for inspection.

import * as assert from 'node:assert/strict';
import * as diagnostics from 'node:diagnostics_channel';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallError, PlatformError } from '../../../src/platform/errors';
import { Simulator, SimulatorOptions, startSimulator } from '../../simulator';

/** Starts a simulator before each test of the suite and closes it after; read `.sim` inside tests. */
export function useSimulator(options?: SimulatorOptions): { readonly sim: Simulator } {
  const holder: { sim?: Simulator } = {};
  beforeEach(async () => {
    holder.sim = await startSimulator(options);
  });
  afterEach(async () => {
    await holder.sim?.close();
    holder.sim = undefined;
  });
  return {
    get sim(): Simulator {
      assert.ok(holder.sim, 'simulator not started');
      return holder.sim;
    },
  };
}

/** A bare HTTP server on 127.0.0.1 that answers every request with `handler`, byte for byte as the test writes. */
export interface RawServer {
  /** Its origin, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly http.IncomingMessage[];
}

/** Starts raw servers inside tests (`await raw.start(handler)`) and drops them and their connections after each. */
export function useRawServers(): { start(handler: http.RequestListener): Promise<RawServer> } {
  const servers: http.Server[] = [];
  afterEach(async () => {
    const closing = servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    await Promise.all(closing);
  });
  return {
    start(handler) {
      const requests: http.IncomingMessage[] = [];
      const server = http.createServer((req, res) => {
        requests.push(req);
        handler(req, res);
      });
      servers.push(server);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.address() as AddressInfo;
          resolve({ url: `http://127.0.0.1:${port}`, requests });
        });
      });
    },
  };
}

/** Resolves once the connection that carried `request` is closed, by either side. */
export function connectionClosed(request: http.IncomingMessage): Promise<void> {
  const socket = request.socket;
  return new Promise((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
}

/** Resolves when this process next receives the status line and headers of an HTTP answer (body still to come). */
export function nextResponseHead(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (): void => {
      diagnostics.unsubscribe('http.client.response.finish', listener);
      resolve();
    };
    diagnostics.subscribe('http.client.response.finish', listener);
  });
}

export interface Outgoing {
  readonly method: string;
  /** Path and query exactly as sent. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Records the HTTP requests this process sends during the suite, from Node's own http diagnostics channel:
 * the client's real request line and headers, not what the simulator made of them.
 */
export function recordOutgoing(): Outgoing[] {
  const seen: Outgoing[] = [];
  const listener = (message: unknown): void => {
    const request = (message as { request: http.ClientRequest }).request;
    const headers: Record<string, string> = {};
    for (const name of request.getHeaderNames()) headers[name] = String(request.getHeader(name));
    seen.push({ method: request.method, path: request.path, headers });
  };
  beforeEach(() => {
    seen.length = 0;
    diagnostics.subscribe('http.client.request.start', listener);
  });
  afterEach(() => {
    diagnostics.unsubscribe('http.client.request.start', listener);
  });
  return seen;
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof Error, `rejected with a non-Error: ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

/** The error a function throws; fails the test if it returns. The synchronous twin of `rejection`. */
export function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  assert.fail('expected an error');
}

/** Watches a promise from now on, so a test can tell later whether it has settled, without awaiting it. */
export function track<T>(promise: Promise<T>): { readonly promise: Promise<T>; readonly settled: boolean } {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return {
    promise,
    get settled() {
      return settled;
    },
  };
}

/** An error of one call names its method and host and carries none of the given secrets, nor anything token-like. */
export function assertCleanCallError(error: Error, secrets: readonly string[]): void {
  assert.ok(error instanceof CallError, String(error));
  assert.ok(error.message.includes(error.method), error.message);
  assert.ok(error.message.includes(error.host), error.message);
  const text = `${error.message} ${JSON.stringify(error)}`;
  for (const secret of secrets) assert.ok(!text.includes(secret), `${error.name} leaks a secret: ${text}`);
  // Tokens and sessions are 40 hex characters, including ones this test did not choose.
  assert.doesNotMatch(text, /[0-9a-f]{40}/);
}

/** The PlatformError a call rejects with, checked to carry `result` and none of the given secrets. */
export async function platformRejection(promise: Promise<unknown>, result: number, secrets: readonly string[]): Promise<PlatformError> {
  const error = await rejection(promise);
  assertCleanCallError(error, secrets);
  assert.ok(error instanceof PlatformError, String(error));
  assert.equal(error.result, result, error.message);
  return error;
}
