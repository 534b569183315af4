import * as assert from 'node:assert/strict';
import { accountIdOf, refOf, selectedRefs } from '../../../src/environments/commands/targets';

const env = (envName: string) => ({ kind: 'environment', accountId: 'a', envName });

describe('environments/targets (what a command was invoked with)', () => {
  it('the clicked row alone, unless it is part of a multi-selection', () => {
    const [one, two, three] = [env('one'), env('two'), env('three')];
    assert.deepEqual(selectedRefs(one, undefined), [{ accountId: 'a', envName: 'one' }]);
    assert.deepEqual(selectedRefs(one, [one]), [{ accountId: 'a', envName: 'one' }]);
    assert.deepEqual(selectedRefs(one, [one, two, three]).map((r) => r.envName), ['one', 'two', 'three']);
    // Right-clicking a row outside the selection acts on that row only, as VS Code's own views do.
    assert.deepEqual(selectedRefs(three, [one, two]).map((r) => r.envName), ['three']);
  });

  it('node group and node rows in a selection are not environments; duplicates count once', () => {
    const group = { kind: 'group', accountId: 'a', envName: 'one', nodeGroup: 'cp' };
    assert.deepEqual(selectedRefs(env('one'), [env('one'), group, env('one')]).map((r) => r.envName), ['one']);
    assert.deepEqual(selectedRefs(group, undefined), []);
  });

  it('palette and status bar arguments: a binding, nothing, an account id', () => {
    assert.deepEqual(selectedRefs({ accountId: 'a', envName: 'x', source: 'workspace' }, undefined), [{ accountId: 'a', envName: 'x' }]);
    assert.deepEqual(selectedRefs(undefined, undefined), []);
    assert.deepEqual(refOf({ kind: 'node', accountId: 'a', envName: 'x', nodeGroup: 'cp', nodeId: 7 }), { accountId: 'a', envName: 'x', nodeGroup: 'cp', nodeId: 7 });
    assert.equal(refOf({ accountId: 'a' }), undefined);
    assert.equal(accountIdOf('acc-1'), 'acc-1');
    assert.equal(accountIdOf({ kind: 'account', accountId: 'acc-2' }), 'acc-2');
    assert.equal(accountIdOf(42), undefined);
  });
});
