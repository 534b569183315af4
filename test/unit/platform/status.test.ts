import * as assert from 'node:assert/strict';
import { EnvStatus, KNOWN_STATUSES, isTransitional, statusInfo } from '../../../src/platform/status';

describe('platform/status', () => {
  const expected: [number, string, boolean][] = [
    [1, 'Running', false],
    [2, 'Stopped', false],
    [3, 'Launching', true],
    [4, 'Sleeping', false],
    [5, 'Suspended', false],
    [6, 'Creating', true],
    [7, 'Cloning', true],
    [8, 'Does not exist', false],
    [9, 'Exporting', true],
    [10, 'Migrating', true],
    [11, 'Broken', false],
    [12, 'Updating', true],
    [13, 'Stopping', true],
    [14, 'Going to sleep', true],
    [15, 'Restoring', true],
  ];

  for (const [code, label, transitional] of expected) {
    it(`${code} is ${label}${transitional ? ', transitional' : ''}`, () => {
      const info = statusInfo(code);
      assert.equal(info.code, code);
      assert.equal(info.label, label);
      assert.equal(info.transitional, transitional);
      assert.equal(isTransitional(code), transitional);
      assert.match(info.codicon, /^[a-z-]+(~spin)?$/);
      // Spinning icons and transitional states go together.
      assert.equal(info.codicon.endsWith('~spin'), transitional);
    });
  }

  it('knows exactly codes 1–15, in order, with distinct labels', () => {
    assert.deepEqual(
      KNOWN_STATUSES.map((s) => s.code),
      expected.map(([code]) => code),
    );
    assert.equal(new Set(KNOWN_STATUSES.map((s) => s.label)).size, 15);
    assert.deepEqual(Object.values(EnvStatus), expected.map(([code]) => code));
  });

  it('transitional states are exactly 3, 6, 7, 9, 10, 12, 13, 14, 15', () => {
    assert.deepEqual(
      KNOWN_STATUSES.filter((s) => s.transitional).map((s) => s.code),
      [3, 6, 7, 9, 10, 12, 13, 14, 15],
    );
  });

  it('allows Start from Stopped and Sleeping only', () => {
    assert.deepEqual(allowing('start'), [2, 4]);
  });

  it('allows Stop, Sleep and Restart from Running only', () => {
    assert.deepEqual(allowing('stop'), [1]);
    assert.deepEqual(allowing('sleep'), [1]);
    assert.deepEqual(allowing('restart'), [1]);
  });

  it('gives unknown codes a neutral entry with no actions, and never throws', () => {
    for (const code of [0, 16, 99, -1, 1.5, NaN, Infinity, undefined, null, '1', {}]) {
      const info = statusInfo(code);
      assert.equal(info.label, 'Unknown');
      assert.equal(info.codicon, 'question');
      assert.equal(info.transitional, false);
      assert.deepEqual(info.actions, { start: false, stop: false, sleep: false, restart: false });
    }
    assert.equal(statusInfo(16).code, 16);
    assert.equal(statusInfo('1').code, 0);
  });

  it('entries cannot be changed by a caller', () => {
    assert.ok(Object.isFrozen(statusInfo(1)));
    assert.ok(Object.isFrozen(statusInfo(1).actions));
  });

  function allowing(action: 'start' | 'stop' | 'sleep' | 'restart'): number[] {
    return [0, ...KNOWN_STATUSES.map((s) => s.code), 16].filter((code) => statusInfo(code).actions[action]);
  }
});
