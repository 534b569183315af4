// Property-based: whatever body arrives with HTTP 200, parseEnvelope returns an answer or throws one of our two
// typed errors, never repeats the body, and never lets a secret we sent back out through the platform's words.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanMessage, parseEnvelope } from '../../../src/platform/envelope';
import { PlatformError, UnexpectedResponseError } from '../../../src/platform/errors';
import { PROTOTYPE_KEYS, deeplyNested, fuzzOptions, hostileJson, prototypeSnapshot, resultOrTypedError, wireObject } from './fuzzKit';

const context = { method: 'GetEnvs', host: 'app.example.com' };
/** The only things an UnexpectedResponseError may say about a body: a few fixed words, never the body. */
const DETAILS = new Set([
  'a web page instead of JSON',
  'malformed JSON',
  'JSON that is not an object',
  'no numeric result code',
  'the answer is too large or malformed: nested too deeply',
  'the answer is too large or malformed: too many values',
]);

/** Parses and checks the outcome is one of the three allowed ones; returns it for further checks. */
function parse(body: string, secrets: readonly string[] = []): ReturnType<typeof parseEnvelope> | Error {
  const outcome = resultOrTypedError(() => parseEnvelope(context, body, secrets));
  if (outcome instanceof Error) {
    assert.ok(outcome instanceof PlatformError || outcome instanceof UnexpectedResponseError, outcome.name);
    if (outcome instanceof UnexpectedResponseError) assert.ok(DETAILS.has(outcome.detail), outcome.detail);
  } else {
    assert.ok(outcome.result === 0, `result ${String(outcome.result)}`);
  }
  return outcome;
}

/** Text that may hold a secret, cut up and glued to other text the way an echoing platform might. */
const secretArb = fc.string({ unit: 'grapheme', minLength: 4, maxLength: 24 });
function echoing(secret: string): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constant(secret),
    fc.constant(secret.replace(/ /g, '  ')),
    fc.constant(new URLSearchParams({ s: secret }).toString().slice(2)),
    fc.constant(encodeURIComponent(secret)),
    fc.constantFrom(' ', '\n', '\t', '***', '*', 'session=', '[', ']'),
    fc.string({ maxLength: 6 }),
  );
  return fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(''));
}

describe('platform/envelope fuzzing', () => {
  it('property: any string body → an answer, PlatformError or UnexpectedResponseError', () => {
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => `<html>${s}`),
      fc.string({ maxLength: 200 }).map((s) => `{"result":0,${s}`),
      fc.string({ maxLength: 200 }).map((s) => `{"result":${s}}`),
    );
    fc.assert(fc.property(body, (text) => void parse(text)), fuzzOptions(1000));
  });

  it('property: any JSON body, prototype keys included → an allowed outcome, Object.prototype untouched', () => {
    const before = prototypeSnapshot();
    const body = fc.oneof(
      hostileJson,
      fc.tuple(fc.oneof(fc.constant(0), hostileJson), hostileJson).map(([result, rest]) =>
        wireObject([['result', result], ['response', rest], ...PROTOTYPE_KEYS.map((key): [string, unknown] => [key, rest])]),
      ),
    );
    fc.assert(fc.property(body, (value) => void parse(JSON.stringify(value) ?? 'undefined')), fuzzOptions(500));
    assert.deepEqual(prototypeSnapshot(), before);
    assert.equal(({} as Record<string, unknown>).result, undefined);
  });

  it('property: any numeric result → 0 is an answer, another integer a PlatformError with that code, else unexpected', () => {
    const result = fc.oneof(fc.integer(), fc.double(), fc.constantFrom('1e400', '-1e400', '1e300', '-0', '0.0', '1E2', '2212.000'));
    fc.assert(
      fc.property(result, fc.boolean(), (value, nested) => {
        const text = String(value);
        const literal = /^-?\d/.test(text) ? text : 'null';
        const body = nested ? `{"result":0,"response":{"result":${literal}}}` : `{"result":${literal}}`;
        const number = JSON.parse(literal) as number | null;
        const outcome = parse(body);
        if (number !== null && Number.isInteger(number) && number !== 0) {
          assert.ok(outcome instanceof PlatformError, body);
          assert.equal(outcome.result, number);
        } else if (number === 0 || nested) {
          assert.ok(!(outcome instanceof Error), body);
        } else {
          assert.ok(outcome instanceof UnexpectedResponseError, body);
        }
      }),
      fuzzOptions(500),
    );
  });

  for (const kind of ['object', 'array'] as const) {
    it(`nesting 100,000 levels deep (${kind}s, closed or cut) is refused as unexpected, not a stack overflow`, () => {
      for (const closed of [true, false]) {
        assert.ok(parse(deeplyNested(100_000, kind, closed)) instanceof UnexpectedResponseError);
        const inside = `{"result":0,"infos":${deeplyNested(100_000, kind, closed)}}`;
        const outcome = parse(inside);
        // Well-formed or not, no real reply nests that deep (limits.ts): refused before JSON.parse builds it.
        assert.ok(outcome instanceof UnexpectedResponseError);
        assert.match(outcome.message, /too large or malformed: nested too deeply/);
      }
    });
  }

  it('a 5 MB error text is shown capped at 500 characters', () => {
    const outcome = parse(JSON.stringify({ result: 99, error: 'x '.repeat(2_500_000) }));
    assert.ok(outcome instanceof PlatformError);
    assert.ok((outcome.platformMessage?.length ?? 0) <= 501);
    assert.ok(outcome.message.length < 700);
  });

  it('property: a secret we sent never comes back in the error, however the platform echoes it', () => {
    fc.assert(
      fc.property(
        secretArb.chain((secret) => fc.tuple(fc.constant(secret), echoing(secret), echoing(secret), echoing(secret))),
        fc.integer({ min: 1, max: 9999 }),
        ([secret, error, reason, source], result) => {
          const outcome = parse(JSON.stringify({ result, error, reason, source }), ['another-secret', secret]);
          assert.ok(outcome instanceof PlatformError);
          const text = `${outcome.message}\n${JSON.stringify(outcome)}\n${outcome.platformMessage}\n${outcome.source}`;
          for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)]) {
            assert.ok(!text.includes(form), `${JSON.stringify(form)} in ${JSON.stringify(text)}`);
          }
        },
      ),
      fuzzOptions(1000),
    );
  });

  it('cleanMessage: a secret joined by collapsed whitespace, or encoded, is masked and the rest kept', () => {
    assert.equal(cleanMessage('x a  b c d y', ['a b c d']), 'x *** y');
    assert.equal(cleanMessage('session=p%40ss+w0rd%21', ['p@ss w0rd!']), 'session=***');
    assert.equal(cleanMessage('session=p%40ss%20w0rd!', ['p@ss w0rd!']), 'session=***');
  });

  it('cleanMessage: a secret across the end of the part it reads is masked whole, not cut to a visible prefix', () => {
    const secret = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
    const message = `${' '.repeat(4_990)}${secret} tail`;
    assert.equal(cleanMessage(message, [secret]), '*** tail');
  });

  it('cleanMessage: when masks keep completing a secret (one containing ***), nothing of the message is shown', () => {
    assert.equal(cleanMessage('xx***', ['x***']), '***');
    assert.equal(cleanMessage('xxxxxx*** tail', ['x***']), '***');
  });
});
