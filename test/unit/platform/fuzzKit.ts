// Shared pieces of the fuzz suites: reproducible run options and wire JSON as a hostile platform might send it.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { VapError } from '../../../src/platform/errors';

/**
 * A fixed seed, so CI runs the same cases every time and a removed protection fails every run;
 * `VAP_FUZZ_SEED=<n>` explores other cases (fast-check prints the seed and path of any failure).
 */
export function fuzzOptions(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.VAP_FUZZ_SEED ?? 20261128);
  return { numRuns, seed };
}

/** Passes when `fn` returns, or throws one of our typed errors; fails on TypeError, RangeError, SyntaxError… */
export function resultOrTypedError<T>(fn: () => T): T | VapError {
  try {
    return fn();
  } catch (error) {
    assert.ok(error instanceof VapError, `threw ${String(error)}`);
    return error;
  }
}

/** Names in scripts and shapes that trip naive string handling (display names are the user's own words). */
export const WORLD_NAMES = [
  '商店 — 生产环境',
  'ショップ本番',
  '상점 프로덕션',
  'متجر الإنتاج',
  'חנות ייצור',
  'दुकान उत्पादन',
  '🛒 Shop 👩‍💻🇩🇪',
  'Cafe\u0301 Ünïcode',
  'Z̸̢͎a̶l̷g̵o̴',
  '\u202eshop\u202c',
  'Ελληνικά Σ',
];

/** Keys a platform (or something pretending to be one) could send that our readers look at or must ignore. */
const WIRE_KEYS = [
  'result', 'error', 'reason', 'source', 'response', 'infos', 'env', 'envName', 'displayName', 'domain', 'status',
  'createdOn', 'sslstate', 'sslState', 'hostGroup', 'right', 'nodeGroups', 'nodes', 'name', 'id', 'nodeGroup',
  'nodeType', 'url', 'adminUrl', 'intIP', 'ismaster', 'isMaster', 'apiTokens', 'token', 'key', 'description',
  'expiresAt', 'lastUsed', 'tokenTemplate', 'apiListItems', 'method', 'templates', 'tokenPermissions', 'isSafe',
  'session', 'uid', 'email', 'authType', 'requiredAuthCheck',
];
/** Keys that reach the prototype chain if a reader ever copies them with plain assignment. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Values JSON.parse can produce that readers trip over: huge, negative, fractional, out-of-range and odd strings. */
const awkwardValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, true, false, 0, -0, -1, 0.5, 1e308, -1e308, Infinity, -Infinity, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER,
    '', ' ', '0', '1', '-1', '1e400', 'NaN', 'true', 'null', '2025-02-30 00:00:00', '9999-12-31 23:59:59',
    '0000-00-00 00:00:00', '\u0000', '\ud800', '<script>alert(1)</script>', '$(alert)', '[x](javascript:alert(1))',
    '__proto__', 'x'.repeat(10_000),
  ),
  fc.integer(),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** An object built like JSON.parse builds it: `__proto__` and friends become own properties, not the prototype. */
export function wireObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const wireKey = fc.oneof(fc.constantFrom(...WIRE_KEYS, ...PROTOTYPE_KEYS), fc.string({ maxLength: 8 }));

/** Any JSON-shaped value, biased towards the keys our readers use and the values they trip over. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    awkwardValue,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.array(fc.tuple(wireKey, tie('value')), { maxLength: 8 }).map(wireObject),
  ),
})).value;

/** A JSON text nested `depth` levels deep, as objects or arrays, optionally closed. */
export function deeplyNested(depth: number, kind: 'object' | 'array', closed = true): string {
  const open = kind === 'object' ? '{"env":' : '[';
  const close = kind === 'object' ? '}' : ']';
  return open.repeat(depth) + '1' + (closed ? close.repeat(depth) : '');
}

/** Every path to a value inside a JSON value, e.g. ['nodes', 0, 'id']. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

/** A deep copy of `value` with the value at `path` replaced. */
function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]] = replaceAt(copy[path[0]], path.slice(1), replacement);
  return copy;
}

/** A well-formed answer with one to three of its fields (at any depth) given a wrong type or an awkward value. */
export function withWrongFields(sample: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(sample);
  const change = fc.tuple(fc.constantFrom(...paths), fc.oneof(awkwardValue, hostileJson));
  return fc
    .array(change, { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((answer, [path, value]) => replaceAt(answer, path, value), sample));
}

/** The names Object.prototype has now; a test compares before and after to catch pollution. */
export function prototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
