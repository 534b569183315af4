// Shared pieces of the platform tests: a fresh simulator per test, a view of what our client put on the wire,
// and a way to catch a rejection for inspection.

import * as assert from 'node:assert/strict';
import * as diagnostics from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { CallError } from '../../../src/platform/errors';
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
    const request = (message as { request: ClientRequest }).request;
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
