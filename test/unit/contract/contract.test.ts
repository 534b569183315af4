// The contract: for each platform method the extension calls, the simulator's replies fit the shapes the platform
// declares (the OpenAPI export subset, and the real GetEnvInfo sample for field names) or, for a method the subset
// does not declare, the shape platform-api.md documents (undeclared.ts). A key none of them knows, a value of another
// type, an enum value or date format outside the declaration fails here: the simulator has drifted.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { API_METHODS, ApiMethod } from '../../../src/platform/methods';
import { useSimulator } from '../simulator/helpers';
import { ENV_INFO_SAMPLE, namedSchema, REFERENCE_FILES, replySchema, Schema } from './reference';
import { SCENARIOS } from './scenarios';
import { checkShape } from './shape';
import { UNDECLARED_REPLIES } from './undeclared';

/**
 * The declared 200 reply, or — for a method the export subset does not declare (Verify2FACode, deployment, logs,
 * node files) — the shape platform-api.md documents, with the simulator's [?] choices (undeclared.ts).
 */
function schemaOf(method: ApiMethod): Schema {
  const declared = replySchema(method) ?? UNDECLARED_REPLIES[method]?.schema;
  if (!declared) throw new Error(`contract: no declared reply for ${method}`);
  return declared;
}

/** Where a real sample says more than the export: GetEnvInfo, GetEnvs' items, GetNodeGroups' items. */
function sampleOf(method: ApiMethod): unknown {
  if (method === 'GetEnvInfo') return ENV_INFO_SAMPLE;
  if (method === 'GetEnvs') return { infos: [ENV_INFO_SAMPLE] };
  return UNDECLARED_REPLIES[method]?.sample;
}

function sourceOf(method: ApiMethod): string {
  return replySchema(method) ? 'its declared schema' : `the documented shape (${UNDECLARED_REPLIES[method]?.source ?? 'none'})`;
}

describe('contract: simulator replies against the platform’s declared shapes', () => {
  const sim = useSimulator();

  it('has a scenario for every method the extension calls', () => {
    assert.deepEqual(Object.keys(SCENARIOS).sort(), [...API_METHODS].sort());
  });

  it('has a documented shape for exactly the methods the export subset does not declare', () => {
    const undeclared = API_METHODS.filter((method) => !replySchema(method));
    assert.deepEqual(Object.keys(UNDECLARED_REPLIES).sort(), [...undeclared].sort());
  });

  for (const method of API_METHODS) {
    it(`${method}: every reply fits ${sourceOf(method)}`, async () => {
      const replies = await SCENARIOS[method](sim());
      assert.ok(replies.length > 0);
      const problems = replies.flatMap(({ label, body }) =>
        checkShape(body, schemaOf(method), sampleOf(method)).map((problem) => `${label}: ${problem.at}: ${problem.what}`),
      );
      assert.deepEqual(problems, [], `${method} drifted from the declared reply:\n${problems.join('\n')}`);
    });
  }

  it('the reference copies are the team’s shared ones, where those are at hand', function () {
    const shared = path.resolve(__dirname, '../../../../../shared/platform');
    if (!fs.existsSync(shared)) {
      console.log(`      (skipped: no team copy of the reference at ${shared} to compare with)`);
      this.skip();
    }
    assert.equal(fs.readFileSync(REFERENCE_FILES.openApi, 'utf8'), fs.readFileSync(path.join(shared, 'openapi-subset.yaml'), 'utf8'));
    assert.deepEqual(
      JSON.parse(fs.readFileSync(REFERENCE_FILES.sample, 'utf8')),
      JSON.parse(fs.readFileSync(path.join(shared, 'samples', 'get-env-info.json'), 'utf8')),
    );
  });
});

describe('contract: the shape check itself', () => {
  const tokens = namedSchema('com.hivext.api.server.users.response.ApiTokensResponse');
  const token = { id: 1, description: 'd', isSystem: false, expiresAt: '2030-01-02 03:04:05', tokenTemplate: { id: 2, name: 'IDE Plugins' }, apiListItems: [] };

  it('accepts a declared reply, tokenTemplate beside the export’s item fields included', () => {
    assert.deepEqual(checkShape({ result: 0, apiTokens: [token] }, tokens, undefined), []);
  });

  it('reports an unknown key, a wrong type, a date in another format and an enum value outside the list', () => {
    const problems = checkShape({ result: 0, apiTokens: [{ ...token, createdOn: '2030-01-01 00:00:00', isSystem: 'no', expiresAt: '2030-01-02T03:04:05Z' }] }, tokens, undefined);
    assert.deepEqual(problems.map((problem) => problem.at).sort(), ['apiTokens[0].createdOn', 'apiTokens[0].expiresAt', 'apiTokens[0].isSystem']);
    const auth = namedSchema('com.hivext.api.server.users.response.AuthenticationResponse');
    assert.deepEqual(checkShape({ result: 0, authType: 'TFA', accessType: 'RESTRICTED' }, auth, undefined), []);
    assert.equal(checkShape({ result: 0, authType: 'OTP' }, auth, undefined).length, 1);
  });

  it('holds an undeclared method to its documented shape: an unknown key, a mistyped map value, a date', () => {
    const logs = UNDECLARED_REPLIES.GetLogsList?.schema;
    assert.deepEqual(checkShape({ result: 0, path: '/var/log', groups: { log: ['run.log'] }, directories: [], rotatedLogs: [] }, logs, undefined), []);
    const bad = checkShape({ result: 0, path: '/var/log', groups: { log: [7] }, logs: [] }, logs, undefined);
    assert.deepEqual(bad.map((problem) => problem.at).sort(), ['groups.log[0]', 'logs']);
    const list = UNDECLARED_REPLIES.GetList?.schema;
    assert.equal(checkShape({ result: 0, list: [{ name: 'a', type: 'link', lastModified: '2030-01-01T00:00:00Z' }] }, list, undefined).length, 2);
  });

  it('takes field names from the real sample where the export has Java names', () => {
    const info = namedSchema('com.hivext.api.server.environment.response.EnvironmentInfoResponse');
    assert.deepEqual(checkShape(ENV_INFO_SAMPLE, info, ENV_INFO_SAMPLE), [], 'the sample fits itself');
    assert.deepEqual(checkShape({ result: 0, env: { sslstate: true } }, info, ENV_INFO_SAMPLE), []);
    assert.equal(checkShape({ result: 0, env: { region: 'eu' } }, info, ENV_INFO_SAMPLE)[0]?.at, 'env.region');
    assert.equal(checkShape({ result: 0, env: { hostGroup: { displayName: 5 } } }, info, ENV_INFO_SAMPLE)[0]?.at, 'env.hostGroup.displayName');
  });
});
