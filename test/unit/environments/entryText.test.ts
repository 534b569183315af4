import * as assert from 'node:assert/strict';
import { ageText, entryDescription, sizeText } from '../../../src/environments/view/entryText';

describe('environments/view/entryText: sizes and ages of node folder entries', () => {
  it('sizes in the largest unit that fits, one decimal only below 10', () => {
    assert.deepEqual([0, 812, 1024, 4300, 10 * 1024, 13.4 * 1024 * 1024, 5 * 1024 ** 4].map(sizeText), ['0 B', '812 B', '1 KB', '4.2 KB', '10 KB', '13 MB', '5 TB']);
  });

  it('ages from just now to days, then the date', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const ago = (ms: number) => ageText(new Date(now.getTime() - ms), now);
    assert.deepEqual([10_000, 5 * 60_000, 3 * 3_600_000, 86_400_000, 2 * 86_400_000].map(ago), ['just now', '5 min ago', '3 h ago', '1 day ago', '2 days ago']);
    assert.equal(ago(40 * 86_400_000), '2026-10-24');
    assert.equal(ago(-5_000), 'just now', 'a clock a little ahead of ours');
  });

  it('describes what is known', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    assert.equal(entryDescription({ size: 2048, modified: new Date('2026-12-03T11:55:00Z') }, now), '2 KB · 5 min ago');
    assert.equal(entryDescription({ size: 5 }, now), '5 B');
    assert.equal(entryDescription({}, now), undefined);
  });
});
