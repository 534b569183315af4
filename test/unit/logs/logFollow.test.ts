// The log editors' model without VS Code: the bounded tail and its note, reading from the end and growing by polls,
// and follow mode's polling (only followed logs whose editor is visible; no timer at all otherwise).

import * as assert from 'node:assert/strict';
import type { LogPage } from '../../../src/platform';
import type { NodeFileRef } from '../../../src/environments/nodeFiles/nodeUri';
import { LogDocuments, LogReader } from '../../../src/environments/logs/logDocuments';
import { LogFollower } from '../../../src/environments/logs/logFollower';
import { LogTail } from '../../../src/environments/logs/logTail';
import { ManualScheduler } from '../environments/manualScheduler';

const ref = (path = '/var/log/run.log'): NodeFileRef => ({ accountId: 'a', envName: 'shop', nodeId: 1102, path });

/** A log of `lines` lines on a fake node, read like ReadLog reads it; `calls` records each read. */
class FakeLog implements LogReader {
  readonly calls: string[] = [];
  constructor(public lines: string[]) {}
  async tail(_ref: NodeFileRef, count: number): Promise<LogPage> {
    this.calls.push(`tail ${count}`);
    const from = Math.max(0, this.lines.length - count);
    return { lines: this.lines.slice(from), from, next: this.lines.length, linesCount: this.lines.length };
  }
  async after(_ref: NodeFileRef, from: number, count: number): Promise<LogPage> {
    this.calls.push(`after ${from} ${count}`);
    const lines = this.lines.slice(from, from + count);
    return { lines, from, next: from + lines.length, linesCount: this.lines.length };
  }
}

const numbered = (count: number, start = 0) => Array.from({ length: count }, (_, index) => `line ${start + index}`);

describe('logs/LogTail', () => {
  it('shows the whole log without a note when it starts at the first line', () => {
    const tail = new LogTail({ lines: ['a', 'b'], from: 0 }, 10);
    assert.equal(tail.text(), 'a\nb\n');
    assert.equal(tail.next, 2);
  });

  it('says how many earlier lines are hidden, and keeps at most the bound while lines are appended', () => {
    const tail = new LogTail({ lines: ['x', 'y', 'z'], from: 7 }, 3);
    assert.equal(tail.text().split('\n')[0], '[7 earlier lines are not shown: the setting vap.logs.tailLines says how many of the last lines to show]');
    tail.append(['n1', 'n2']);
    assert.equal(tail.lineCount, 3);
    assert.equal(tail.hiddenBefore, 9);
    assert.equal(tail.next, 12);
    assert.deepEqual(tail.text().split('\n').slice(1), ['z', 'n1', 'n2', '']);
  });

  it('a log that starts exactly one line late says so in the singular', () => {
    assert.match(new LogTail({ lines: ['b'], from: 1 }, 5).text(), /^\[1 earlier line is not shown/);
  });
});

describe('logs/LogDocuments', () => {
  it('reads a large log from its end, then only the lines it grew by', async () => {
    const log = new FakeLog(numbered(10_000));
    const docs = new LogDocuments(log, () => 100, () => 5);
    const first = await docs.snapshot(ref());
    assert.equal(first.hiddenBefore, 9_900);
    assert.equal(first.text.split('\n')[1], 'line 9900');
    log.lines.push('new 1', 'new 2');
    assert.equal(await docs.poll(ref()), true);
    const second = await docs.snapshot(ref());
    assert.ok(second.text.endsWith('line 9999\nnew 1\nnew 2\n'));
    assert.ok(second.mtime > first.mtime, 'the mtime moves with the text, even in the same millisecond');
    assert.equal(await docs.poll(ref()), false);
    assert.deepEqual(log.calls, ['tail 100', 'after 10000 100', 'after 10002 100']);
  });

  it('reads from the end again when more lines came than an editor keeps, or the log shrank', async () => {
    const log = new FakeLog(numbered(5));
    const docs = new LogDocuments(log, () => 10);
    await docs.snapshot(ref());
    log.lines.push(...numbered(50, 5));
    assert.equal(await docs.poll(ref()), true);
    assert.ok((await docs.snapshot(ref())).text.startsWith('[45 earlier lines'));
    log.lines = ['rotated'];
    assert.equal(await docs.poll(ref()), true);
    assert.equal((await docs.snapshot(ref())).text, 'rotated\n');
  });

  it('two editors asking at once share one read; a closed log is read afresh', async () => {
    const log = new FakeLog(['a']);
    const docs = new LogDocuments(log, () => 10);
    await Promise.all([docs.snapshot(ref()), docs.snapshot(ref())]);
    assert.deepEqual(log.calls, ['tail 10']);
    assert.deepEqual(docs.open(), [ref()]);
    docs.forget(ref());
    assert.equal(docs.has(ref()), false);
    await docs.snapshot(ref());
    assert.deepEqual(log.calls, ['tail 10', 'tail 10']);
    docs.forget(ref());
    const changed: string[] = [];
    docs.onDidChange((target) => changed.push(target.path));
    assert.equal(await docs.poll(ref()), true, 'a log forgotten while followed is read from its end again');
    assert.deepEqual(log.calls, ['tail 10', 'tail 10', 'tail 10']);
    assert.deepEqual(changed, ['/var/log/run.log']);
  });
});

describe('logs/LogFollower', () => {
  const setup = () => {
    const scheduler = new ManualScheduler();
    const polled: string[] = [];
    const failures: unknown[] = [];
    let fail: Error | undefined;
    const follower = new LogFollower(
      { scheduler, followIntervalMs: 1_000 },
      {
        poll: async (target) => {
          polled.push(target.path);
          if (fail) throw fail;
        },
        failed: (_target, error) => failures.push(error),
      },
    );
    return { scheduler, polled, failures, follower, failWith: (error: Error) => (fail = error) };
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('polls a followed log only while its editor is visible, and has no timer otherwise', async () => {
    const { scheduler, polled, follower } = setup();
    follower.follow(ref());
    assert.equal(scheduler.pending, 0, 'followed but not visible: nothing scheduled');
    follower.setVisible([ref()]);
    await settle();
    assert.deepEqual(polled, ['/var/log/run.log'], 'read at once when shown');
    assert.deepEqual(scheduler.pendingDelays, [1_000]);
    scheduler.advance(1_000);
    await settle();
    assert.equal(polled.length, 2);
    follower.setVisible([]);
    assert.equal(scheduler.pending, 0, 'hidden: the timer is gone');
    scheduler.advance(10_000);
    await settle();
    assert.equal(polled.length, 2);
    follower.setVisible([ref()]);
    await settle();
    assert.equal(polled.length, 3, 'visible again: resumes at once');
    follower.stop(ref());
    assert.equal(scheduler.pending, 0);
    assert.equal(follower.scheduled, false);
  });

  it('a visible log that is not followed is never polled', async () => {
    const { scheduler, polled, follower } = setup();
    follower.setVisible([ref()]);
    scheduler.advance(60_000);
    await settle();
    assert.deepEqual(polled, []);
    assert.equal(scheduler.pending, 0);
  });

  it('a failing poll stops following that log and is told once', async () => {
    const { scheduler, failures, follower, failWith } = setup();
    const changes: number[] = [];
    follower.onDidChange(() => changes.push(follower.followed().length));
    follower.setVisible([ref()]);
    failWith(new Error('down'));
    follower.follow(ref());
    await settle();
    assert.equal(failures.length, 1);
    assert.equal(follower.isFollowed(ref()), false);
    assert.deepEqual(changes, [1, 0]);
    assert.equal(scheduler.pending, 0);
  });
});
