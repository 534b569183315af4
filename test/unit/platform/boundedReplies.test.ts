// Issue 14 item 2: a small compressed reply that expands into a deeply nested or many-valued JSON is refused with
// "too large or malformed" before it is built; real-sized replies still parse. Times and memory are in the bench.

import * as assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { checkJsonLimits, JsonLimitError, parseBoundedJson } from '../../../src/platform/boundedJson';
import { PlatformClient } from '../../../src/platform/client';
import { UnexpectedResponseError } from '../../../src/platform/errors';
import { MAX_REPLY_BYTES, MAX_REPLY_DEPTH, MAX_REPLY_VALUES } from '../../../src/platform/limits';
import { hostileReplies } from '../../bench/hostileReplies';
import { rejection, useRawServers, useSimulator } from './helpers';

describe('bounded parsing of platform replies', () => {
  describe('the limits', () => {
    it('refuses nesting beyond the depth limit and accepts it up to the limit', () => {
      const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
      assert.doesNotThrow(() => checkJsonLimits(nested(MAX_REPLY_DEPTH)));
      assert.throws(() => checkJsonLimits(nested(MAX_REPLY_DEPTH + 1)), (error) => error instanceof JsonLimitError && error.limit === 'depth');
    });

    it('refuses more values than the limit, counting list items and members', () => {
      const list = (items: number) => `[${Array(items).fill('0').join(',')}]`;
      assert.doesNotThrow(() => checkJsonLimits(list(MAX_REPLY_VALUES)));
      assert.throws(() => checkJsonLimits(list(MAX_REPLY_VALUES + 1)), (error) => error instanceof JsonLimitError && error.limit === 'values');
    });

    it('does not count brackets, commas or escaped quotes inside strings', () => {
      const text = JSON.stringify({ message: `${'[{,'.repeat(100)}\\"[[[` }, null, 0);
      assert.deepEqual(parseBoundedJson(text, { maxDepth: 2, maxValues: 2 }), JSON.parse(text));
    });
  });

  describe('hostile replies over HTTP (gzip, 64 KB on the wire)', () => {
    const raw = useRawServers();
    for (const reply of hostileReplies()) {
      it(`${reply.name} → UnexpectedResponseError "too large or malformed"`, async () => {
        const wire = zlib.gzipSync(reply.body, { level: 9 });
        assert.ok(wire.length <= 64 * 1024, `${wire.length} bytes on the wire`);
        assert.ok(reply.body.length <= MAX_REPLY_BYTES, 'under the body cap: the parse step must refuse it');
        const server = await raw.start((_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(wire));
        const error = await rejection(new PlatformClient({ origin: server.url }).call('GetEnvs', {}, { session: 'whatever-token' }));
        assert.ok(error instanceof UnexpectedResponseError, String(error));
        assert.match(error.message, /too large or malformed/);
      });
    }
  });

  describe('the body cap', () => {
    const raw = useRawServers();
    it('a compressed reply expanding beyond the cap → "too large or malformed", however well-formed', async () => {
      const env = JSON.stringify({ env: { envName: 'env-1234567', displayName: 'x'.repeat(1000) } });
      const count = Math.ceil(MAX_REPLY_BYTES / env.length) + 1;
      const body = Buffer.from(`{"result":0,"infos":[${Array(count).fill(env).join(',')}]}`);
      const server = await raw.start((_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(zlib.gzipSync(body)));
      const error = await rejection(new PlatformClient({ origin: server.url }).call('GetEnvs', {}, { session: 'whatever-token' }));
      assert.ok(error instanceof UnexpectedResponseError, String(error));
      assert.match(error.message, /too large or malformed: over 32 MB/);
    });
  });

  describe('real-sized replies', () => {
    const ctx = useSimulator({ clock: 'manual' });
    it('GetEnvs of 2,000 environments with 5 nodes each (about 6 MB) still parses', async () => {
      ctx.sim.addEnvironments(ctx.sim.demo.login, 2000, { nodes: 5, prefix: 'big' });
      const answer = await new PlatformClient({ origin: ctx.sim.url }).call('GetEnvs', {}, { session: ctx.sim.demo.token });
      assert.ok(Array.isArray(answer.infos) && answer.infos.length >= 2000);
    });
  });
});
