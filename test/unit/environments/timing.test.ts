import * as assert from 'node:assert/strict';
import { AUTO_REFRESH_MIN_SECONDS, autoRefreshIntervalMs } from '../../../src/environments/model/autoRefresh';
import { WaitAborted, backoffDelays, defaultTiming, nextDelay, wait } from '../../../src/environments/model/scheduler';
import { ManualScheduler } from './manualScheduler';

describe('environments/timing', () => {
  it('polls back off from 2 s by ×1.5 up to 30 s', () => {
    assert.deepEqual(backoffDelays(10, defaultTiming()), [2000, 3000, 4500, 6750, 10125, 15188, 22782, 30000, 30000, 30000]);
    assert.equal(nextDelay(29_000, defaultTiming()), 30_000);
  });

  it('the schedule follows injected timing', () => {
    assert.deepEqual(backoffDelays(4, { pollInitialMs: 10, pollFactor: 2, pollMaxMs: 50 }), [10, 20, 40, 50]);
    assert.deepEqual(backoffDelays(2, { pollInitialMs: 100, pollFactor: 2, pollMaxMs: 50 }), [50, 50]);
  });

  it('auto-refresh is off for 0, negatives and garbage, and never faster than every 10 s', () => {
    for (const value of [0, -5, NaN, Infinity, '30', null, undefined]) assert.equal(autoRefreshIntervalMs(value), 0, String(value));
    assert.equal(autoRefreshIntervalMs(1), AUTO_REFRESH_MIN_SECONDS * 1000);
    assert.equal(autoRefreshIntervalMs(60), 60_000);
  });

  describe('ManualScheduler and wait()', () => {
    it('fires timers in order only as time is advanced, including timers they schedule', () => {
      const scheduler = new ManualScheduler();
      const fired: string[] = [];
      scheduler.schedule(300, () => fired.push('c'));
      scheduler.schedule(100, () => {
        fired.push('a');
        scheduler.schedule(100, () => fired.push('b'));
      });
      assert.deepEqual(scheduler.pendingDelays, [100, 300]);
      scheduler.advance(99);
      assert.deepEqual(fired, []);
      scheduler.advance(300);
      assert.deepEqual(fired, ['a', 'b', 'c']);
      assert.equal(scheduler.pending, 0);
      assert.equal(scheduler.now(), 399);
    });

    it('wait() resolves on the scheduler and rejects when aborted, leaving no timer behind', async () => {
      const scheduler = new ManualScheduler();
      const done = wait(scheduler, 500);
      scheduler.advance(500);
      await done;
      const controller = new AbortController();
      const aborted = wait(scheduler, 500, controller.signal);
      assert.equal(scheduler.pending, 1);
      controller.abort();
      await assert.rejects(aborted, WaitAborted);
      assert.equal(scheduler.pending, 0);
    });
  });
});
