import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Redactor } from '../../../src/ui/redact';
import { secretsExpression } from '../../../src/ui/secretEncodings';

// Issue 14 item 1: a platform (or a proxy) may echo a secret back re-encoded; none of these may survive redaction.
describe('Redactor: secrets echoed in another encoding', () => {
  const password = 'P@ss w0rd=<&>"x\'/é';
  const token = 'tok_Ab3-def9.Gh7';

  const echoes: [string, (value: string) => string][] = [
    ['upper case', (value) => value.toUpperCase()],
    ['lower case', (value) => value.toLowerCase()],
    ['HTML-escaped', (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')],
    ['HTML numeric entities', (value) => [...value].map((char) => `&#${char.codePointAt(0)};`).join('')],
    ['HTML hex entities, upper case', (value) => [...value].map((char) => `&#X${char.codePointAt(0)?.toString(16).toUpperCase()};`).join('')],
    ['JSON \\u escapes', (value) => [...value].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['JSON.stringify', (value) => JSON.stringify(value).slice(1, -1)],
    ['Gson escapes (<>&=\' only)', (value) => value.replace(/[<>&=']/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)],
    ['percent-encoded, lower case', (value) => encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
    ['percent-encoded, upper case', (value) => encodeURIComponent(value)],
    ['percent-encoding every character', (value) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')],
    ['form-encoded', (value) => new URLSearchParams({ s: value }).toString().slice(2)],
    ['Markdown-escaped', (value) => value.replace(/[\\`*_{}[\]()#|~$.-]/g, (char) => `\\${char}`)],
    ['mixed: upper case, then Gson', (value) => value.toUpperCase().replace(/[<>&=']/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)],
  ];

  for (const [name, encode] of echoes) {
    it(`masks a tracked password and token echoed ${name}`, () => {
      const redactor = new Redactor();
      redactor.track(password);
      redactor.track(token);
      for (const secret of [password, token]) {
        const echoed = encode(secret);
        const line = redactor.redact(`the platform said: invalid value [${echoed}] here`);
        assert.equal(line, 'the platform said: invalid value [<redacted>] here', `${name}: ${echoed}`);
      }
    });
  }

  it('keeps the secrets of an operation masked until the operation (and its error report) is over', async () => {
    const redactor = new Redactor();
    let reported = '';
    await redactor.during(async () => {
      redactor.track(password);
      // The flow is done with the password and forgets it; its error is reported afterwards, by the command wrapper.
      redactor.forget(password);
      await Promise.resolve();
      reported = redactor.redact(`Sign-in failed: ${password.toUpperCase()}`);
    });
    assert.equal(reported, 'Sign-in failed: <redacted>');
    assert.equal(redactor.redact(password), password, 'forgotten once the operation is over');
  });

  it('a secret tracked again during the operation is not forgotten at its end', async () => {
    const redactor = new Redactor();
    redactor.track(token);
    await redactor.during(() => {
      redactor.forget(token);
      redactor.track(token);
    });
    assert.equal(redactor.redact(token), '<redacted>');
  });

  it('overlapping operations forget only when the last one ends', async () => {
    const redactor = new Redactor();
    let release: () => void = () => undefined;
    const long = redactor.during(() => new Promise<void>((resolve) => (release = resolve)));
    await redactor.during(() => {
      redactor.track(password);
      redactor.forget(password);
    });
    assert.equal(redactor.redact(password), '<redacted>', 'another operation is still under way');
    release();
    await long;
    assert.equal(redactor.redact(password), password);
  });

  // The redactor skips its expression for texts that cannot hold a secret; that shortcut must never skip a text the
  // expression would mask: any letter case, any script (Greek final sigma, dotless i, long s, ß…), any surroundings.
  it('property: whatever the expression finds in a text, the redactor masks, shortcut or not', () => {
    const tricky = fc.constantFrom('σ', 'ς', 'Σ', 'ı', 'İ', 'i', 'I', 'ſ', 's', 'S', 'ß', 'K', 'k', 'K', 'é', 'É', 'a', 'Z', '0', ' ', '+', '%', '&');
    const secretText = fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), { minLength: 6, maxLength: 14 }).map((parts) => parts.join(''));
    const caseFlips = fc.array(fc.constantFrom('upper', 'lower', 'same'), { minLength: 14, maxLength: 14 });
    fc.assert(
      fc.property(secretText, caseFlips, fc.string(), fc.string(), (secret, flips, before, after) => {
        fc.pre(secret.trim().length >= 6); // shorter values are not tracked at all
        const echoed = [...secret].map((char, i) => (flips[i] === 'upper' ? char.toUpperCase() : flips[i] === 'lower' ? char.toLowerCase() : char)).join('');
        const text = `${before}${echoed}${after}`;
        const redactor = new Redactor();
        redactor.track(secret);
        const expression = secretsExpression([secret.trim()]);
        const found = expression ? [...text.matchAll(expression)].map((match) => match[0]) : [];
        const redacted = redactor.redact(text);
        for (const hit of found) assert.ok(!redacted.includes(hit) || hit === '<redacted>', `missed ${JSON.stringify(hit)} in ${JSON.stringify(text)}`);
      }),
      { numRuns: 2000 },
    );
  });
});
