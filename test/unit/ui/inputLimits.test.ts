// Bad input into every input check of the extension: empty, whitespace-only, huge (1 MB+), control characters and
// non-ASCII text. Each check answers with a typed refusal (a problem, never an exception) that does not repeat the
// input, and accepts what real users type in any script.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkPlatformAddress, looksLikeToken } from '../../../src/accounts/platformInput';
import { isEnvName, readStoredBinding, settingOrigin } from '../../../src/environments/model/binding';
import { parseExpiryDate } from '../../../src/accounts/expiryDates';
import { TEXT_LIMITS, TextField, textProblem } from '../../../src/ui/textLimits';
import { WORLD_NAMES, fuzzOptions, hostileJson } from '../platform/fuzzKit';

const MB = 1024 * 1024;
const TOKEN = '3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901';
/** Huge inputs: a pasted file, a pasted token stream, a huge address, a huge run of spaces. */
const HUGE = ['x'.repeat(MB + 1), TOKEN.repeat(30_000), `https://app.example.com/${'a'.repeat(MB)}`, `https://${'a.'.repeat(MB / 2)}com`, `${' '.repeat(MB)}x`];
const EMPTY = ['', ' ', '\t\n', '\u00a0\ufeff'];
const FIELDS = Object.keys(TEXT_LIMITS) as TextField[];

/** A refusal sentence repeats no 16-character piece of what was typed. */
function assertNoEcho(problem: string, input: string): void {
  assert.ok(problem.length < 300, `a ${problem.length}-character message`);
  const text = input.trim();
  for (let i = 0; i + 16 <= Math.min(text.length, 4096); i += 8) {
    assert.ok(!problem.includes(text.slice(i, i + 16)), `"${problem}" repeats the input`);
  }
}

describe('input checks with bad input', () => {
  describe('free-text boxes (token, description, login, password, code, account name)', () => {
    for (const field of FIELDS) {
      it(`${field}: empty is ${field === 'accountLabel' ? 'allowed (platform host)' : 'refused'}, 1 MB is too long`, () => {
        for (const text of EMPTY) {
          const expected = field === 'accountLabel' ? undefined : field === 'password' && text ? undefined : 'empty';
          assert.equal(textProblem(field, text), expected, JSON.stringify(text));
        }
        for (const text of HUGE.slice(0, 4)) assert.equal(textProblem(field, text), 'tooLong');
        assert.equal(textProblem(field, 'a'.repeat(TEXT_LIMITS[field])), undefined);
        assert.equal(textProblem(field, 'a'.repeat(TEXT_LIMITS[field] + 1)), 'tooLong');
      });
    }

    it('a token with spaces or line breaks inside is refused; around it they are pasting noise', () => {
      for (const text of [`${TOKEN.slice(0, 20)} ${TOKEN.slice(20)}`, `${TOKEN}\n${TOKEN}`, `a\tb`]) {
        assert.equal(textProblem('token', text), 'spaces');
      }
      assert.equal(textProblem('token', `  ${TOKEN}\n`), undefined);
    });

    it('descriptions, logins, passwords and account names in any script are accepted as typed', () => {
      for (const name of WORLD_NAMES) {
        for (const field of ['description', 'login', 'password', 'accountLabel'] as const) assert.equal(textProblem(field, name), undefined);
      }
    });

    it('property: any text gets a problem exactly when it is empty, too long, or a token with spaces', () => {
      const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ minLength: 1000, maxLength: 2100 }));
      fc.assert(
        fc.property(fc.constantFrom(...FIELDS), text, (field, input) => {
          const value = field === 'password' ? input : input.trim();
          const expected =
            value.length > TEXT_LIMITS[field] ? 'tooLong' : !value ? (field === 'accountLabel' ? undefined : 'empty') : field === 'token' && /\s/.test(value) ? 'spaces' : undefined;
          assert.equal(textProblem(field, input), expected);
        }),
        fuzzOptions(500),
      );
    });
  });

  describe('platform address box', () => {
    it('refuses empty and 1 MB inputs with a sentence that does not repeat them', () => {
      for (const text of [...EMPTY, ...HUGE]) {
        const result = checkPlatformAddress(text);
        assert.ok('problem' in result, text.slice(0, 40));
        assertNoEcho(result.problem, text);
      }
      assert.equal(looksLikeToken(TOKEN.repeat(30_000)), true);
    });

    it('property: any text → an origin or a problem, never an exception, never an echo of a long input', () => {
      const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ unit: 'grapheme', minLength: 65, maxLength: 300 }));
      fc.assert(
        fc.property(text, (input) => {
          const result = checkPlatformAddress(input);
          if ('problem' in result && input.trim().length > 64) assertNoEcho(result.problem, input);
        }),
        fuzzOptions(500),
      );
    });
  });

  describe('expiry date box', () => {
    const now = new Date(2026, 10, 28, 12, 0, 0);

    it('refuses empty, 1 MB, non-ASCII digits and out-of-range dates with a fixed sentence', () => {
      const bad = [...EMPTY, ...HUGE, '٢٠٢٧-٠٣-٠١', '２０２７-０３-０１', '2027-02-30', '99999-01-01', '2027-13-01', '0000-01-01', '2027-1-1x'];
      for (const text of bad) {
        const result = parseExpiryDate(text, now);
        assert.ok('problem' in result, text.slice(0, 40));
        assertNoEcho(result.problem, text);
      }
    });

    it('property: any text → a future date or a problem, never an exception', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (input) => {
          const result = parseExpiryDate(input, now);
          if ('date' in result) assert.ok(result.date.getTime() > now.getTime());
        }),
        fuzzOptions(500),
      );
    });
  });

  describe('environment names and workspace settings', () => {
    it('an environment name is short ASCII: empty, 1 MB and other scripts are not one', () => {
      for (const value of [...EMPTY, ...HUGE, ...WORLD_NAMES, '__proto__', 'env name', '-env', 'env\u0000', 42, null, {}]) {
        assert.equal(isEnvName(value), false, String(value).slice(0, 40));
      }
      assert.equal(isEnvName('env-1234567'), true);
    });

    it('a setting naming a 1 MB or empty platform names no host, without an exception', () => {
      for (const value of [...EMPTY, 'x'.repeat(MB + 1), `https://${'a'.repeat(MB)}@app.example.com`]) {
        assert.equal(settingOrigin(value), undefined, value.slice(0, 40));
      }
    });

    it('property: any stored value reads back as a valid binding or none', () => {
      fc.assert(
        fc.property(hostileJson, (value) => {
          const binding = readStoredBinding(value);
          if (binding) {
            assert.equal(typeof binding.accountId, 'string');
            assert.ok(isEnvName(binding.envName));
          }
        }),
        fuzzOptions(300),
      );
    });
  });
});
