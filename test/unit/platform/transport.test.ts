// The transport on its own, against raw HTTP servers that write exactly the bytes each case needs: split characters,
// compressed bodies, bodies cut short, bodies that never end.

import * as assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import * as zlib from 'node:zlib';
import { Exchange, post, TransportError } from '../../../src/platform/transport';
import { connectionClosed, nextResponseHead, rejection, useRawServers } from './helpers';

describe('platform/transport over raw HTTP', () => {
  const raw = useRawServers();
  const exchange = (url: string, more: Partial<Exchange> = {}): Exchange => ({
    url: `${url}/call`,
    headers: { 'Content-Type': 'text/plain' },
    body: 'hello',
    signal: new AbortController().signal,
    maxBodyBytes: 1_000_000,
    ...more,
  });
  const failure = async (promise: Promise<unknown>): Promise<TransportError> => {
    const error = await rejection(promise);
    assert.ok(error instanceof TransportError, String(error));
    return error;
  };
  /** Status line and headers now, the body later or never. */
  const head = (res: ServerResponse, headers: Record<string, string | number> = {}): void => {
    res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
    res.flushHeaders();
  };

  it('POSTs the body with the given headers, asks for gzip or deflate and reads a plain 200', async () => {
    const server = await raw.start((req, res) => req.resume().on('end', () => res.end('{"result":0}')));
    const answer = await post(exchange(server.url, { body: 'a=1&b=%C3%A9' }));
    assert.deepEqual(answer, { status: 200, text: '{"result":0}' });
    const [request] = server.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.url, '/call');
    assert.equal(request.headers['content-type'], 'text/plain');
    assert.equal(request.headers['content-length'], '12');
    assert.equal(request.headers['accept-encoding'], 'gzip, deflate');
  });

  it('decodes a character split between chunks whole', async () => {
    const text = '{"name":"Café ☕ 𝄞 Привет"}';
    const server = await raw.start((_req, res) => {
      head(res);
      // One byte per chunk: every multi-byte character arrives in pieces.
      for (const byte of Buffer.from(text)) res.write(Buffer.of(byte));
      res.end();
    });
    assert.equal((await post(exchange(server.url))).text, text);
  });

  for (const [encoding, compress] of [
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
  ] as const) {
    it(`decompresses a ${encoding} body`, async () => {
      const text = JSON.stringify({ result: 0, infos: Array.from({ length: 200 }, (_, i) => `env-${i}-ü`) });
      const server = await raw.start((_req, res) => {
        head(res, { 'Content-Encoding': encoding });
        res.end(compress(Buffer.from(text)));
      });
      assert.equal((await post(exchange(server.url))).text, text);
    });
  }

  it('refuses a body in an encoding it did not ask for, or one that does not decompress', async () => {
    const server = await raw.start((req, res) => {
      const broken = server.requests.length === 1;
      head(res, { 'Content-Encoding': broken ? 'gzip' : 'br' });
      res.end(broken ? Buffer.from('not gzip at all') : zlib.brotliCompressSync(Buffer.from('{"result":0}')));
    });
    assert.equal((await failure(post(exchange(server.url)))).failure, 'encoding');
    assert.equal((await failure(post(exchange(server.url)))).failure, 'encoding');
  });

  describe('never follows a redirect', () => {
    for (const status of [301, 302, 303, 307, 308]) {
      it(`HTTP ${status}: hands back status and Location; the target receives nothing`, async () => {
        const target = await raw.start((_req, res) => res.end('{"result":0}'));
        const location = `${target.url}/elsewhere?x=1`;
        const server = await raw.start((_req, res) => res.writeHead(status, { Location: location }).end('moved'));
        const answer = await post(exchange(server.url));
        assert.deepEqual(answer, { status, location, text: '' });
        assert.equal(target.requests.length, 0);
        assert.equal(server.requests.length, 1);
      });
    }
  });

  it('does not read the body of a non-200 answer: one that never ends still returns at once', async () => {
    const server = await raw.start((_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      res.write('<html>busy… and this page goes on forever');
    });
    assert.deepEqual(await post(exchange(server.url)), { status: 503, location: undefined, text: '' });
    // And it hung up instead of draining the page.
    await connectionClosed(server.requests[0]);
  });

  describe('a body over the limit', () => {
    it('streamed without a length: stops reading and drops the connection', async () => {
      const server = await raw.start((_req, res) => {
        head(res);
        // 20 chunks of 100 bytes against a limit of 1,000, then a proper end: only the limit can fail this.
        for (let i = 0; i < 20; i++) res.write('x'.repeat(100));
        res.end();
      });
      const error = await failure(post(exchange(server.url, { maxBodyBytes: 1000 })));
      assert.equal(error.failure, 'tooLarge');
      await connectionClosed(server.requests[0]);
    });

    it('announced by Content-Length: refused before any of it arrives', async () => {
      // The body never comes: only the announced length can end this exchange.
      const server = await raw.start((_req, res) => head(res, { 'Content-Length': 1001 }));
      const error = await failure(post(exchange(server.url, { maxBodyBytes: 1000 })));
      assert.equal(error.failure, 'tooLarge');
      await connectionClosed(server.requests[0]);
    });

    it('counted after decompression, so a small gzip bomb is caught', async () => {
      const bomb = zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, ' '));
      assert.ok(bomb.length < 10_000);
      const server = await raw.start((_req, res) => {
        head(res, { 'Content-Encoding': 'gzip' });
        res.end(bomb);
      });
      const error = await failure(post(exchange(server.url, { maxBodyBytes: 1024 * 1024 })));
      assert.equal(error.failure, 'tooLarge');
    });
  });

  describe('a connection cut before the answer is complete is a network failure, never a short answer', () => {
    // `{"result":0}` parses as a success: a transport that accepted what arrived would report one.
    const partial = '{"result":0}';

    it('short of its Content-Length', async () => {
      const server = await raw.start((_req, res) => {
        head(res, { 'Content-Length': partial.length + 50 });
        res.write(partial, () => res.socket?.destroy());
      });
      const error = await failure(post(exchange(server.url)));
      assert.deepEqual([error.failure, error.code], ['network', 'ECONNRESET']);
    });

    it('before its last chunk', async () => {
      const server = await raw.start((_req, res) => {
        head(res);
        res.write(partial, () => res.socket?.destroy());
      });
      const error = await failure(post(exchange(server.url)));
      assert.deepEqual([error.failure, error.code], ['network', 'ECONNRESET']);
    });

    it('in the middle of a gzip body', async () => {
      const gzipped = zlib.gzipSync(Buffer.from(partial + ' '.repeat(10_000)));
      const server = await raw.start((_req, res) => {
        head(res, { 'Content-Encoding': 'gzip' });
        res.write(gzipped.subarray(0, gzipped.length - 8), () => res.socket?.destroy());
      });
      const error = await failure(post(exchange(server.url)));
      assert.equal(error.failure, 'network');
    });

    it('before any answer', async () => {
      const server = await raw.start((_req, res) => res.socket?.destroy());
      const error = await failure(post(exchange(server.url)));
      assert.deepEqual([error.failure, error.code], ['network', 'ECONNRESET']);
    });
  });

  describe('the signal', () => {
    it('ends the exchange while the body is arriving, and drops the connection', async () => {
      const server = await raw.start((_req, res) => {
        head(res);
        res.write('{"result":0,"infos":[');
      });
      const controller = new AbortController();
      const headArrived = nextResponseHead();
      const exchanging = post(exchange(server.url, { signal: controller.signal }));
      await headArrived;
      controller.abort();
      assert.equal((await failure(exchanging)).failure, 'aborted');
      await connectionClosed(server.requests[0]);
    });

    it('already aborted: nothing is sent', async () => {
      const server = await raw.start((_req, res) => res.end('{"result":0}'));
      const controller = new AbortController();
      controller.abort();
      assert.equal((await failure(post(exchange(server.url, { signal: controller.signal })))).failure, 'aborted');
      assert.equal(server.requests.length, 0);
    });
  });

  it('failures carry no URL, header or body text', async () => {
    const secret = 'f'.repeat(40);
    const server = await raw.start((_req, res) => res.socket?.destroy());
    const error = await failure(post(exchange(`${server.url}/${secret}`, { body: `session=${secret}` })));
    const text = `${error.message} ${error.stack ?? ''} ${JSON.stringify(error)}`;
    assert.ok(!text.includes(secret) && !text.includes('127.0.0.1'), text);
  });
});
