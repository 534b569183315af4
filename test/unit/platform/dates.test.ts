import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatWireDate, parseWireDate } from '../../../src/platform/dates';

describe('platform/dates', () => {
  it('reads the wire format as UTC', () => {
    assert.equal(parseWireDate('2021-08-19 14:51:37')?.toISOString(), '2021-08-19T14:51:37.000Z');
    assert.equal(parseWireDate('2000-01-01 00:00:00')?.toISOString(), '2000-01-01T00:00:00.000Z');
    assert.equal(parseWireDate('2024-02-29 23:59:59')?.toISOString(), '2024-02-29T23:59:59.000Z');
  });

  it('tolerates ISO-like variants some platforms send', () => {
    assert.equal(parseWireDate('2021-08-19T14:51:37')?.toISOString(), '2021-08-19T14:51:37.000Z');
    assert.equal(parseWireDate('2021-08-19T14:51:37.123Z')?.toISOString(), '2021-08-19T14:51:37.123Z');
    assert.equal(parseWireDate('2021-08-19 14:51:37.5')?.toISOString(), '2021-08-19T14:51:37.500Z');
    assert.equal(parseWireDate('2021-08-19 14:51')?.toISOString(), '2021-08-19T14:51:00.000Z');
    assert.equal(parseWireDate(' 2021-08-19 14:51:37 ')?.toISOString(), '2021-08-19T14:51:37.000Z');
  });

  it('reads anything else as absent instead of throwing', () => {
    for (const value of [
      undefined,
      null,
      '',
      0,
      1629384697000,
      'never',
      '2021-08-19',
      '2021-13-01 00:00:00',
      '2023-02-29 00:00:00',
      '2021-04-31 10:00:00',
      '2021-08-19 24:00:00',
      '2021-08-19 12:60:00',
      '2021-08-19 12:00:60',
      '2021-08-19 14:51:37+02:00',
      {},
    ]) {
      assert.equal(parseWireDate(value), undefined, String(value));
    }
  });

  it('writes UTC to the second', () => {
    assert.equal(formatWireDate(new Date('2021-08-19T14:51:37.999Z')), '2021-08-19 14:51:37');
    assert.equal(formatWireDate(new Date(Date.UTC(2030, 0, 5, 3, 4, 5))), '2030-01-05 03:04:05');
  });

  it('refuses to write an invalid date', () => {
    assert.throws(() => formatWireDate(new Date('nope')), RangeError);
  });

  it('property: write then read gives the same second', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (date) => {
          const back = parseWireDate(formatWireDate(date));
          assert.equal(back?.getTime(), Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});
