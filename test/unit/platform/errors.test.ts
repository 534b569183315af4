import * as assert from 'node:assert/strict';
import {
  AbortError,
  CallError,
  NetworkError,
  OriginError,
  PlatformError,
  RedirectError,
  ResultCode,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  VapError,
  WrongAddressError,
  resultMeaning,
} from '../../../src/platform/errors';

const context = { method: 'StopEnv', host: 'app.example.com' };

describe('platform/errors', () => {
  it('gives every documented result code its meaning', () => {
    const table: [number, RegExp][] = [
      [0, /OK/],
      [1, /failed/],
      [3, /parameter/],
      [11, /does not exist/],
      [99, /unknown server error/],
      [701, /wrong login or password/],
      [702, /not authenticated.*expired or revoked/],
      [704, /blocked/],
      [801, /password is wrong/],
      [901, /environment does not exist/],
      [2212, /current status/],
      [8202, /permission denied/],
      [4060, /deployment failed/],
      [4071, /archive is damaged/],
      [4072, /archive is empty/],
    ];
    for (const [code, meaning] of table) assert.match(resultMeaning(code), meaning, String(code));
    assert.equal(Object.keys(ResultCode).length, table.length);
  });

  it('falls back to a neutral meaning for unknown codes', () => {
    assert.equal(resultMeaning(1002), 'the platform reported an error');
    assert.equal(resultMeaning(-5), 'the platform reported an error');
  });

  it('PlatformError carries method, host, result, meaning and the platform words', () => {
    const e = new PlatformError(context, { result: 2212, platformMessage: 'env is stopped', source: 'JEL' });
    assert.ok(e instanceof CallError && e instanceof VapError && e instanceof Error);
    assert.equal(e.kind, 'platform');
    assert.equal(e.name, 'PlatformError');
    assert.equal(e.method, 'StopEnv');
    assert.equal(e.host, 'app.example.com');
    assert.equal(e.result, 2212);
    assert.equal(e.source, 'JEL');
    assert.equal(e.platformMessage, 'env is stopped');
    assert.equal(e.meaning, "not allowed in the environment's current status");
    assert.equal(
      e.message,
      "StopEnv on app.example.com failed with result 2212 (not allowed in the environment's current status): " +
        'env is stopped',
    );
  });

  it('PlatformError without platform words still reads well', () => {
    const e = new PlatformError(context, { result: 1002 });
    assert.equal(e.message, 'StopEnv on app.example.com failed with result 1002 (the platform reported an error)');
  });

  it('each transport error has its own kind and a message naming method and host', () => {
    const errors: [CallError, string, RegExp][] = [
      [new UnexpectedResponseError(context, 'a web page instead of JSON'), 'unexpectedResponse', /web page/],
      [new WrongAddressError(context), 'wrongAddress', /no platform API at app\.example\.com \(HTTP 404\)/],
      [new ServerError(context, 502), 'server', /server error \(HTTP 502\)/],
      [new ServerError(context, 403), 'server', /HTTP error \(HTTP 403\)/],
      [new RedirectError(context, 302, 'https://login.example.net'), 'redirect', /redirected to https:\/\/login/],
      [new RedirectError(context, 301), 'redirect', /redirected \(HTTP 301\)/],
      [new TimeoutError(context, 30_000), 'timeout', /within 30 s/],
      [new TimeoutError(context, 1_200_000), 'timeout', /within 20 min/],
      [new TimeoutError(context, 200), 'timeout', /within 200 ms/],
      [new NetworkError(context, 'ECONNREFUSED'), 'network', /connection refused/],
      [new NetworkError(context, 'ECONNRESET'), 'network', /cut/],
      [new NetworkError(context, 'ENOTFOUND'), 'network', /host name not found/],
      [new NetworkError(context, 'CERT_HAS_EXPIRED'), 'network', /TLS certificate problem/],
      [new NetworkError(context), 'network', /connection failed/],
      [new AbortError(context), 'aborted', /cancelled/],
    ];
    const kinds = new Set<string>();
    for (const [error, kind, pattern] of errors) {
      assert.equal(error.kind, kind);
      assert.match(error.message, pattern);
      assert.match(error.message, /StopEnv/);
      assert.match(error.message, /app\.example\.com/);
      assert.equal(error.name, error.constructor.name);
      kinds.add(error.constructor.name);
    }
    assert.equal(kinds.size, 7);
  });

  it('OriginError is a VapError with its own kind', () => {
    const e = new OriginError('insecure', 'use https');
    assert.ok(e instanceof VapError);
    assert.equal(e.kind, 'origin');
    assert.equal(e.problem, 'insecure');
  });
});
