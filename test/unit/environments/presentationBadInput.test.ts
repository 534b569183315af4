// Bad input at the presentation layer: names in any script reach every label and message unchanged, and statuses
// or node types this version does not know are named sensibly and offer no action.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ENV_ACTIONS, actionAllowed, actionAvailable, envLabel } from '../../../src/environments/model/envState';
import { nodeListText, restartConfirmation, stopConfirmation } from '../../../src/environments/view/confirmations';
import { groupDescription, groupIcon, groupLabel, nodeGroupsOf } from '../../../src/environments/view/groups';
import { envAccessibilityLabel, envContextValue, envDescription, envIcon, groupContextValue, nodeContextValue, nodeIcon, nodeLabel, stateLabel } from '../../../src/environments/view/labels';
import { envTooltip, nodeTooltip } from '../../../src/environments/view/tooltips';
import { doneText, operationName, progressTitle } from '../../../src/environments/view/wording';
import { EnvNode, Environment, KNOWN_STATUSES, MISSING_STATUS, isTransitional } from '../../../src/platform';
import { WORLD_NAMES, fuzzOptions } from '../platform/fuzzKit';


const node = (id: number, nodeGroup: string, extra: Partial<EnvNode> = {}): EnvNode => ({ id, nodeGroup, ...extra });

function envNamed(displayName: string, status = 1): Environment {
  return {
    envName: 'env-1',
    displayName,
    status,
    nodeGroups: [{ name: 'cp', displayName }],
    nodes: [node(1, 'cp', { displayName, status: 1 }), node(2, 'cp', { name: displayName, status: 2 })],
  };
}

describe('environments/presentation with bad input', () => {
  describe('names in any script pass through unchanged', () => {
    for (const name of WORLD_NAMES) {
      it(JSON.stringify(name), () => {
        const env = envNamed(name);
        assert.equal(envLabel(env), name);
        assert.ok(envAccessibilityLabel(env).startsWith(`${name}, `));
        assert.ok(envTooltip(env).includes(name), 'tooltip');
        assert.equal(groupLabel('cp', env), name);
        assert.equal(nodeLabel(env.nodes[0]), name);
        assert.equal(nodeLabel(env.nodes[1]), name);
        assert.equal(nodeListText(env.nodes), `2 × ${name}`);
        assert.ok(nodeTooltip(env.nodes[0], env).includes(name), 'node tooltip');
        for (const action of ENV_ACTIONS) {
          for (const text of [progressTitle(action, name), operationName(action, name), doneText(action, name)]) {
            assert.ok(text.includes(name), `${action}: ${text}`);
          }
        }
        assert.ok(stopConfirmation('stop', [env]).message.includes(name));
        assert.ok(restartConfirmation(env, { kind: 'group', nodeGroup: 'cp' }, -1).message.includes(name));
      });
    }

    it('property: any display name, placeholders like {0} included, reaches labels and messages as it is', () => {
      const name = fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
        fc.constantFrom('{0}', '{1} of {0}', '$(alert)', '**bold**', '<b>x</b>', '%s %d', '\\u0000'),
      );
      fc.assert(
        fc.property(name, fc.constantFrom(...ENV_ACTIONS), (displayName, action) => {
          const env = envNamed(displayName);
          assert.equal(envLabel(env), displayName);
          assert.ok(progressTitle(action, displayName).includes(displayName));
          assert.ok(stopConfirmation('sleep', [env, envNamed('other')]).detail.includes(displayName));
        }),
        fuzzOptions(300),
      );
    });

    it('a blank display name falls back to the environment name', () => {
      for (const blank of ['', '   ', '\u00a0', '\ufeff']) assert.equal(envLabel(envNamed(blank)), 'env-1');
    });
  });

  describe('a status this version does not know (1002)', () => {
    const env = envNamed('Shop', 1002);

    it('reads "Unknown (1002)" in the description, the accessibility label and the tooltip', () => {
      assert.equal(stateLabel(1002), 'Unknown (1002)');
      assert.equal(envDescription(env), 'Unknown (1002)');
      assert.equal(envAccessibilityLabel(env), 'Shop, Unknown (1002)');
      assert.match(envTooltip(env), /Unknown \\\(1002\\\)/);
      assert.deepEqual(envIcon(env), { id: 'question' });
    });

    it('an answer without a status reads just "Unknown"; known codes keep their names', () => {
      assert.equal(stateLabel(MISSING_STATUS), 'Unknown');
      for (const status of KNOWN_STATUSES) assert.equal(stateLabel(status.code), status.label);
    });

    it('offers no action, is not polled as transitional, and carries the unknown state in its context values', () => {
      for (const code of [1002, 16, -1, 2 ** 31, 1.5]) {
        for (const action of ENV_ACTIONS) {
          assert.equal(actionAllowed(action, code), false, `${action} from ${code}`);
          assert.equal(actionAvailable(action, { status: code }), false);
        }
        assert.equal(isTransitional(code), false);
        assert.equal(envContextValue(code, false), 'vap.env.unknown');
        assert.equal(groupContextValue(code, false), 'vap.group.unknown');
        assert.equal(nodeContextValue(code, false), 'vap.node.unknown');
      }
    });
  });

  describe('node types, groups and node statuses this version does not know', () => {
    const env: Environment = {
      envName: 'env-2',
      status: 1,
      nodeGroups: [],
      nodes: [
        node(7, 'quantum', { nodeType: 'qpu-2030', status: 9 }),
        node(8, 'quantum', { nodeType: 'qpu-2030' }),
        node(9, '量子', {}),
      ],
    };

    it('are shown by their own names, with neutral icons', () => {
      assert.deepEqual(
        nodeGroupsOf(env).map((group) => [group.label, groupDescription(group)]),
        [
          ['quantum', '2 nodes'],
          ['量子', '1 node'],
        ],
      );
      assert.deepEqual(groupIcon('quantum'), { id: 'layers' });
      assert.equal(nodeLabel(env.nodes[0]), 'qpu-2030');
      assert.equal(nodeLabel(env.nodes[2]), 'Node 9');
      assert.deepEqual(nodeIcon(env.nodes[0], false), { id: 'circle-small' });
      assert.match(nodeTooltip(env.nodes[0], env), /Status: unknown/);
      assert.match(nodeTooltip(env.nodes[0], env), /Type: qpu-2030/);
    });
  });
});
