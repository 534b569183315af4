// Property-based, over real HTTP: the simulator answers each API call with a hostile body (any JSON, or a real
// answer with wrong types in its fields, echoing the secrets we sent), and every typed call of platform/ either
// resolves to well-typed data or rejects with one of our CallErrors that carries none of those secrets.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkToken } from '../../../src/accounts/tokenCheck';
import { getUserInfo, signIn } from '../../../src/platform/auth';
import { PlatformClient } from '../../../src/platform/client';
import { getEnvInfo, getEnvs } from '../../../src/platform/environments';
import { CallError } from '../../../src/platform/errors';
import { createToken, editToken, getTokenApiList, getTokenTemplates, getTokens, regenerateToken } from '../../../src/platform/tokens';
import { deployArchive, getDeployments } from '../../../src/platform/deployment';
import { addRepo, deployRepo } from '../../../src/platform/gitDeploy';
import { listFiles, readFile } from '../../../src/platform/files';
import { getLogsList, readLog } from '../../../src/platform/logs';
import { getNodeGroups } from '../../../src/platform/nodeGroups';
import { uploadFile } from '../../../src/platform/upload';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import sample from './fixtures/get-env-info.json';
import { fuzzOptions, hostileJson, withWrongFields, wireObject } from './fuzzKit';
import { assertCleanCallError, useSimulator } from './helpers';

const SESSION = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const PASSWORD = 'Pa55 w0rd&more';
const TOKEN = { id: 3, key: 'f00df00df00df00df00df00df00df00df00df00d', description: 'd', tokenTemplate: { name: 'IDE Plugins' } };

interface Case {
  readonly name: string;
  readonly method: string;
  /** A well-formed answer to break. */
  readonly answer: object;
  readonly call: (client: PlatformClient) => Promise<unknown>;
  /** What the call sends that the answer must not bring back into an error; default the session. */
  readonly secrets?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'getEnvs', method: 'GetEnvs', answer: { result: 0, infos: [sample, sample] }, call: (c) => getEnvs(c, SESSION) },
  { name: 'getEnvInfo', method: 'GetEnvInfo', answer: sample, call: (c) => getEnvInfo(c, SESSION, 'shop-prod') },
  { name: 'checkToken', method: 'GetEnvs', answer: { result: 0, infos: [sample] }, call: (c) => checkToken(c, SESSION) },
  {
    name: 'signIn',
    secrets: [PASSWORD],
    method: 'Signin',
    answer: { result: 0, session: SESSION, uid: 1, email: 'a@b.c', name: 'A', authType: 'TFA' },
    call: (c) => signIn(c, { login: 'a@b.c', password: PASSWORD }),
  },
  { name: 'getUserInfo', method: 'GetUserInfo', answer: { result: 0, uid: 1, email: 'a@b.c', name: 'A' }, call: (c) => getUserInfo(c, SESSION) },
  { name: 'getTokens', method: 'GetTokens', answer: { result: 0, apiTokens: [TOKEN, TOKEN] }, call: (c) => getTokens(c, SESSION, [1, 2]) },
  {
    name: 'getTokenTemplates',
    method: 'GetTokenTemplates',
    answer: { result: 0, templates: [{ id: 1, name: 'IDE Plugins', apiListItems: [{ id: 1, method: 'a.b.C' }] }] },
    call: (c) => getTokenTemplates(c, SESSION),
  },
  {
    name: 'getTokenApiList',
    method: 'GetTokenApiList',
    answer: { result: 0, tokenPermissions: [{ id: 1, method: 'a.b.C', isSafe: true, isCollaborationAccessible: false }] },
    call: (c) => getTokenApiList(c, SESSION),
  },
  {
    name: 'createToken',
    secrets: [SESSION, PASSWORD],
    method: 'CreateToken',
    answer: { result: 0, token: TOKEN },
    call: (c) => createToken(c, SESSION, { description: 'd', template: 'IDE Plugins', password: PASSWORD }),
  },
  { name: 'editToken', secrets: [SESSION, PASSWORD], method: 'EditToken', answer: { result: 0, token: TOKEN }, call: (c) => editToken(c, SESSION, { id: 3, password: PASSWORD, description: 'd', expiresAt: null, template: 'IDE Plugins' }) },
  { name: 'regenerateToken', secrets: [SESSION, PASSWORD], method: 'RegenerateToken', answer: { result: 0, token: TOKEN }, call: (c) => regenerateToken(c, SESSION, 3, PASSWORD) },
  {
    name: 'deployArchive',
    method: 'DeployArchive',
    answer: { result: 0, responses: [{ nodeid: 1, result: 0, out: 'deployed' }] },
    call: (c) => deployArchive(c, SESSION, { envName: 'e', fileUrl: 'https://x/a.war', fileName: 'a.war' }),
  },
  {
    name: 'addRepo',
    secrets: [SESSION, PASSWORD],
    method: 'AddRepo',
    answer: { result: 0, repo: { id: 1, name: 'r', url: 'https://x/r.git' } },
    call: (c) => addRepo(c, SESSION, { name: 'r', url: 'https://x/r.git', password: PASSWORD }),
  },
  { name: 'deployRepo', method: 'Deploy', answer: { result: 0, log: 'x', message: 'm' }, call: (c) => deployRepo(c, SESSION, { envName: 'e', repo: 'r', context: 'ROOT' }) },
  {
    name: 'getDeployments',
    method: 'GetDeployments',
    answer: { result: 0, array: [{ context: 'ROOT', archiveName: 'a.war', type: 'ARCHIVE' }] },
    call: (c) => getDeployments(c, SESSION, 'e', 'cp'),
  },
  { name: 'getNodeGroups', method: 'GetNodeGroups', answer: { result: 0, object: [{ name: 'cp' }] }, call: (c) => getNodeGroups(c, SESSION, 'e') },
  {
    name: 'getLogsList',
    method: 'GetLogsList',
    answer: { result: 0, path: '/var/log', directories: ['a'], groups: { g: ['x.log'] }, rotatedLogs: ['x.log.1'] },
    call: (c) => getLogsList(c, SESSION, { envName: 'e', nodeId: 1 }),
  },
  { name: 'readLog', method: 'ReadLog', answer: { result: 0, body: 'a\nb\n', linescount: 2 }, call: (c) => readLog(c, SESSION, { envName: 'e', nodeId: 1, path: '/var/log/a' }) },
  {
    name: 'listFiles',
    method: 'GetList',
    answer: { result: 0, list: [{ name: 'a', type: 'file', size: 1, lastModified: '2024-01-01 00:00:00' }] },
    call: (c) => listFiles(c, SESSION, { envName: 'e', nodeId: 1, path: '/etc' }),
  },
  {
    name: 'readFile',
    method: 'Read',
    answer: { result: 0, body: 'x' },
    // The one call that resolves to text, not an object.
    call: async (c) => {
      const body = await readFile(c, SESSION, { envName: 'e', nodeId: 1, path: '/etc/a' });
      assert.equal(typeof body, 'string');
      return { body };
    },
  },
  {
    name: 'uploadFile',
    method: 'Upload',
    answer: { result: 0, file: 'https://x/download/1', name: 'a.war', size: 4 },
    call: (c) => uploadFile(c, SESSION, { filePath: archiveOnDisk() }),
  },
];

