// Bad input at the size end, over real HTTP into the environment store: 10,000 environments, and a GetEnvs answer of
// several MB whose names are in many scripts (multi-byte characters split across network chunks) and whose statuses
// and node types this version does not know. These tests assert completeness, never time.

import * as assert from 'node:assert/strict';
import { envLabel } from '../../../src/environments/model/envState';
import { envContextValue, envDescription, nodeLabel } from '../../../src/environments/view/labels';
import { useSimulator } from '../platform/helpers';
import { WORLD_NAMES } from '../platform/fuzzKit';
import { Core, makeCore } from './helpers';

describe('environments: very large and unusual GetEnvs answers', () => {
  const ctx = useSimulator();
  let core: Core;
  beforeEach(() => (core = makeCore(ctx.sim)));
  afterEach(() => core.dispose());

  it('10,000 environments load in one GetEnvs, every one of them, in label order', async () => {
    const infos = Array.from({ length: 10_000 }, (_, i) => ({
      env: { envName: `env-${i}`, displayName: `Environment ${i}`, status: 1 },
      nodes: [{ id: i, nodeGroup: 'cp' }],
    }));
    const body = { result: 0, infos };
    ctx.sim.faults.add({ method: 'GetEnvs', kind: 'json', body });
    const id = await core.addDemoAccount();
    await core.store.load(id);
    const view = core.store.view(id);
    assert.equal(view.status, 'loaded');
    assert.equal(view.envs.length, 10_000);
    // Numbers in labels compare as numbers.
    assert.deepEqual(view.envs.slice(0, 3).map(envLabel), ['Environment 0', 'Environment 1', 'Environment 2']);
    assert.equal(envLabel(view.envs[9_999]), 'Environment 9999');
    assert.equal(core.store.environment({ accountId: id, envName: 'env-9999' })?.nodes[0].id, 9_999);
  });

  it('a multi-MB answer with names in many scripts, unknown statuses and node types maps every environment intact', async () => {
    const infos = Array.from({ length: 6_000 }, (_, i) => {
      const name = `${WORLD_NAMES[i % WORLD_NAMES.length]} ${i}`;
      return {
        env: { envName: `env-${i}`, displayName: name, status: i % 3 === 0 ? 1002 : 1, domain: `env-${i}.example.com` },
        nodeGroups: [{ name: 'quantum', displayName: name }],
        nodes: [1, 2].map((n) => ({ id: i * 10 + n, nodeGroup: 'quantum', nodeType: 'qpu-2030', name, status: 9 })),
      };
    });
    const body = { result: 0, infos };
    assert.ok(Buffer.byteLength(JSON.stringify(body)) > 2_000_000);
    ctx.sim.faults.add({ method: 'GetEnvs', kind: 'json', body });
    const id = await core.addDemoAccount();
    await core.store.load(id);
    const view = core.store.view(id);
    assert.equal(view.status, 'loaded');
    assert.equal(view.envs.length, 6_000);
    for (const env of view.envs) {
      const i = Number(env.envName.slice(4));
      const name = `${WORLD_NAMES[i % WORLD_NAMES.length]} ${i}`;
      assert.equal(envLabel(env), name);
      assert.equal(nodeLabel(env.nodes[0]), name);
      if (i % 3 === 0) {
        assert.equal(envDescription(env), 'Unknown (1002)');
        assert.equal(envContextValue(env.status, false), 'vap.env.unknown');
      }
    }
  });
});
