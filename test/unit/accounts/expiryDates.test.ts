import { strict as assert } from 'node:assert';
import { DEFAULT_EXPIRY_DAYS, EXPIRY_PRESET_DAYS, expiryFor, formatDay, parseExpiryDate } from '../../../src/accounts/expiryDates';

describe('token expiry choices', () => {
  const now = new Date(2026, 10, 28, 15, 30, 0); // local time

  it('offers 90 days first as the default, then 30, 180 and 365', () => {
    assert.deepEqual([...EXPIRY_PRESET_DAYS], [90, 30, 180, 365]);
    assert.equal(DEFAULT_EXPIRY_DAYS, 90);
  });

  it('turns each choice into the expiry to send', () => {
    for (const days of EXPIRY_PRESET_DAYS) {
      assert.equal((expiryFor({ kind: 'days', days }, now) as Date).getTime() - now.getTime(), days * 86_400_000);
    }
    assert.equal(expiryFor({ kind: 'never' }, now), null);
    assert.equal(expiryFor({ kind: 'keep' }, now), undefined);
    const date = new Date(2027, 0, 1, 23, 59, 59);
    assert.equal(expiryFor({ kind: 'date', date }, now), date);
  });

  it('reads typed dates, ISO or day first, as the end of that local day', () => {
    for (const text of ['2027-03-01', '01-03-2027', '1.3.2027', ' 2027-3-1 ']) {
      const parsed = parseExpiryDate(text, now);
      assert.ok('date' in parsed, text);
      assert.deepEqual(parsed.date, new Date(2027, 2, 1, 23, 59, 59));
    }
  });

  it('refuses impossible, past and malformed dates', () => {
    assert.deepEqual(parseExpiryDate('2027-02-30', now), { problem: 'That day does not exist' });
    assert.deepEqual(parseExpiryDate('2026-11-27', now), { problem: 'The date must be in the future' });
    assert.ok('date' in parseExpiryDate('2026-11-28', now), 'today still works until the end of the day');
    assert.ok('problem' in parseExpiryDate('next week', now));
    assert.ok('problem' in parseExpiryDate('', now));
  });

  it('formats days in local time', () => {
    assert.equal(formatDay(new Date(2027, 0, 5, 0, 0, 1)), '2027-01-05');
  });
});
