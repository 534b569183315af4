import * as assert from 'node:assert/strict';
import { format, t, useTranslator } from '../../../src/util/l10n';
import { ENV_ACTIONS, EnvAction, RESTART_ALL_AT_ONCE, actionAllowed, actionAvailable, envLabel, expectedStatus, scopeNodes } from '../../../src/environments/model/envState';
import { nodeListText, restartConfirmation, stopConfirmation } from '../../../src/environments/view/confirmations';
import { groupDescription, nodeGroupsOf } from '../../../src/environments/view/groups';
import { envContextValue, envDescription, envIcon, envUrl, groupContextValue, nodeContextValue, nodeDescription, nodeIcon, nodeLabel, nodeUrl, stateSlug } from '../../../src/environments/view/labels';
import { envTooltip, escapeMarkdown } from '../../../src/environments/view/tooltips';
import { EnvNode, EnvStatus, Environment, KNOWN_STATUSES, toEnvironment } from '../../../src/platform';
import sample from '../platform/fixtures/get-env-info.json';

const node = (id: number, nodeGroup: string, extra: Partial<EnvNode> = {}): EnvNode => ({ id, nodeGroup, ...extra });

const shop: Environment = {
  envName: 'shop-prod',
  displayName: 'Shop — production',
  domain: 'shop-prod.example.com',
  sslEnabled: true,
  status: EnvStatus.Running,
  createdOn: new Date('2024-03-02T10:15:00Z'),
  region: 'EU West',
  right: 'OWNER',
  nodeGroups: [
    { name: 'bl', displayName: 'Load Balancer' },
    { name: 'cp' },
    { name: 'sqldb', displayName: 'Database' },
  ],
  nodes: [
    node(1101, 'bl', { name: 'NGINX', status: 1 }),
    node(1102, 'cp', { name: 'Tomcat 9', status: 1, isMaster: true }),
    node(1103, 'cp', { name: 'Tomcat 9', status: 2 }),
    node(1104, 'sqldb', { name: 'MySQL 8', displayName: 'Primary DB', status: 1, url: 'http://node1104-shop-prod.example.com' }),
  ],
};

