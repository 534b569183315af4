import * as assert from 'node:assert/strict';
import { PlatformClient, RequestInfo } from '../../../src/platform/client';
import {
  AbortError,
  NetworkError,
  OriginError,
  PlatformError,
  RedirectError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  WrongAddressError,
} from '../../../src/platform/errors';
import { API_METHODS, methodPath } from '../../../src/platform/methods';
import { DEFAULT_USER_AGENT } from '../../../src/platform/version';
import * as zlib from 'node:zlib';
import { startSimulator } from '../../simulator';
import {
  assertCleanCallError,
  nextResponseHead,
  recordOutgoing,
  rejection,
  useRawServers,
  useSimulator,
} from './helpers';

describe('platform/client over HTTP against the simulator', () => {
  const ctx = useSimulator();
  const outgoing = recordOutgoing();
  const client = (options: Partial<ConstructorParameters<typeof PlatformClient>[0]> = {}) =>
    new PlatformClient({ origin: ctx.sim.url, ...options });

  describe('requests', () => {
    it('POSTs a form body with the session in it, never in the URL, with our headers', async () => {
      const { sim } = ctx;
      const answer = await client().call('GetEnvs', { lazy: true }, { session: sim.demo.token });
      assert.equal(answer.result, 0);

      assert.equal(outgoing.length, 1);
      const [request] = outgoing;
      assert.equal(request.method, 'POST');
      assert.equal(request.path, '/1.0/environment/control/rest/getenvs');
      assert.ok(!request.path.includes('?'));
      assert.equal(request.headers['content-type'], 'application/x-www-form-urlencoded; charset=UTF-8');
      assert.equal(request.headers['accept'], 'application/json');
      assert.equal(request.headers['user-agent'], DEFAULT_USER_AGENT);
      assert.match(DEFAULT_USER_AGENT, /^vap-vscode\/\d+\.\d+\.\d+/);
      for (const value of Object.values(request.headers)) assert.ok(!value.includes(sim.demo.token));

      // The simulator saw a POST whose parameters authenticated as the token: it travelled in the body.
      const [logged] = sim.requests;
      assert.equal(logged.httpMethod, 'POST');
      assert.equal(logged.method, 'GetEnvs');
      assert.equal(logged.auth, 'token');
      assert.deepEqual(logged.params, { lazy: 'true', session: '<redacted>' });
    });

    it('sends a custom User-Agent when given one', async () => {
      await client({ userAgent: 'vap-vscode/9.9.9 (test)' }).call('GetEnvs', {}, { session: ctx.sim.demo.token });
      assert.equal(outgoing[0].headers['user-agent'], 'vap-vscode/9.9.9 (test)');
    });

    it('reaches every API method at its own path', async () => {
      const { sim } = ctx;
      const c = client({ readTimeoutMs: 2000, actionTimeoutMs: 2000 });
      for (const method of API_METHODS) {
        // Parameters are missing or wrong on purpose: only the routing is under test here.
        await c.call(method, { envName: 'no-such-env' }, { session: 'x'.repeat(40) }).catch(() => undefined);
      }
      assert.deepEqual(
        sim.requests.map((r) => [r.method, r.path]),
        API_METHODS.map((m) => [m, methodPath(m)]),
      );
      assert.ok(sim.requests.every((r) => r.httpStatus === undefined && r.result !== undefined));
    });

    it('leaves out undefined and null parameters and writes numbers and booleans as text', async () => {
      const { sim } = ctx;
      await client()
        .call('GetTokenApiList', { search: undefined, showPrivate: false, extra: null, n: 5 }, { session: 'none' })
        .catch(() => undefined);
      assert.deepEqual(sim.requests[0].params, { showPrivate: 'false', n: '5', session: '<redacted>' });
    });

    it('sends no session parameter when none is given', async () => {
      const error = await rejection(client().call('GetEnvs'));
      assert.ok(error instanceof PlatformError && error.result === 702);
      assert.deepEqual(ctx.sim.requests[0].params, {});
      assert.equal(ctx.sim.requests[0].auth, 'none');
    });

    it('only ever talks to its own origin, normalised', () => {
      const c = new PlatformClient({ origin: ' HTTPS://App.Example.COM./dashboard#x ' });
      assert.equal(c.origin, 'https://app.example.com');
      assert.equal(c.host, 'app.example.com');
      assert.throws(() => new PlatformClient({ origin: 'http://app.example.com' }), OriginError);
      assert.throws(() => new PlatformClient({ origin: 'https://u:p@app.example.com' }), OriginError);
    });

    it('refuses timeouts that setTimeout cannot honour', () => {
      for (const ms of [0, -1, 1.5, NaN, 2 ** 31]) {
        assert.throws(() => client({ readTimeoutMs: ms }), RangeError);
        assert.throws(() => client({ actionTimeoutMs: ms }), RangeError);
      }
    });

    it('reports each request to the hook without secrets', async () => {
      const { sim } = ctx;
      const seen: RequestInfo[] = [];
      const c = client({ onRequest: (info) => seen.push(info) });
      await c.call('GetEnvs', {}, { session: sim.demo.token });
      await c.call('GetEnvInfo', { envName: 'nope' }, { session: sim.demo.token }).catch(() => undefined);
      sim.faults.add({ kind: 'http', status: 503 });
      await c.call('GetEnvs', {}, { session: sim.demo.token }).catch(() => undefined);

      assert.deepEqual(
        seen.map(({ method, host, httpStatus, result, errorKind }) => ({
          method,
          host,
          httpStatus,
          result,
          errorKind,
        })),
        [
          { method: 'GetEnvs', host: c.host, httpStatus: 200, result: 0, errorKind: undefined },
          { method: 'GetEnvInfo', host: c.host, httpStatus: 200, result: 901, errorKind: 'platform' },
          { method: 'GetEnvs', host: c.host, httpStatus: 503, result: undefined, errorKind: 'server' },
        ],
      );
      for (const info of seen) assert.ok(info.durationMs >= 0 && info.durationMs < 5000);
      assert.ok(!JSON.stringify(seen).includes(sim.demo.token));
    });

    it('a throwing hook does not break the call', async () => {
      const c = client({
        onRequest: () => {
          throw new Error('logger broke');
        },
      });
      const answer = await c.call('GetEnvs', {}, { session: ctx.sim.demo.token });
      assert.equal(answer.result, 0);
    });
  });

  describe('answers only a raw server gives', () => {
    const raw = useRawServers();
    const envelope = JSON.stringify({ result: 0, infos: [{ env: { envName: 'shop-prod', displayName: 'Café ☕' } }] });
    const rawClient = (origin: string) => new PlatformClient({ origin });

    it('reads a gzip-compressed envelope', async () => {
      const server = await raw.start((_req, res) =>
        res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(zlib.gzipSync(envelope)),
      );
      const answer = await rawClient(server.url).call('GetEnvs', {}, { session: 'whatever-token' });
      assert.deepEqual(answer, JSON.parse(envelope));
    });

    it('an answer announced as bigger than any API answer → UnexpectedResponseError "too large"', async () => {
      const server = await raw.start((_req, res) =>
        res.writeHead(200, { 'Content-Length': 65 * 1024 * 1024 }).flushHeaders(),
      );
      const error = await rejection(rawClient(server.url).call('GetEnvs'));
      assert.ok(error instanceof UnexpectedResponseError, String(error));
      assert.match(error.message, /the answer is too large/);
    });

    it('a body in an encoding we cannot read → UnexpectedResponseError', async () => {
      const server = await raw.start((_req, res) => res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(envelope));
      const error = await rejection(rawClient(server.url).call('GetEnvs'));
      assert.ok(error instanceof UnexpectedResponseError, String(error));
      assert.match(error.message, /encoding that cannot be read/);
    });

    it('a success envelope cut short of its Content-Length → NetworkError, not the success', async () => {
      const server = await raw.start((_req, res) => {
        res.writeHead(200, { 'Content-Length': envelope.length + 100 });
        res.write(envelope, () => res.socket?.destroy());
      });
      const error = await rejection(rawClient(server.url).call('GetEnvs'));
      assert.ok(error instanceof NetworkError, String(error));
      assert.match(error.message, /the connection was cut/);
    });
  });

  describe('errors', () => {
    /** Every failure below also proves its error names method and host and carries no secret. */
    const fail = async (promise: Promise<unknown>): Promise<Error> => {
      const error = await rejection(promise);
      assertCleanCallError(error, [ctx.sim.demo.token, ctx.sim.demo.password, '0'.repeat(40), 'whatever-token']);
      return error;
    };
    const getEnvs = (c = client()) => c.call('GetEnvs', {}, { session: ctx.sim.demo.token });

    it('result ≠ 0 → PlatformError with the platform words', async () => {
      const error = await fail(client().call('GetEnvInfo', { envName: 'nope' }, { session: ctx.sim.demo.token }));
      assert.ok(error instanceof PlatformError);
      assert.equal(error.result, 901);
      assert.equal(error.method, 'GetEnvInfo');
      assert.equal(error.source, 'JEL');
      assert.match(error.platformMessage ?? '', /nope/);
      assert.match(
        error.message,
        /^GetEnvInfo on 127\.0\.0\.1:\d+ failed with result 901 \(the environment does not exist\)/,
      );
    });

    it('a bad token → PlatformError 702', async () => {
      const error = await fail(client().call('GetEnvs', {}, { session: '0'.repeat(40) }));
      assert.ok(error instanceof PlatformError && error.result === 702);
      assert.match(error.meaning, /invalid, expired or revoked/);
    });

    it('a nested failed response → PlatformError', async () => {
      ctx.sim.faults.add({ kind: 'json', body: { result: 0, response: { result: 2212, error: 'busy' } } });
      const error = await fail(getEnvs());
      assert.ok(error instanceof PlatformError && error.result === 2212 && error.platformMessage === 'busy');
    });

    it('an unknown result code keeps its number and the platform words', async () => {
      ctx.sim.faults.add({ kind: 'json', body: { result: 1002, error: 'something new' } });
      const error = await fail(getEnvs());
      assert.ok(error instanceof PlatformError);
      assert.equal(error.result, 1002);
      assert.equal(error.meaning, 'the platform reported an error');
      assert.match(error.message, /result 1002.*something new/);
    });

    it('the platform echoing our token or password back never reaches the message', async () => {
      const { sim } = ctx;
      sim.faults.add({ kind: 'json', body: { result: 3, error: `bad [session=${sim.demo.token}]` } });
      const first = await fail(getEnvs());
      assert.ok(first instanceof PlatformError && first.platformMessage === 'bad [session=***]');
      sim.faults.add({ kind: 'json', body: { result: 701, error: 'wrong password demo-password' } });
      const second = await fail(client().call('Signin', { login: sim.demo.login, password: sim.demo.password }));
      assert.ok(second instanceof PlatformError && second.platformMessage === 'wrong password ***');
    });

    const unexpected: [string, () => void, RegExp][] = [
      ['an HTML page with HTTP 200', () => ctx.sim.faults.add({ kind: 'html' }), /web page/],
      ['a truncated JSON body', () => ctx.sim.faults.add({ kind: 'malformed' }), /malformed JSON/],
      ['JSON without result', () => ctx.sim.faults.add({ kind: 'json', body: { infos: [] } }), /no numeric result/],
      ['a string result', () => ctx.sim.faults.add({ kind: 'json', body: { result: '0' } }), /no numeric result/],
      ['a JSON array', () => ctx.sim.faults.add({ kind: 'json', body: [1, 2] }), /not an object/],
    ];
    for (const [what, inject, pattern] of unexpected) {
      it(`${what} → UnexpectedResponseError`, async () => {
        inject();
        const error = await fail(getEnvs());
        assert.ok(error instanceof UnexpectedResponseError, String(error));
        assert.match(error.message, pattern);
      });
    }

    it('HTTP 404 → WrongAddressError', async () => {
      ctx.sim.faults.add({ kind: 'http', status: 404 });
      const error = await fail(getEnvs());
      assert.ok(error instanceof WrongAddressError);
      assert.match(error.message, /no platform API at 127\.0\.0\.1:\d+ \(HTTP 404\)/);
    });

    for (const status of [500, 502, 504, 400, 403, 429]) {
      it(`HTTP ${status} → ServerError`, async () => {
        ctx.sim.faults.add({ kind: 'http', status });
        const error = await fail(getEnvs());
        assert.ok(error instanceof ServerError);
        assert.equal(error.status, status);
      });
    }

    it('HTTP 201 is not an answer either', async () => {
      ctx.sim.faults.add({ kind: 'http', status: 201, body: '{"result":0}' });
      assert.ok((await fail(getEnvs())) instanceof ServerError);
    });

    it('a 3xx → RedirectError, and the redirect is never followed', async () => {
      const { sim } = ctx;
      // A target on the very same server: following it would show up as a second request.
      sim.faults.add({ kind: 'redirect', status: 302, location: `${sim.url}/1.0/environment/control/rest/getenvs` });
      const error = await fail(getEnvs());
      assert.ok(error instanceof RedirectError);
      assert.equal(error.status, 302);
      assert.equal(error.locationOrigin, sim.url);
      assert.equal(sim.countRequests(), 1);
      assert.equal(outgoing.length, 1);
    });

    it('a 307 to another server, which would replay the POST and its session: that server gets nothing', async () => {
      const target = await startSimulator();
      try {
        const location = `${target.url}/1.0/environment/control/rest/getenvs`;
        ctx.sim.faults.add({ kind: 'redirect', status: 307, location });
        const error = await fail(getEnvs());
        assert.ok(error instanceof RedirectError && error.status === 307 && error.locationOrigin === target.url);
        assert.equal(target.countRequests(), 0);
        assert.equal(outgoing.length, 1);
      } finally {
        await target.close();
      }
    });

    it('a redirect elsewhere names only the target origin', async () => {
      ctx.sim.faults.add({ kind: 'redirect', status: 301, location: 'https://evil.example.net/steal?what=session#x' });
      const error = await fail(getEnvs());
      assert.ok(error instanceof RedirectError && error.locationOrigin === 'https://evil.example.net');
      assert.ok(!error.message.includes('steal'));
      assert.equal(outgoing.length, 1);
    });

    it('no answer in time → TimeoutError', async () => {
      ctx.sim.faults.add({ kind: 'hang' });
      const error = await fail(getEnvs(client({ readTimeoutMs: 200 })));
      assert.ok(error instanceof TimeoutError);
      assert.equal(error.timeoutMs, 200);
      assert.match(error.message, /did not answer within 200 ms/);
    });

    it('an answer that starts but never ends → TimeoutError', async () => {
      ctx.sim.faults.add({ kind: 'slowBody' });
      const error = await fail(getEnvs(client({ readTimeoutMs: 200 })));
      assert.ok(error instanceof TimeoutError && error.timeoutMs === 200);
    });

    it('long calls use the action timeout, the others the read timeout', async () => {
      const { sim } = ctx;
      const c = client({ readTimeoutMs: 60_000, actionTimeoutMs: 200 });
      // StopEnv blocks until the operation completes, which on the manual clock is never.
      const error = await fail(c.call('StopEnv', { envName: 'shop-prod' }, { session: sim.demo.token, long: true }));
      assert.ok(error instanceof TimeoutError && error.timeoutMs === 200);
      // The action is under way on the platform all the same: the UI polls rather than re-sending.
      assert.equal(sim.getEnv('shop-prod')?.status, 13);

      sim.faults.add({ kind: 'latency', ms: 400 });
      const answer = await c.call('GetEnvs', {}, { session: sim.demo.token });
      assert.equal(answer.result, 0);
    });

    it('a cut connection → NetworkError', async () => {
      ctx.sim.faults.add({ kind: 'cut' });
      const error = await fail(getEnvs());
      assert.ok(error instanceof NetworkError);
      assert.match(error.message, /could not reach 127\.0\.0\.1:\d+ \(the connection was cut\)/);
    });

    it('nothing listening → NetworkError "connection refused"', async () => {
      const gone = await startSimulator();
      const origin = gone.url;
      await gone.close();
      const error = await fail(new PlatformClient({ origin }).call('GetEnvs', {}, { session: 'whatever-token' }));
      assert.ok(error instanceof NetworkError);
      assert.equal(error.code, 'ECONNREFUSED');
      assert.match(error.message, /connection refused/);
    });

    it('the caller aborting → AbortError, distinct from a timeout', async () => {
      const { sim } = ctx;
      sim.faults.add({ kind: 'hang' });
      const controller = new AbortController();
      const call = client({ readTimeoutMs: 60_000 }).call(
        'GetEnvs',
        {},
        { session: sim.demo.token, signal: controller.signal },
      );
      await sim.nextRequest('GetEnvs');
      controller.abort();
      const error = await fail(call);
      assert.ok(error instanceof AbortError);
      assert.equal(error.kind, 'aborted');
      assert.match(error.message, /^GetEnvs on 127\.0\.0\.1:\d+ was cancelled$/);
    });

    it('the caller aborting while the body arrives → AbortError, and the call ends at once', async () => {
      const { sim } = ctx;
      sim.faults.add({ kind: 'slowBody' });
      const controller = new AbortController();
      const headArrived = nextResponseHead();
      const call = client({ readTimeoutMs: 60_000 }).call(
        'GetEnvs',
        {},
        { session: sim.demo.token, signal: controller.signal },
      );
      await headArrived;
      controller.abort();
      assert.ok((await fail(call)) instanceof AbortError);
    });

    it('an already aborted signal sends nothing', async () => {
      const controller = new AbortController();
      controller.abort();
      const { signal } = controller;
      const error = await fail(client().call('GetEnvs', {}, { session: ctx.sim.demo.token, signal }));
      assert.ok(error instanceof AbortError);
      assert.equal(ctx.sim.countRequests(), 0);
      assert.equal(outgoing.length, 0);
    });
  });
});
