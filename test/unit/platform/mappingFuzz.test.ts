// Property-based: the mappers that turn platform answers into objects never throw, whatever the JSON, and what they
// return always has the promised types (a reader of the result never meets a string where a number was promised).

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EnvNode, Environment, toEnvironment, toEnvironments } from '../../../src/platform/environments';
import { AccessToken, toAccessToken } from '../../../src/platform/tokens';
import tokenSample from './fixtures/create-token.json';
import sample from './fixtures/get-env-info.json';
import { fuzzOptions, hostileJson, prototypeSnapshot, withWrongFields, wireObject } from './fuzzKit';

const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';
const optional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);
const isValidDate = (value: unknown): boolean => value instanceof Date && !Number.isNaN(value.getTime());
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';

function assertNode(node: EnvNode): void {
  assert.ok(Number.isSafeInteger(node.id), `node id ${String(node.id)}`);
  assert.ok(isText(node.nodeGroup));
  for (const field of ['nodeType', 'name', 'displayName', 'url', 'adminUrl', 'intIP'] as const) {
    assert.ok(optional(node[field], isText), field);
  }
  assert.ok(optional(node.status, Number.isFinite));
  assert.ok(optional(node.isMaster, isBoolean));
}

function assertEnvironment(env: Environment): void {
  assert.ok(isText(env.envName));
  assert.ok(Number.isFinite(env.status), `status ${String(env.status)}`);
  for (const field of ['displayName', 'domain', 'region', 'right'] as const) assert.ok(optional(env[field], isText), field);
  assert.ok(optional(env.sslEnabled, isBoolean));
  assert.ok(optional(env.createdOn, isValidDate));
  assert.ok(Array.isArray(env.nodeGroups) && Array.isArray(env.nodes));
  for (const group of env.nodeGroups) {
    assert.ok(isText(group.name));
    assert.ok(optional(group.displayName, isText));
  }
  env.nodes.forEach(assertNode);
  // Only fields the platform sent, none undefined: mapped objects go into trees and globalState as they are.
  assert.ok(Object.values(env).every((value) => value !== undefined));
}

function assertToken(token: AccessToken): void {
  assert.ok(Number.isSafeInteger(token.id));
  assert.equal(typeof token.description, 'string');
  assert.ok(optional(token.key, isText));
  for (const field of ['expiresAt', 'lastUsed', 'createdOn'] as const) assert.ok(optional(token[field], isValidDate), field);
  assert.ok(optional(token.template, (t) => isText((t as AccessToken['template'])?.name)));
  assert.ok(Array.isArray(token.methods) && token.methods.every(isText));
}

describe('platform mapping fuzzing', () => {
  let prototypeBefore: string[];
  beforeEach(() => (prototypeBefore = prototypeSnapshot()));
  afterEach(() => assert.deepEqual(prototypeSnapshot(), prototypeBefore, 'Object.prototype was changed'));

  it('property: GetEnvInfo answers with wrong types in any field map to a well-typed environment or none', () => {
    fc.assert(
      fc.property(withWrongFields(sample), (answer) => {
        const env = toEnvironment(answer);
        if (env) assertEnvironment(env);
      }),
      fuzzOptions(600),
    );
  });

  it('property: any JSON, prototype keys included, maps to well-typed environments without throwing', () => {
    const answer = fc.oneof(
      hostileJson,
      fc.array(fc.oneof(hostileJson, withWrongFields(sample)), { maxLength: 6 }).map((infos) => wireObject([['infos', infos]])),
    );
    fc.assert(
      fc.property(answer, (value) => {
        const infos = (value as { infos?: unknown } | null)?.infos;
        const envs = toEnvironments((typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>);
        envs.forEach(assertEnvironment);
        assert.ok(envs.length <= (Array.isArray(infos) ? infos.length : 0));
        const one = toEnvironment(value);
        if (one) assertEnvironment(one);
      }),
      fuzzOptions(600),
    );
  });

  it('property: tokens with wrong types in any field, or any JSON, map to a well-typed token or none', () => {
    fc.assert(
      fc.property(fc.oneof(withWrongFields(tokenSample), hostileJson), (value) => {
        const token = toAccessToken(value);
        if (token) assertToken(token);
      }),
      fuzzOptions(600),
    );
  });

  it('prototype keys are read as plain data and never become part of a mapped object', () => {
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
        '"env":{"envName":"e","__proto__":{"status":1},"constructor":"x"},' +
        '"nodes":[{"id":1,"nodeGroup":"__proto__","__proto__":{"isMaster":true}}],' +
        '"nodeGroups":[{"name":"constructor"},{"name":"__proto__","displayName":"toString"}]}',
    );
    const env = toEnvironment(hostile);
    assert.deepEqual(env, {
      envName: 'e',
      status: 0,
      nodeGroups: [{ name: 'constructor' }, { name: '__proto__', displayName: 'toString' }],
      nodes: [{ id: 1, nodeGroup: '__proto__' }],
    });
    assert.equal(Object.getPrototypeOf(env), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const token = toAccessToken(JSON.parse('{"id":1,"__proto__":{"key":"leak"},"tokenTemplate":{"name":"__proto__"}}'));
    assert.deepEqual(token, { id: 1, description: '', template: { name: '__proto__' }, methods: [], isSystem: false });
  });

  it('huge and out-of-range numbers: ids must be safe integers, statuses finite', () => {
    const answer = JSON.parse(
      '{"infos":[{"env":{"envName":"a","status":1e400},"nodes":[{"id":1e300,"nodeGroup":"cp"},' +
        '{"id":"9007199254740993","nodeGroup":"cp"},{"id":"123456789012345","nodeGroup":"cp","status":-1e400}]}]}',
    );
    assert.deepEqual(toEnvironments(answer), [
      { envName: 'a', status: 0, nodeGroups: [], nodes: [{ id: 123456789012345, nodeGroup: 'cp' }] },
    ]);
    assert.equal(toAccessToken({ id: 2 ** 53 }), undefined);
  });
});
