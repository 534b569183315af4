import { strict as assert } from 'node:assert';
import { post, signIn, useSimulator, PLATFORM_DATE } from './helpers';

describe('simulator: reading environments', () => {
  const sim = useSimulator();
  const info = (envName: string, session = sim().demo.token) => post(sim().url, 'environment/control/GetEnvInfo', { session, envName });

  it('GetEnvs lists the account environments, each shaped like GetEnvInfo', async () => {
    const answer = await post(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token, lazy: true });
    assert.equal(answer.result, 0);
    const names = answer.infos?.map((item) => item.env.envName);
    assert.deepEqual(names, ['shop-prod', 'staging-api', 'dev-sandbox', 'legacy-crm', 'cafe-unicode', 'local-sha-master-0954606']);
    const single = await info('shop-prod');
    const { result, ...rest } = single;
    assert.equal(result, 0);
    assert.deepEqual(answer.infos?.[0], rest);
  });

  it('covers the fixture states: running, stopped, sleeping, broken', async () => {
    const statuses = (await post(sim().url, 'environment/control/GetEnvs', { session: sim().demo.token })).infos?.map((item) => item.env.status);
    assert.deepEqual(statuses, [1, 2, 4, 11, 1, 1]);
  });

  it('GetEnvInfo answers env, nodes, nodeGroups and right like the real sample', async () => {
    const answer = await info('shop-prod');
    assert.equal(answer.result, 0);
    assert.equal(answer.right, 'OWNER');
    const env = answer.env;
    assert.ok(env);
    assert.equal(env.envName, 'shop-prod');
    assert.equal(env.displayName, 'Shop — production');
    assert.equal(env.domain, 'shop-prod.sim.vap.test');
    assert.equal(env.shortdomain, 'shop-prod');
    assert.equal(env.status, 1);
    assert.match(env.createdOn, PLATFORM_DATE);
    assert.equal(env.ishaenabled, false);
    assert.equal(env.sslstate, true);
    // The region as the real sample has it: hostGroup, whose uniqueName is hardwareNodeGroup.
    assert.deepEqual(env.hostGroup, { uniqueName: 'eu-west', displayName: 'EU West' });
    assert.equal(env.hardwareNodeGroup, 'eu-west');
    assert.equal('region' in env, false, 'REST answers have no region key');
    const other = (await info('staging-api')).env;
    assert.deepEqual([other?.hostGroup, other?.hardwareNodeGroup], [{ uniqueName: 'new', displayName: 'VD' }, 'new']);
    assert.deepEqual(answer.nodeGroups?.map((group) => group.name), ['bl', 'cp', 'sqldb']);
    const nodes = answer.nodes ?? [];
    assert.deepEqual(nodes.map((node) => node.nodeGroup), ['bl', 'cp', 'cp', 'sqldb']);
    for (const node of nodes) {
      assert.equal(node.url, `http://node${node.id}-shop-prod.sim.vap.test`);
      assert.equal(node.status, 1);
      for (const field of ['nodeType', 'name', 'adminUrl', 'intIP'] as const) assert.equal(typeof node[field], 'string', field);
      for (const field of ['fixedCloudlets', 'flexibleCloudlets'] as const) assert.equal(typeof node[field], 'number', field);
      assert.equal(typeof node.ismaster, 'boolean');
    }
    assert.equal(nodes[3].displayName, 'Primary DB');
    assert.equal('displayName' in nodes[0], false, 'absent displayName is left out, not null');
  });

  it('keeps non-ASCII display names intact', async () => {
    const answer = await info('cafe-unicode');
    assert.equal(answer.env?.displayName, 'Café Ünïcode — 東京');
    assert.equal(answer.nodes?.[0].displayName, 'アプリ');
  });

  it('serves a single-node docker environment like the real sample, without a displayName', async () => {
    const answer = await info('local-sha-master-0954606');
    assert.equal('displayName' in (answer.env ?? {}), false);
    assert.equal(answer.nodes?.length, 1);
    assert.equal(answer.nodes?.[0].nodeType, 'docker');
    assert.equal(answer.nodes?.[0].id, 89876);
  });

  it('shows nodes down while an environment is stopped or sleeping', async () => {
    for (const envName of ['staging-api', 'dev-sandbox']) {
      const answer = await info(envName);
      assert.ok(answer.nodes?.length && answer.nodes.every((node) => node.status === 2), envName);
    }
  });

  it('answers 901 for an unknown environment and for another account’s environment', async () => {
    const unknown = await info('no-such-env');
    assert.equal(unknown.result, 901);
    assert.match(unknown.error ?? '', /no-such-env/);
    assert.equal((await info('tfa-app')).result, 901);
    const owner = sim().createToken({ login: 'tfa@example.com', template: 'IDE Plugins' });
    assert.equal((await info('tfa-app', owner.key)).result, 0, 'its owner sees it');
  });

  it('answers 3 when envName is missing', async () => {
    assert.equal((await post(sim().url, 'environment/control/GetEnvInfo', { session: sim().demo.token })).result, 3);
  });

  it('handles a big account (10,000 environments)', async () => {
    sim().addAccount({ login: 'big@example.com', password: 'big-password' });
    const names = sim().addEnvironments('big@example.com', 10_000, { prefix: 'load', status: 2 });
    assert.equal(names.length, 10_000);
    const session = await signIn(sim(), 'big@example.com', 'big-password');
    const answer = await post(sim().url, 'environment/control/GetEnvs', { session });
    assert.equal(answer.infos?.length, 10_000);
    assert.equal(answer.infos?.[9999].env.envName, names[9999]);
    assert.equal(answer.infos?.[0].env.status, 2);
  });
});

describe('simulator: platform domain option', () => {
  const sim = useSimulator({ platformDomain: 'paas.example.org' });

  it('builds domains and node URLs from platformDomain', async () => {
    const answer = await post(sim().url, 'environment/control/GetEnvInfo', { session: sim().demo.token, envName: 'cafe-unicode' });
    assert.equal(answer.env?.domain, 'cafe-unicode.paas.example.org');
    assert.equal(answer.nodes?.[0].url, 'http://node1501-cafe-unicode.paas.example.org');
  });
});
