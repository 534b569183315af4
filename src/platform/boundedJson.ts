// JSON.parse with limits checked first: a reply that is too deep or has too many values is refused by one linear
// scan, before V8 builds millions of objects (seconds of blocked extension host, hundreds of MB). See limits.ts.

import { MAX_REPLY_DEPTH, MAX_REPLY_VALUES } from './limits';

export interface JsonLimits {
  readonly maxDepth: number;
  readonly maxValues: number;
}

const DEFAULT_LIMITS: JsonLimits = { maxDepth: MAX_REPLY_DEPTH, maxValues: MAX_REPLY_VALUES };

/** The text is beyond a limit; says which, in a few words and never with any of the text. */
export class JsonLimitError extends Error {
  constructor(readonly limit: 'depth' | 'values') {
    super(limit === 'depth' ? 'nested too deeply' : 'too many values');
    this.name = 'JsonLimitError';
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/**
 * Throws JsonLimitError when the text nests deeper or holds more values than allowed. Counts what is outside
 * strings only; it does not validate (JSON.parse does that next), so malformed text is never refused here wrongly.
 */
export function checkJsonLimits(text: string, limits: JsonLimits = DEFAULT_LIMITS): void {
  let depth = 0;
  let values = 1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
      continue;
    }
    switch (char) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET:
        if (++depth > limits.maxDepth) throw new JsonLimitError('depth');
        break;
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        depth--;
        break;
      case COMMA:
        if (++values > limits.maxValues) throw new JsonLimitError('values');
        break;
    }
  }
}

/** JSON.parse after checkJsonLimits. @throws JsonLimitError, SyntaxError */
export function parseBoundedJson(text: string, limits: JsonLimits = DEFAULT_LIMITS): unknown {
  checkJsonLimits(text, limits);
  return JSON.parse(text);
}
