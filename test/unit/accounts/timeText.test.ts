import { strict as assert } from 'node:assert';
import { daysLeft, expiryText, lastUsedText } from '../../../src/accounts/timeText';

describe('token time wording', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('describes expiry', () => {
    assert.equal(expiryText(undefined, now), 'never expires');
    assert.equal(expiryText(at('2026-12-03T12:00:00Z'), now), 'expires in 5 days');
    assert.equal(expiryText(at('2026-11-29T12:00:00Z'), now), 'expires in 1 day');
    assert.equal(expiryText(at('2027-02-26T11:59:00Z'), now), 'expires in 90 days');
    assert.equal(expiryText(at('2026-11-28T15:30:00Z'), now), 'expires in 3 hours');
    assert.equal(expiryText(at('2026-11-28T12:00:20Z'), now), 'expires in 1 minute');
    assert.equal(expiryText(at('2026-11-28T12:00:00Z'), now), 'expired');
    assert.equal(expiryText(at('2025-01-01T00:00:00Z'), now), 'expired');
  });

  it('describes last use', () => {
    assert.equal(lastUsedText(undefined, now), 'never used');
    assert.equal(lastUsedText(at('2026-11-28T11:59:30Z'), now), 'used just now');
    assert.equal(lastUsedText(at('2026-11-28T09:00:00Z'), now), 'used 3 hours ago');
    assert.equal(lastUsedText(at('2026-11-20T12:00:00Z'), now), 'used 8 days ago');
  });

  it('counts whole days left', () => {
    assert.equal(daysLeft(undefined, now), undefined);
    assert.equal(daysLeft(at('2026-12-05T11:00:00Z'), now), 6);
    assert.equal(daysLeft(at('2026-11-27T12:00:00Z'), now), -1);
  });
});
