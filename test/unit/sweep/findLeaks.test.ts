import { strict as assert } from 'node:assert';
import { describeLeaks, findLeaks, formsOf, maskSecrets, ReportedLeaks, Secret } from '../../sweep/findLeaks';

const TOKEN: Secret = { kind: 'token', value: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567' };
const PASSWORD: Secret = { kind: 'password', value: 'p@ss word/42' };
const CODE: Secret = { kind: '2FA code', value: '493817' };

describe('no-secret sweep: findLeaks', () => {
  it('finds each secret as is, naming the surface and the kind', () => {
    const leaks = findLeaks(
      [
        { name: 'the log', text: `[info] signed in with ${PASSWORD.value}` },
        { name: 'globalState "vap.accounts"', text: JSON.stringify({ code: CODE.value }) },
        { name: 'a clean surface', text: 'nothing to see' },
      ],
      [TOKEN, PASSWORD, CODE],
    );
    assert.deepEqual(leaks.map((leak) => [leak.surface, leak.kind, leak.form]), [
      ['the log', 'password', 'as is'],
      ['globalState "vap.accounts"', '2FA code', 'as is'],
    ]);
  });

  it('finds a secret of 8 characters or more URL-encoded (both ways forms and URLs encode it), a shorter one only as is', () => {
    assert.deepEqual(formsOf(PASSWORD.value).map((form) => form.text), ['p@ss word/42', 'p%40ss%20word%2F42', 'p%40ss+word%2F42']);
    assert.deepEqual(formsOf('a b/c!').map((form) => form.text), ['a b/c!'], 'under 8 characters: as is only');
    const leaks = findLeaks([{ name: 'a link', text: 'https://x.example/?p=p%40ss+word%2F42' }], [PASSWORD]);
    assert.deepEqual(leaks.map((leak) => [leak.kind, leak.form]), [['password', 'URL-encoded']]);
  });

  it('reports anything token-shaped (40 hex characters) that no simulator issued', () => {
    const unknown = 'ffffeeeeddddccccbbbbaaaa9999888877776666';
    const leaks = findLeaks([{ name: 'a tooltip', text: `id ${unknown}, known ${TOKEN.value}` }], [TOKEN]);
    assert.deepEqual(leaks.map((leak) => [leak.kind, leak.form]), [['token', 'as is'], ['unknown secret', 'token-shaped']]);
    assert.deepEqual(findLeaks([{ name: 'commit hashes', text: unknown, ownHexValues: true }], []), [], 'a surface with hex of its own');
    assert.equal(findLeaks([{ name: 'commit hashes', text: TOKEN.value, ownHexValues: true }], [TOKEN]).length, 1, 'known secrets still count');
    assert.deepEqual(findLeaks([{ name: 'longer hex', text: `${unknown}00` }], []), [], 'a longer hex run is not a token');
  });

  it("a six-digit code that is also a colour of the page's styles is not a leak there, but is anywhere else", () => {
    const colour: Secret = { kind: '2FA code', value: '000000' };
    const styles = 'style=--tab-border-top-color: #000000; --x: #0000001a';
    assert.deepEqual(findLeaks([{ name: 'attributes', text: styles, ownHexValues: true }], [colour]), []);
    assert.equal(findLeaks([{ name: 'attributes', text: `${styles}; value=000000`, ownHexValues: true }], [colour]).length, 1, 'after the colours');
    assert.equal(findLeaks([{ name: 'visible text', text: 'color #000000' }], [colour]).length, 1, 'only where hex values are the surface\'s own');
  });

  it('ignores values too short to tell from ordinary text', () => {
    assert.deepEqual(findLeaks([{ name: 'text', text: 'the code 12345 was sent' }], [{ kind: '2FA code', value: '12345' }]), []);
  });

  it('describes leaks with the secret masked, and masks other secrets in the surroundings too', () => {
    // The password ends 30 characters before the token: the token's surroundings would cut it in half.
    const text = `${PASSWORD.value}${'x'.repeat(30)}${TOKEN.value} end`;
    const report = describeLeaks(findLeaks([{ name: 'the UI', text }], [TOKEN, PASSWORD]));
    assert.match(report, /a token in the UI: …/);
    assert.match(report, /a password in the UI: …/);
    for (const secret of [TOKEN.value, PASSWORD.value]) {
      for (let start = 0; start + 8 <= secret.length; start++) {
        assert.ok(!report.includes(secret.slice(start, start + 8)), `the report shows part of a ${secret.length}-character secret`);
      }
    }
  });

  it('masks every form of every secret', () => {
    assert.equal(maskSecrets(`a ${TOKEN.value} b p%40ss%20word%2F42 c`, [TOKEN, PASSWORD]), 'a ‹secret› b ‹secret› c');
  });
});

describe('no-secret sweep: ReportedLeaks', () => {
  it('reports a leak that stays once, and a new leak of another value or in another place again', () => {
    const reported = new ReportedLeaks();
    const inLog = (text: string) => findLeaks([{ name: 'the log', text }], [TOKEN, PASSWORD]);
    assert.equal(reported.fresh(inLog(`a ${TOKEN.value}`)).length, 1);
    assert.equal(reported.fresh(inLog(`a ${TOKEN.value}\nmore lines`)).length, 0, 'the same leak, still there');
    assert.deepEqual(reported.fresh(inLog(`a ${TOKEN.value} ${PASSWORD.value}`)).map((leak) => leak.kind), ['password']);
    assert.equal(reported.fresh(findLeaks([{ name: 'the UI', text: TOKEN.value }], [TOKEN])).length, 1);
  });

  it('tells values apart by a fingerprint that is not the value', () => {
    const [leak] = findLeaks([{ name: 'x', text: TOKEN.value }], [TOKEN]);
    assert.ok(!TOKEN.value.includes(leak.fingerprint) && leak.fingerprint.length === 12);
  });
});
