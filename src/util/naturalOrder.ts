// Names in the order a person reads them: "env2" before "env10", case ignored, in the user's language.
//
// The first Intl.Collator of a process loads ICU's collation data, 5–12 ms that the Environments view's first rows
// would wait for. In English, two names whose order is decided by printable ASCII characters (nearly all pairs: the
// first difference comes before any other character) are put in order without it, by Intl.Collator's own rules for
// those characters, written down below and checked against Intl.Collator itself in
// test/unit/util/naturalOrder.test.ts. Any other pair, or another language, goes to Intl.Collator.

export type Compare = (a: string, b: string) => number;

/** Printable ASCII other than letters and digits, in Intl.Collator's order (ICU root); digits come next, then letters. */
const PUNCTUATION_ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';

/** Each printable ASCII character's place: punctuation by the list above, every digit one place, each letter pair one. */
const RANK = (() => {
  const rank = new Uint8Array(128);
  [...PUNCTUATION_ORDER].forEach((char, index) => (rank[char.charCodeAt(0)] = index + 1));
  const digitRank = PUNCTUATION_ORDER.length + 1;
  for (let code = 48; code <= 57; code++) rank[code] = digitRank;
  for (let letter = 0; letter < 26; letter++) rank[65 + letter] = rank[97 + letter] = digitRank + 1 + letter;
  return rank;
})();

/** ICU reads a run of up to 254 digits as one number; past that its rules change, so such a run goes to Intl. */
const MAX_FAST_DIGITS = 254;

const orders = new Map<string, Compare>();

/**
 * The natural order for a language (a BCP 47 tag such as VS Code's `env.language`; `undefined`: the process's).
 * Made once per language; Intl.Collator is only built when a name outside the English fast path is compared.
 */
export function naturalOrder(locale: string | undefined): Compare {
  const key = locale ?? '';
  let order = orders.get(key);
  if (order === undefined) {
    let collator: Intl.Collator | undefined;
    const slow: Compare = (a, b) => (collator ??= new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })).compare(a, b);
    order = isPlainEnglish(locale) ? (a, b) => compareByAscii(a, b) ?? slow(a, b) : slow;
    orders.set(key, order);
  }
  return order;
}

/** English without a collation of its own (`en-US-u-co-…`, the POSIX variant): ICU's root order. */
function isPlainEnglish(locale: string | undefined): boolean {
  return locale !== undefined && /^en(-[a-z]{2}|-\d{3})?$/i.test(locale);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Printable ASCII; also false past the end of a name (NaN). */
const isAscii = (code: number): boolean => code >= 0x20 && code <= 0x7e;

/**
 * Intl.Collator(en, { numeric: true, sensitivity: 'base' }) where printable ASCII decides: -1, 0 or 1. Undefined
 * when any other character could: one met before the names differ, or right after where they do (a combining mark
 * there could join the character that differs; a digit of another script could lengthen the number).
 */
function compareByAscii(a: string, b: string): number | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (!isAscii(x) || !isAscii(y)) return undefined;
    if (isDigit(x) && isDigit(y)) {
      // Two numbers: by value (leading zeros do not count), digit by digit once their lengths agree.
      let endA = i;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      let endB = j;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      if (endA - i > MAX_FAST_DIGITS || endB - j > MAX_FAST_DIGITS) return undefined;
      if ((endA < a.length && !isAscii(a.charCodeAt(endA))) || (endB < b.length && !isAscii(b.charCodeAt(endB)))) return undefined;
      while (i < endA - 1 && a.charCodeAt(i) === 48) i++;
      while (j < endB - 1 && b.charCodeAt(j) === 48) j++;
      if (endA - i !== endB - j) return endA - i < endB - j ? -1 : 1;
      for (; i < endA; i++, j++) {
        const difference = a.charCodeAt(i) - b.charCodeAt(j);
        if (difference !== 0) return difference < 0 ? -1 : 1;
      }
      continue;
    }
    if (RANK[x] !== RANK[y]) {
      // What follows could only matter by joining the character into a contraction; ICU's root order has none with
      // printable ASCII that the tests find, but a collator for this pair costs little where it might.
      const nextA = i + 1 < a.length ? a.charCodeAt(i + 1) : 0x20;
      const nextB = j + 1 < b.length ? b.charCodeAt(j + 1) : 0x20;
      if (!isAscii(nextA) || !isAscii(nextB)) return undefined;
      return RANK[x]! < RANK[y]! ? -1 : 1;
    }
    i++;
    j++;
  }
  // One name is the start of the other: the shorter comes first, unless the longer goes on in a character that may
  // weigh nothing (a combining mark).
  if (i === a.length && j === b.length) return 0;
  if (i < a.length) return isAscii(a.charCodeAt(i)) ? 1 : undefined;
  return isAscii(b.charCodeAt(j)) ? -1 : undefined;
}