/** A small file to upload, made once per run. */
let archive: string | undefined;
function archiveOnDisk(): string {
  if (!archive) {
    archive = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vap-fuzz-')), 'a.war');
    fs.writeFileSync(archive, 'PK\x03\x04');
  }
  return archive;
}

/** A platform that repeats what we sent, in its words or anywhere else. */
function echoOf(secrets: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...secrets.flatMap((secret) => [secret, `invalid parameter [x=${secret}]`, ` ${secret} is wrong`]));
}

function hostileAnswer(answer: object, secrets: readonly string[]): fc.Arbitrary<unknown> {
  const echo = echoOf(secrets);
  const failure = fc
    .tuple(fc.integer({ min: 1, max: 10_000 }), echo, fc.oneof(echo, hostileJson))
    .map(([result, error, source]) => ({ result, error, source }));
  return fc.oneof(
    withWrongFields(answer),
    hostileJson,
    hostileJson.map((value) => wireObject([['result', 0], ...Object.entries(value ?? {})])),
    failure,
  );
}

describe('platform calls fuzzed over HTTP', () => {
  const ctx = useSimulator();

  for (const { name, method, answer, call, secrets = [SESSION] } of CASES) {
    it(`property: ${name} on hostile ${method} answers resolves or rejects with a clean CallError`, async () => {
      const client = new PlatformClient({ origin: ctx.sim.url });
      await fc.assert(
        fc.asyncProperty(hostileAnswer(answer, secrets), async (body) => {
          ctx.sim.faults.clear();
          ctx.sim.faults.add({ method, kind: 'json', body });
          try {
            const value = await call(client);
            assert.ok(value === undefined || typeof value === 'object', `resolved with ${typeof value}`);
          } catch (error) {
            assert.ok(error instanceof CallError, `rejected with ${String(error)}`);
            assertCleanCallError(error, secrets);
          }
        }),
        fuzzOptions(40),
      );
    });
  }
});
