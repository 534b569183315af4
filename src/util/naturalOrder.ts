// Names in the order a person reads them: "env2" before "env10", case ignored, in the user's language.
//
// The first Intl.Collator of a process loads ICU's collation data, 5–12 ms that the Environments view's first rows
// would wait for. In English, names of printable ASCII (nearly all of them) are put in the same order without it:
// Intl.Collator's own rules for those characters, written down below and checked against Intl.Collator itself in
// test/unit/util/naturalOrder.test.ts. Any other name, or another language, goes to Intl.Collator.

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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** ICU reads a run of up to 254 digits as one number; past that its rules change, so such names go to Intl. */
const MAX_FAST_LENGTH = 254;

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
    order = isPlainEnglish(locale) ? (a, b) => (isFastPathName(a) && isFastPathName(b) ? compareAscii(a, b) : slow(a, b)) : slow;
    orders.set(key, order);
  }
  return order;
}

/** English without a collation of its own (`en-US-u-co-…`, the POSIX variant): ICU's root order. */
function isPlainEnglish(locale: string | undefined): boolean {
  return locale !== undefined && /^en(-[a-z]{2}|-\d{3})?$/i.test(locale);
}

function isFastPathName(name: string): boolean {
  return name.length <= MAX_FAST_LENGTH && PRINTABLE_ASCII.test(name);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Intl.Collator(en, { numeric: true, sensitivity: 'base' }) for printable ASCII: -1, 0 or 1. */
function compareAscii(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      // Two numbers: by value (leading zeros do not count), digit by digit once their lengths agree.
      let endA = i;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      let endB = j;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      while (i < endA - 1 && a.charCodeAt(i) === 48) i++;
      while (j < endB - 1 && b.charCodeAt(j) === 48) j++;
      if (endA - i !== endB - j) return endA - i < endB - j ? -1 : 1;
      for (; i < endA; i++, j++) {
        const difference = a.charCodeAt(i) - b.charCodeAt(j);
        if (difference !== 0) return difference < 0 ? -1 : 1;
      }
      continue;
    }
    if (RANK[x] !== RANK[y]) return RANK[x]! < RANK[y]! ? -1 : 1;
    i++;
    j++;
  }
  // One name is the start of the other: the shorter comes first.
  const rest = a.length - i - (b.length - j);
  return rest === 0 ? 0 : rest < 0 ? -1 : 1;
}
