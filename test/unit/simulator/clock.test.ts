import { strict as assert } from 'node:assert';
import { SimulatorClock } from '../../simulator/clock';
import { formatPlatformDate, parsePlatformDate } from '../../simulator/dates';

describe('simulator: clock', () => {
  it('manual: stands still until advanced, starting near the wall clock', () => {
    const clock = new SimulatorClock('manual');
    const start = clock.now();
    assert.ok(Math.abs(start - Date.now()) < 5_000);
    assert.equal(start % 1000, 0, 'whole seconds');
    assert.equal(clock.now(), start);
    clock.advance(1_500);
    assert.equal(clock.now(), start + 1_500);
  });

  it('manual: fires due timers in order, each seeing its own due time', () => {
    const clock = new SimulatorClock('manual');
    const start = clock.now();
    const seen: [string, number][] = [];
    clock.schedule(300, () => seen.push(['b', clock.now() - start]));
    clock.schedule(100, () => {
      seen.push(['a', clock.now() - start]);
      clock.schedule(100, () => seen.push(['nested', clock.now() - start]));
    });
    clock.schedule(1_000, () => seen.push(['late', clock.now() - start]));
    clock.advance(99);
    assert.deepEqual(seen, []);
    clock.advance(401);
    assert.deepEqual(seen, [['a', 100], ['nested', 200], ['b', 300]]);
    assert.equal(clock.now() - start, 500);
    assert.equal(clock.pendingTimers, 1);
  });

  it('manual: set() jumps to a date, firing timers on the way; cancelled timers never fire', () => {
    const clock = new SimulatorClock('manual');
    let fired = 0;
    clock.schedule(60_000, () => fired++);
    clock.schedule(10_000, () => fired++).cancel();
    clock.set(new Date(clock.now() + 3600_000));
    assert.equal(fired, 1);
    clock.set('2030-01-01T00:00:00Z');
    assert.equal(clock.date().toISOString(), '2030-01-01T00:00:00.000Z');
    assert.throws(() => clock.advance(-1), RangeError);
  });

  it('real: follows the wall clock, shifted by advance()', () => {
    const clock = new SimulatorClock('real');
    assert.ok(Math.abs(clock.now() - Date.now()) < 50);
    clock.advance(3600_000);
    assert.ok(Math.abs(clock.now() - Date.now() - 3600_000) < 50);
    clock.close();
  });

  it('real: fires timers by itself', async () => {
    const clock = new SimulatorClock('real');
    await new Promise<void>((resolve) => clock.schedule(5, resolve));
    clock.close();
  });
});

describe('simulator: platform dates', () => {
  it('formats and parses yyyy-MM-dd HH:mm:ss in UTC', () => {
    const ms = Date.UTC(2025, 0, 31, 23, 5, 9);
    assert.equal(formatPlatformDate(ms), '2025-01-31 23:05:09');
    assert.equal(parsePlatformDate('2025-01-31 23:05:09'), ms);
  });

  it('refuses other formats and impossible dates', () => {
    for (const text of ['2025-01-31T23:05:09Z', '31-01-2025 23:05:09', '2025-02-30 00:00:00', '2025-01-31', '']) {
      assert.equal(parsePlatformDate(text), undefined, text);
    }
  });
});