describe('environments/presentation', () => {
  describe('state gating', () => {
    const allowed: Record<EnvAction, number[]> = {
      start: [EnvStatus.Stopped, EnvStatus.Sleeping],
      stop: [EnvStatus.Running],
      sleep: [EnvStatus.Running],
      restart: [EnvStatus.Running],
    };
    for (const action of ENV_ACTIONS) {
      it(`${action} is allowed exactly from ${allowed[action].join(', ')}`, () => {
        const codes = [0, ...KNOWN_STATUSES.map((s) => s.code), 16, 99];
        assert.deepEqual(
          codes.filter((code) => actionAllowed(action, code)),
          allowed[action],
        );
      });
    }

    it('nothing is available while an action of ours runs on the environment', () => {
      const busy = { action: 'restart' as const, phase: 'request' as const };
      for (const action of ENV_ACTIONS) assert.equal(actionAvailable(action, { status: EnvStatus.Running }, busy), false);
      assert.equal(actionAvailable('stop', { status: EnvStatus.Running }), true);
    });

    it('each action has the state it leaves behind', () => {
      assert.equal(expectedStatus('start'), EnvStatus.Running);
      assert.equal(expectedStatus('stop'), EnvStatus.Stopped);
      assert.equal(expectedStatus('sleep'), EnvStatus.Sleeping);
      assert.equal(expectedStatus('restart'), EnvStatus.Running);
    });
  });

  describe('context values', () => {
    it('name every known state with a distinct slug, and unknown codes as unknown', () => {
      const slugs = KNOWN_STATUSES.map((s) => stateSlug(s.code));
      assert.equal(new Set(slugs).size, KNOWN_STATUSES.length);
      for (const slug of slugs) assert.match(slug, /^[a-z][A-Za-z]*$/);
      assert.equal(stateSlug(0), 'unknown');
      assert.equal(stateSlug(42), 'unknown');
    });

    it('carry the state, plus .busy while our action runs', () => {
      assert.equal(envContextValue(EnvStatus.Running, false), 'vap.env.running');
      assert.equal(envContextValue(EnvStatus.Running, true), 'vap.env.running.busy');
      assert.equal(envContextValue(EnvStatus.GoingToSleep, false), 'vap.env.goingToSleep');
      assert.equal(groupContextValue(EnvStatus.Stopped, false), 'vap.group.stopped');
      assert.equal(nodeContextValue(EnvStatus.Running, true), 'vap.node.running.busy');
    });
  });

  describe('environment rows', () => {
    it('label: display name, else env name', () => {
      assert.equal(envLabel(shop), 'Shop — production');
      assert.equal(envLabel({ envName: 'x-1', displayName: '  ' }), 'x-1');
      assert.equal(envLabel({ envName: 'x-1' }), 'x-1');
    });

    it('description: the state when not Running, "Stopping…" while our stop runs', () => {
      assert.equal(envDescription({ status: EnvStatus.Running }), undefined);
      assert.equal(envDescription({ status: EnvStatus.Stopped }), 'Stopped');
      assert.equal(envDescription({ status: EnvStatus.GoingToSleep }), 'Going to sleep');
      assert.equal(envDescription({ status: EnvStatus.Running }, { action: 'stop', phase: 'request' }), 'Stopping…');
      assert.equal(envDescription({ status: EnvStatus.Stopped }, { action: 'start', phase: 'watching' }), 'Starting…');
    });

    it('icon: the state codicon, spinning exactly while transitional or busy; colors only for settled states', () => {
      for (const info of KNOWN_STATUSES) {
        const icon = envIcon({ status: info.code });
        assert.equal(icon.id.endsWith('~spin'), info.transitional, `${info.label}: ${icon.id}`);
        if (info.transitional) assert.equal(icon.color, undefined);
      }
      assert.deepEqual(envIcon({ status: EnvStatus.Running }), { id: 'vm-running', color: 'charts.green' });
      assert.deepEqual(envIcon({ status: EnvStatus.Running }, { action: 'stop', phase: 'request' }), { id: 'loading~spin' });
    });

    it('tooltip: state, name, linked domain, region, created, nodes; the right only when not OWNER', () => {
      const tooltip = envTooltip(shop, { locale: 'en-GB', workspace: true });
      assert.match(tooltip, /^\$\(vm-running\) \*\*Shop — production\*\* — Running/);
      assert.ok(tooltip.includes('Name: `shop-prod`'), tooltip);
      assert.ok(tooltip.includes('Domain: [shop-prod.example.com](https://shop-prod.example.com)'), tooltip);
      assert.ok(tooltip.includes('Region: EU West'), tooltip);
      assert.ok(tooltip.includes('Created: 2 Mar 2024'), tooltip);
      assert.ok(tooltip.includes('Nodes: 4 in 3 groups'), tooltip);
      assert.ok(tooltip.includes('This workspace’s environment'), tooltip);
      assert.ok(!tooltip.includes('access'), tooltip);
      const shared = envTooltip({ ...shop, right: 'VIEW' }, { account: 'demo on app.example.com' });
      assert.ok(shared.includes('Your access: VIEW'), shared);
      assert.ok(shared.includes('Account: demo on app.example.com'), shared);
    });

    it('tooltip: display names cannot inject markdown, links, HTML or theme icons', () => {
      const tooltip = envTooltip({ ...shop, displayName: '[click](https://evil.example) <img src=x> $(alert) **x**' });
      assert.ok(!tooltip.includes('[click](https://evil'), tooltip);
      assert.ok(!tooltip.includes('<img'), tooltip);
      assert.ok(!tooltip.includes(' $(alert)'), tooltip);
      assert.equal(escapeMarkdown('a*b_c'), 'a\\*b\\_c');
    });

    it('the real GetEnvInfo sample reads well', () => {
      const env = toEnvironment(sample);
      assert.ok(env);
      assert.equal(envLabel(env), 'local-sha-master-0954606');
      assert.equal(envUrl(env), 'http://local-sha-master-0954606.hidora.com');
      const tooltip = envTooltip(env, { locale: 'en-GB' });
      assert.ok(tooltip.includes('Region: VD'), tooltip);
      assert.ok(tooltip.includes('Nodes: 1'), tooltip);
      assert.deepEqual(
        nodeGroupsOf(env).map((group) => [group.name, group.label, groupDescription(group)]),
        [['docker', 'docker', '1 node']],
      );
    });

    it('URL: https with built-in SSL, http without; nothing for a domain that is not a host name', () => {
      assert.equal(envUrl(shop), 'https://shop-prod.example.com');
      assert.equal(envUrl({ ...shop, sslEnabled: false }), 'http://shop-prod.example.com');
      assert.equal(envUrl({ ...shop, sslEnabled: undefined }), 'http://shop-prod.example.com');
      assert.equal(envUrl({ domain: 'evil.example/path?x' }), undefined);
      assert.equal(envUrl({ domain: 'javascript:alert(1)' }), undefined);
      assert.equal(envUrl({}), undefined);
      assert.equal(nodeUrl({ url: 'http://node1-x.example.com/' }), 'http://node1-x.example.com');
      assert.equal(nodeUrl({ url: 'file:///etc/passwd' }), undefined);
      assert.equal(nodeUrl({ url: 'not a url' }), undefined);
    });
  });

  describe('node groups and nodes', () => {
    it('groups keep the platform order, use display or well-known names, and gain groups only nodes mention', () => {
      const env = { ...shop, nodes: [...shop.nodes, node(1105, 'storage', { name: 'Shared Storage' })] };
      assert.deepEqual(
        nodeGroupsOf(env).map((group) => [group.name, group.label, group.nodes.map((n) => n.id)]),
        [
          ['bl', 'Load Balancer', [1101]],
          ['cp', 'Application Servers', [1102, 1103]],
          ['sqldb', 'Database', [1104]],
          ['storage', 'Storage', [1105]],
        ],
      );
      assert.equal(groupDescription(nodeGroupsOf(env)[1]), 'cp · 2 nodes');
    });

    it('nodes: name or type, id, and "down" only when the environment runs', () => {
      assert.equal(nodeLabel(shop.nodes[3]), 'Primary DB');
      assert.equal(nodeLabel(node(7, 'cp', { nodeType: 'nodejs' })), 'nodejs');
      assert.equal(nodeLabel(node(7, 'cp')), 'Node 7');
      assert.equal(nodeDescription(shop.nodes[2], EnvStatus.Running, false), '1103 · down');
      assert.equal(nodeDescription(shop.nodes[2], EnvStatus.Stopped, false), '1103');
      assert.equal(nodeDescription(shop.nodes[1], EnvStatus.Running, true), '1102 · Restarting…');
      assert.deepEqual(nodeIcon(shop.nodes[1], true), { id: 'loading~spin' });
      assert.equal(nodeIcon(shop.nodes[2], false).id, 'circle-outline');
    });

    it('restart scopes select the right nodes', () => {
      assert.deepEqual(scopeNodes(shop, { kind: 'environment' }).map((n) => n.id), [1101, 1102, 1103, 1104]);
      assert.deepEqual(scopeNodes(shop, { kind: 'group', nodeGroup: 'cp' }).map((n) => n.id), [1102, 1103]);
      assert.deepEqual(scopeNodes(shop, { kind: 'node', nodeId: 1104 }).map((n) => n.id), [1104]);
    });
  });

  describe('confirmations say what goes down', () => {
    it('stop one environment: its nodes and its domain', () => {
      const c = stopConfirmation('stop', [shop]);
      assert.equal(c.message, 'Stop Shop — production?');
      assert.equal(c.button, 'Stop');
      assert.ok(c.detail.includes('its 4 nodes (NGINX, 2 × Tomcat 9, Primary DB)'), c.detail);
      assert.ok(c.detail.includes('shop-prod.example.com'), c.detail);
    });

    it('sleep and several environments', () => {
      assert.equal(stopConfirmation('sleep', [shop]).message, 'Put Shop — production to sleep?');
      const many = stopConfirmation('stop', [shop, { ...shop, envName: 'b', displayName: 'B' }]);
      assert.equal(many.message, 'Stop 2 environments?');
      assert.ok(many.detail.includes('Shop — production, B'), many.detail);
    });

    it('restart: all, a group one by one, one node', () => {
      const all = restartConfirmation(shop, { kind: 'environment' }, RESTART_ALL_AT_ONCE);
      assert.equal(all.message, 'Restart all nodes of Shop — production?');
      assert.ok(all.detail.includes('at the same time'), all.detail);
      const group = restartConfirmation(shop, { kind: 'group', nodeGroup: 'cp' }, 30);
      assert.equal(group.message, 'Restart Application Servers of Shop — production?');
      assert.ok(group.detail.includes('one by one, 30 seconds apart'), group.detail);
      const one = restartConfirmation(shop, { kind: 'node', nodeId: 1104 }, RESTART_ALL_AT_ONCE);
      assert.equal(one.message, 'Restart node Primary DB (1104) of Shop — production?');
    });

    it('long node lists are shortened', () => {
      const nodes = Array.from({ length: 9 }, (_, index) => node(index, 'cp', { name: `N${index}` }));
      assert.equal(nodeListText(nodes), 'N0, N1, N2, N3, N4 and 4 more');
    });
  });

  describe('l10n', () => {
    afterEach(() => useTranslator(undefined));

    it('fills placeholders, and strings go through the installed translator', () => {
      assert.equal(format('{0} of {1}, {0}; {2}', 'a', 2), 'a of 2, a; {2}');
      useTranslator((message, ...args) => `«${format(message, ...args)}»`);
      assert.equal(t('Stop {0}?', 'x'), '«Stop x?»');
      assert.equal(envDescription({ status: EnvStatus.Stopped }), '«Stopped»');
    });
  });
});
