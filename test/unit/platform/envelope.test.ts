import * as assert from 'node:assert/strict';
import { isSessionRefused, PlatformError, UnexpectedResponseError } from '../../../src/platform/errors';
import { cleanMessage, parseEnvelope } from '../../../src/platform/envelope';
import { catchError } from './helpers';

const context = { method: 'GetEnvs', host: 'app.example.com' };

describe('platform/envelope', () => {
  it('returns the answer of result 0, unknown keys and all', () => {
    const answer = parseEnvelope(context, '{"result":0,"infos":[],"debug":{"time":12}}');
    assert.deepEqual(answer, { result: 0, infos: [], debug: { time: 12 } });
  });

  it('turns result ≠ 0 into PlatformError with the platform words and source', () => {
    const error = catchError(() =>
      parseEnvelope(context, '{"result":702,"error":"user is not authenticated","source":"JEL"}'),
    );
    assert.ok(error instanceof PlatformError);
    assert.equal(error.result, 702);
    assert.equal(error.platformMessage, 'user is not authenticated');
    assert.equal(error.source, 'JEL');
    assert.equal(error.method, 'GetEnvs');
  });

  it('uses `reason` when there is no `error` text', () => {
    const error = catchError(() => parseEnvelope(context, '{"result":1,"reason":"quota exceeded"}'));
    assert.ok(error instanceof PlatformError);
    assert.equal(error.platformMessage, 'quota exceeded');
  });

  it('copes with a failure that says nothing', () => {
    for (const body of ['{"result":99}', '{"result":99,"error":""}', '{"result":99,"error":5,"reason":7}']) {
      const error = catchError(() => parseEnvelope(context, body));
      assert.ok(error instanceof PlatformError);
      assert.equal(error.result, 99);
      assert.equal(error.platformMessage, undefined);
    }
  });

  it('checks the nested response result too', () => {
    const error = catchError(() =>
      parseEnvelope(context, '{"result":0,"response":{"result":2212,"error":"wrong status"}}'),
    );
    assert.ok(error instanceof PlatformError);
    assert.equal(error.result, 2212);
    assert.equal(error.platformMessage, 'wrong status');
  });

  it('accepts a nested response that succeeded or has no numeric result', () => {
    assert.doesNotThrow(() => parseEnvelope(context, '{"result":0,"response":{"result":0}}'));
    assert.doesNotThrow(() => parseEnvelope(context, '{"result":0,"response":{"result":"1"}}'));
    assert.doesNotThrow(() => parseEnvelope(context, '{"result":0,"response":[{"result":1}]}'));
    assert.doesNotThrow(() => parseEnvelope(context, '{"result":0,"response":null}'));
  });

  const unexpected: [string, string, RegExp][] = [
    ['an HTML page', '<!DOCTYPE html><html><body>Sign in</body></html>', /web page/],
    ['an HTML page after whitespace', '\r\n  <html></html>', /web page/],
    ['truncated JSON', '{"result":0,"infos":[{"env":', /malformed JSON/],
    ['an empty body', '', /malformed JSON/],
    ['plain text', 'OK', /malformed JSON/],
    ['a JSON array', '[{"result":0}]', /not an object/],
    ['JSON null', 'null', /not an object/],
    ['a JSON number', '0', /not an object/],
    ['no result', '{"infos":[]}', /no numeric result/],
    ['a string result', '{"result":"0"}', /no numeric result/],
    ['a null result', '{"result":null}', /no numeric result/],
    ['a fractional result', '{"result":0.5}', /no numeric result/],
  ];
  for (const [what, body, pattern] of unexpected) {
    it(`refuses ${what} as UnexpectedResponseError`, () => {
      const error = catchError(() => parseEnvelope(context, body));
      assert.ok(error instanceof UnexpectedResponseError, String(error));
      assert.equal(error.kind, 'unexpectedResponse');
      assert.match(error.message, pattern);
      assert.match(error.message, /GetEnvs.*app\.example\.com/);
    });
  }

  it('never repeats the body in its error', () => {
    const body = '<html>session=0123456789abcdef0123456789abcdef01234567</html>';
    assert.ok(!catchError(() => parseEnvelope(context, body)).message.includes('0123456789abcdef'));
  });

  it('removes secrets we sent from the platform words', () => {
    const token = 'abcdef0123456789abcdef0123456789abcdef01';
    const error = catchError(() =>
      parseEnvelope(context, JSON.stringify({ result: 3, error: `invalid parameter [session=${token}]` }), [token]),
    );
    assert.ok(error instanceof PlatformError);
    assert.equal(error.platformMessage, 'invalid parameter [session=***]');
    assert.ok(!error.message.includes(token));
  });

  it('cleanMessage collapses whitespace, caps the length and leaves short values alone', () => {
    assert.equal(cleanMessage('  a\n\n b\tc ', []), 'a b c');
    assert.equal(cleanMessage('x'.repeat(2000), []).length, 501);
    assert.equal(cleanMessage('abc abc', ['abc']), 'abc abc');
  });
});

// The shapes below are the official Maven plugin's recorded answers (platform-api.md: MVN *.json), values changed.
describe('platform/envelope: real answer shapes', () => {
  const parse = (body: string) => () => parseEnvelope(context, body);

  it('a success with a `debug` block (authentication_ok.json) is read like any success', () => {
    const answer = parse(
      '{"uid":1163,"result":0,"session":"48bxaad71ccc7996325f3803311326b0247d","email":"a@example.com","name":"A","debug":{"time":134,"cpu":{"usage":0.93,"time":10}}}',
    )();
    assert.equal(answer.session, '48bxaad71ccc7996325f3803311326b0247d');
  });

  it('an error with a `debug` block (authentication_error.json) keeps its code and words', () => {
    const error = catchError(parse('{"result":701,"error":"authentication failed","debug":{"time":249,"cpu":{"usage":1.0,"time":20}}}'));
    assert.ok(error instanceof PlatformError);
    assert.deepEqual([error.result, error.platformMessage], [701, 'authentication failed']);
  });

  it('`response: null` on an error (deploy_error.json) is read like an absent key', () => {
    const error = catchError(parse('{"response":null,"result":11,"error":"application [x] not exist","debug":{"time":479,"cpu":{"usage":0.0,"time":0}}}'));
    assert.ok(error instanceof PlatformError);
    assert.equal(error.result, 11);
  });

  it('result 3 "invalid parameter [session]" (createobject_error.json) is a refused session, like 702', () => {
    const error = catchError(parse('{"result":3,"error":"invalid parameter [session]","debug":{"time":8,"cpu":{"usage":0.0,"time":0}}}'));
    assert.ok(error instanceof PlatformError);
    assert.equal(isSessionRefused(error), true);
    assert.equal(isSessionRefused(catchError(parse('{"result":702,"error":"user is not authenticated"}'))), true);
    assert.equal(isSessionRefused(catchError(parse('{"result":3,"error":"invalid parameter [envName]"}'))), false);
    assert.equal(isSessionRefused(catchError(parse('{"result":3}'))), false);
  });

  it('a nested refusal inside a successful envelope names the inner code', () => {
    const error = catchError(parse('{"result":0,"response":{"result":2212,"error":"not allowed","debug":{"time":1}},"debug":{"time":2}}'));
    assert.ok(error instanceof PlatformError);
    assert.equal(error.result, 2212);
  });
});
