import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { naturalOrder } from '../../../src/util/naturalOrder';
import { WORLD_NAMES, fuzzOptions } from '../platform/fuzzKit';

// The English fast path must put names exactly where Intl.Collator puts them: it is checked against the collator.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const sign = (n: number) => Math.sign(n) || 0;

/** Names of printable ASCII, biased towards what decides an order: digits and zeros, case, punctuation, prefixes. */
const asciiName = fc.string({
  unit: 
  fc.oneof(
    fc.constantFrom('0', '00', '1', '2', '9', '10', '007', '123456789012345678901234567890'),
    fc.constantFrom('a', 'A', 'b', 'B', 'z', 'Z', 'e', 'E'),
    fc.constantFrom(' ', '-', '_', '.', ','),
    fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 12,
});

/** Names mixing ASCII with what could upset a shortcut: accents, combining marks, expansions, other scripts' digits. */
const mixedName = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'A', 'b', 'e', 'E', 'z', '0', '1', '2', '9', '10', ' ', '-', '.', '_') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'é', 'É', 'e\u0301', '\u0301', '\u0308', 'ü', 'ß', 'æ', 'Æ', 'ø', 'ﬁ', 'İ', 'ı', '—', '–', '’', '“', '\u00a0', '\u200b',
        '東', '京', 'ก', 'เ', '٣', '١', '１', 'Ａ', '\u0000', '\u0007', '\ud83d\ude00', 'ǅ', 'Ω', 'ж',
      ),
    },
  ),
  maxLength: 8,
});

/** The English order and Intl.Collator's agree on `runs` random pairs of `names`. */
function agreesWithIntl(names: fc.Arbitrary<string>, runs: number): void {
  const compare = naturalOrder('en');
  fc.assert(
    fc.property(names, names, (a, b) => {
      assert.equal(sign(compare(a, b)), sign(collator.compare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }),
    fuzzOptions(runs),
  );
}

describe('natural order', () => {
  it('in English, printable-ASCII names are ordered exactly as Intl.Collator orders them', () => {
    agreesWithIntl(asciiName, 20_000);
  });

  it('every pair of printable ASCII characters, and each after a shared prefix, compares as Intl.Collator does', () => {
    const compare = naturalOrder('en-US');
    const chars = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));
    for (const x of chars) {
      for (const y of chars) {
        for (const [a, b] of [[x, y], [`env${x}`, `env${y}`], [`${x}1`, `${y}10`]] as const) {
          assert.equal(sign(compare(a, b)), sign(collator.compare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
    }
  });

  it('in English, names mixing ASCII with other characters are ordered exactly as Intl.Collator orders them', () => {
    agreesWithIntl(mixedName, 30_000);
  });

  it('reads numbers by value and ignores case, as a person does', () => {
    const names = ['shop-10', 'Shop-9', 'shop-2', 'api', 'API-01', 'api-1b', 'Zeta', 'alpha 2', 'alpha 10'];
    assert.deepEqual([...names].sort(naturalOrder('en')), ['alpha 2', 'alpha 10', 'api', 'API-01', 'api-1b', 'shop-2', 'Shop-9', 'shop-10', 'Zeta']);
  });

  it('names outside printable ASCII, and other languages, are ordered by Intl.Collator in that language', () => {
    const mixed = [...WORLD_NAMES, 'Ärger', 'zebra', 'apple', 'Émile', 'eagle', 'aardvark', 'chata', 'hrad', 'cesta'];
    const english = naturalOrder('en');
    assert.deepEqual([...mixed].sort(english), [...mixed].sort((a, b) => collator.compare(a, b)));
    // Czech orders "ch" after "h", Danish "aa" after "z": the language decides, not the fast path.
    for (const locale of ['cs', 'da', 'en-US-u-co-standard', 'sv']) {
      const native = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
      assert.deepEqual([...mixed].sort(naturalOrder(locale)), [...mixed].sort((a, b) => native.compare(a, b)), locale);
    }
    assert.ok(naturalOrder('cs')('chata', 'hrad') > 0, 'Czech: ch comes after h');
    assert.ok(naturalOrder('en')('chata', 'hrad') < 0, 'English: ch comes before h');
  });

  /** Runs `work` with Intl.Collator counting the collators built; returns how many were. */
  function countCollators(work: () => void): number {
    const real = Intl.Collator;
    let built = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.Collator>) {
      built += 1;
      return new real(...args);
    } as unknown as typeof Intl.Collator;
    Intl.Collator = counting;
    try {
      work();
    } finally {
      Intl.Collator = real;
    }
    return built;
  }

  it('the English fast path builds no Intl.Collator (its first costs 5–12 ms); another name builds one, once', () => {
    const compare = naturalOrder('en-GB');
    assert.equal(countCollators(() => assert.deepEqual(['shop-10', 'Shop-9', 'api'].sort(compare), ['api', 'Shop-9', 'shop-10'])), 0);
    const built = countCollators(() => {
      assert.ok(compare('Émile', 'eagle') > 0);
      assert.ok(compare('Ärger', 'zebra') < 0);
    });
    assert.equal(built, 1);
  });

  it('builds no collator where ASCII decides before any other character: the demo\'s names ("Café Ünïcode — 東京")', () => {
    const names = ['Shop — production', 'Staging API', 'Dev sandbox', 'Legacy CRM', 'Café Ünïcode — 東京', 'local-sha-master-0954606', '2FA App'];
    const compare = naturalOrder('en-NZ');
    let sorted: string[] = [];
    assert.equal(countCollators(() => (sorted = [...names].sort(compare))), 0);
    assert.deepEqual(sorted, [...names].sort((a, b) => collator.compare(a, b)));
    assert.equal(countCollators(() => compare('Café Berlin', 'Café München')), 1, 'decided after the é: the collator\'s');
  });

  it('gives one comparer per language', () => {
    assert.equal(naturalOrder('en'), naturalOrder('en'));
    assert.notEqual(naturalOrder('en'), naturalOrder('cs'));
  });
});
