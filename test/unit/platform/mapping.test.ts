import * as assert from 'node:assert/strict';
import { toEnvironment, toEnvironments } from '../../../src/platform/environments';
import { toAccessToken } from '../../../src/platform/tokens';
import tokenSample from './fixtures/create-token.json';
import sample from './fixtures/get-env-info.json';

describe('platform mapping of wire JSON', () => {
  describe('environments', () => {
    it('maps the real GetEnvInfo sample', () => {
      assert.deepEqual(toEnvironment(sample), {
        envName: 'local-sha-master-0954606',
        domain: 'local-sha-master-0954606.hidora.com',
        sslEnabled: false,
        status: 1,
        createdOn: new Date('2021-08-19T14:51:37Z'),
        region: 'VD',
        right: 'OWNER',
        nodeGroups: [{ name: 'docker' }],
        nodes: [
          {
            id: 89876,
            nodeGroup: 'docker',
            nodeType: 'docker',
            name: 'alpine',
            status: 1,
            url: 'http://node89876-local-sha-master-0954606.hidora.com',
            adminUrl: 'http://docker89876-local-sha-master-0954606.hidora.com',
            intIP: '10.102.15.248',
            isMaster: true,
          },
        ],
      });
    });

    it('reads display names of the environment, node groups and nodes', () => {
      const env = toEnvironment({
        env: { envName: 'e1', displayName: 'Shop', status: 2 },
        nodeGroups: [{ name: 'cp', displayName: 'App servers' }],
        nodes: [{ id: 1, nodeGroup: 'cp', displayName: 'Primary', isMaster: false }],
      });
      assert.equal(env?.displayName, 'Shop');
      assert.deepEqual(env?.nodeGroups, [{ name: 'cp', displayName: 'App servers' }]);
      assert.deepEqual(env?.nodes, [{ id: 1, nodeGroup: 'cp', displayName: 'Primary', isMaster: false }]);
    });

    it('skips malformed entries instead of failing', () => {
      const answer = {
        result: 0,
        infos: [
          null,
          'env',
          {},
          { env: {} },
          { env: { envName: '' } },
          { env: { envName: 42 } },
          { result: 11, env: { envName: 'gone' } },
          {
            env: { envName: 'ok', status: 'running', createdOn: 'yesterday', hostGroup: 'x' },
            right: 7,
            nodeGroups: [null, { displayName: 'no name' }, { name: 'cp' }],
            nodes: [null, { id: 'x', nodeGroup: 'cp' }, { id: 2 }, { id: 3, nodeGroup: 'cp', status: '1' }, 5],
          },
        ],
      };
      assert.deepEqual(toEnvironments(answer), [
        { envName: 'ok', status: 0, nodeGroups: [{ name: 'cp' }], nodes: [{ id: 3, nodeGroup: 'cp' }] },
      ]);
    });

    it('treats a GetEnvs answer without infos as no environments', () => {
      assert.deepEqual(toEnvironments({ result: 0 }), []);
      assert.deepEqual(toEnvironments({ result: 0, infos: {} }), []);
    });

    // Its speed is a budget of `npm run bench`; tests never assert on wall-clock time.
    it('maps a 5 MB answer of 2,000 environments × 5 nodes completely', () => {
      const infos = [];
      for (let e = 0; e < 2000; e++) {
        const nodes = [];
        for (let n = 0; n < 5; n++) {
          const id = e * 10 + n;
          nodes.push({
            ...sample.nodes[0],
            id,
            nodeGroup: n === 0 ? 'bl' : 'cp',
            url: `http://node${id}-env-${e}.example.com`,
          });
        }
        infos.push({ ...sample, env: { ...sample.env, envName: `env-${e}` }, nodes });
      }
      const body = JSON.stringify({ result: 0, infos });
      assert.ok(body.length > 5_000_000, `payload is ${body.length} bytes`);
      const answer = JSON.parse(body);
      const envs = toEnvironments(answer);
      assert.equal(envs.length, 2000);
      assert.equal(envs[1999].envName, 'env-1999');
      assert.equal(envs[1999].nodes.length, 5);
      assert.equal(envs[1999].nodes[4].url, 'http://node19994-env-1999.example.com');
    });
  });

  describe('tokens', () => {
    it('maps a CreateToken-shaped token', () => {
      assert.deepEqual(
        toAccessToken(tokenSample),
        {
          id: 7,
          key: 'abcdef0123456789abcdef0123456789abcdef01',
          description: 'VS Code',
          expiresAt: new Date('2030-01-02T03:04:05Z'),
          lastUsed: new Date('2025-06-01T10:00:00Z'),
          createdOn: new Date('2025-05-01T09:00:00Z'),
          template: { id: 2, name: 'IDE Plugins' },
          methods: ['environment.control.GetEnvs', 'environment.control.StopEnv'],
          isSystem: false,
        },
      );
    });

    it('falls back to the template methods and tolerates missing fields', () => {
      assert.deepEqual(toAccessToken({ id: '12', tokenTemplate: { name: 'Marketplace', apiListItems: ['m.a.B'] } }), {
        id: 12,
        description: '',
        template: { name: 'Marketplace' },
        methods: ['m.a.B'],
        isSystem: false,
      });
    });

    it('reads isSystem and extraData, and tolerates fields it does not know', () => {
      const token = toAccessToken({
        id: 5,
        description: 'made by the platform',
        isSystem: true,
        extraData: '{"origin":"marketplace"}',
        useObjectHash: false,
        somethingNew: { nested: [1, 2] },
        apiListItems: [{ id: 1, method: 'environment.control.GetEnvs', isSafe: true, isCollaborationAccessible: true, more: 1 }],
      });
      assert.deepEqual(token, {
        id: 5,
        description: 'made by the platform',
        methods: ['environment.control.GetEnvs'],
        isSystem: true,
        extraData: '{"origin":"marketplace"}',
      });
      assert.equal(toAccessToken({ id: 6, isSystem: 'yes' })?.isSystem, false, 'only a real boolean true is a system token');
    });

    it('is not a token without a numeric id', () => {
      for (const value of [undefined, null, [], {}, { id: 'x' }, { id: 1.5 }, { description: 'no id' }]) {
        assert.equal(toAccessToken(value), undefined);
      }
    });
  });
});
