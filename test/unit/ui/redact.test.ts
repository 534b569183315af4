import { strict as assert } from 'node:assert';
import { Redactor } from '../../../src/ui/redact';

describe('Redactor', () => {
  const token = 'f3a9c1d2e4b5a6978877665544332211aabbccdd';

  it('masks a tracked secret wherever it appears', () => {
    const redactor = new Redactor();
    redactor.track('hunter2-correct-horse');
    const line = redactor.redact('signing in with hunter2-correct-horse failed; retry hunter2-correct-horse');
    assert.equal(line, 'signing in with <redacted> failed; retry <redacted>');
  });

  it('masks tracked secrets even when one contains another', () => {
    const redactor = new Redactor();
    redactor.track('secret-value');
    redactor.track('secret-value-longer');
    assert.equal(redactor.redact('a secret-value-longer b'), 'a <redacted> b');
  });

  it('masks values of secret parameters in form bodies, query strings and JSON', () => {
    const redactor = new Redactor();
    assert.equal(redactor.redact('envName=shop&session=abc-123_x&lazy=true'), 'envName=shop&session=<redacted>&lazy=true');
    assert.equal(redactor.redact('login=a%40b.c&password=P4ss%20w0rd&x=1'), 'login=a%40b.c&password=<redacted>&x=1');
    assert.equal(redactor.redact('{"key":"zz-top-secret","id":4}'), '{"key":"<redacted>","id":4}');
    assert.equal(redactor.redact("{ session: 'qwerty-session' }"), "{ session: '<redacted>' }");
    assert.equal(redactor.redact('{"session": "qwerty-session"}'), '{"session": "<redacted>"}');
  });

  it('leaves prose that happens to say "token:" alone', () => {
    const redactor = new Redactor();
    const sentence = 'app.example.com refused this token: it is invalid or expired. Password: check it.';
    assert.equal(redactor.redact(sentence), sentence);
  });

  it('masks untracked token-like hex runs', () => {
    const redactor = new Redactor();
    assert.equal(redactor.redact(`token ${token} is invalid`), 'token <redacted> is invalid');
    assert.equal(redactor.redact(`Bearer ${token.toUpperCase()}`), 'Bearer <redacted>');
  });

  it('leaves ordinary text, short values and environment names alone', () => {
    const redactor = new Redactor();
    redactor.track('abc');
    const text = 'StopEnv on env-1234567 answered 2212 (abc)';
    assert.equal(redactor.redact(text), text);
  });

  it('stops masking a forgotten secret that is not token-like', () => {
    const redactor = new Redactor();
    redactor.track('temporary-password');
    redactor.forget('temporary-password');
    assert.equal(redactor.redact('temporary-password'), 'temporary-password');
  });

  it('trims tracked secrets so pasted whitespace does not defeat masking', () => {
    const redactor = new Redactor();
    redactor.track(`  ${token}\n`);
    assert.equal(redactor.redact(`x${token}y`), 'x<redacted>y');
  });
});
