// What our HTTP transport does with answers the simulator cannot shape: compressed bodies, characters split across
// chunks, lying Content-Length, bodies too large, and error bodies it must not wait for. A raw Node server per test.

import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { PlatformClient } from '../../../src/platform/client';
import { NetworkError, ServerError, UnexpectedResponseError } from '../../../src/platform/errors';
import { rejection } from './helpers';

const OK_ANSWER = { result: 0, infos: [{ env: { envName: 'caf\u00e9-\u6771\u4eac-\u{1F680}' } }] };

/** A loopback server whose every answer `respond` writes by hand. */
function useRawServer(): { respond: (handler: http.RequestListener) => void; client: () => PlatformClient } {
  let handler: http.RequestListener = (_request, response) => response.end();
  let server: http.Server | undefined;
  beforeEach(async () => {
    server = http.createServer((request, response) => handler(request, response));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });
  return {
    respond: (next) => (handler = next),
    client: () => new PlatformClient({ origin: `http://127.0.0.1:${(server?.address() as AddressInfo).port}` }),
  };
}

describe('platform/transport: answers only a raw server can give', () => {
  const raw = useRawServer();
  const getEnvs = () => raw.client().call('GetEnvs', {}, { session: 'a-session-value' });

  for (const [encoding, compress] of [
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
  ] as const) {
    it(`reads a ${encoding}-compressed answer`, async () => {
      raw.respond((request, response) => {
        assert.match(String(request.headers['accept-encoding']), new RegExp(encoding));
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': encoding });
        response.end(compress(Buffer.from(JSON.stringify(OK_ANSWER))));
      });
      assert.deepEqual(await getEnvs(), OK_ANSWER);
    });
  }

  it('keeps multi-byte characters whole when a chunk ends inside one', async () => {
    const bytes = Buffer.from(JSON.stringify(OK_ANSWER));
    raw.respond((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // One byte a chunk: every multi-byte character is split.
      const write = (index: number): void => {
        if (index === bytes.length) return void response.end();
        response.write(bytes.subarray(index, index + 1), () => write(index + 1));
      };
      write(0);
    });
    assert.deepEqual(await getEnvs(), OK_ANSWER);
  });

  it('an answer shorter than its Content-Length is a cut connection, not a truncated answer', async () => {
    raw.respond((_request, response) => {
      const body = JSON.stringify(OK_ANSWER);
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length + 100 });
      response.write(body, () => response.socket?.destroy());
    });
    const error = await rejection(getEnvs());
    assert.ok(error instanceof NetworkError, String(error));
  });

  it('a chunked answer cut before its last chunk is a cut connection too', async () => {
    raw.respond((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"result":0,"infos":[', () => response.socket?.destroy());
    });
    const error = await rejection(getEnvs());
    assert.ok(error instanceof NetworkError, String(error));
  });

  it('stops reading an answer past the size limit and drops the connection', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 0x20);
    let dropped: () => void = () => undefined;
    const connectionDropped = new Promise<void>((resolve) => (dropped = resolve));
    raw.respond((_request, response) => {
      response.on('close', dropped);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // An endless body: only the client giving up ends this exchange.
      const more = (): void => void response.write(megabyte, (error) => (error ? undefined : more()));
      more();
    });
    const error = await rejection(getEnvs());
    assert.ok(error instanceof UnexpectedResponseError, String(error));
    assert.match(error.message, /too large/);
    // The endless body ends only because the client dropped the connection; otherwise this never resolves.
    await connectionDropped;
  });

  it('does not wait for the body of an error answer', async () => {
    raw.respond((_request, response) => {
      response.writeHead(503, { 'Content-Type': 'text/html' });
      // The body never ends: a client that read it would hang here.
      response.write('<html><body>Service Unavailable');
    });
    const error = await rejection(getEnvs());
    assert.ok(error instanceof ServerError, String(error));
    assert.equal(error.status, 503);
  });
});
