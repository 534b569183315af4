// Generators of addresses that look like a stored platform origin but may name another host: the tricks used to
// smuggle a token to an attacker's server past a careless origin check.

import fc from 'fast-check';

/** Origins an account could have stored (exact, as parsePlatformOrigin writes them). */
export const STORED_ORIGINS = [
  'https://app.example.com',
  'https://app.j.layershift.co.uk',
  'https://app.example.com:8443',
  'https://app.xn--bcher-kva.example',
  'https://203.0.113.10',
  'https://[2001:db8::1]:8443',
  'http://127.0.0.1:8080',
  'http://localhost:8080',
];

const EVIL = ['evil.test', 'app.example.com.evil.test', '198.51.100.7', '[2001:db8::666]', 'xn--pp-6kc.example.com'];

/** Characters that look like others, or that IDNA maps to others (fullwidth, ideographic full stop…). */
const CONFUSABLES: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'ａ', 'ɑ', 'á'],
  e: ['е', 'ｅ', 'ё'],
  o: ['о', 'ｏ', '0', 'ο'],
  p: ['р', 'ｐ'],
  c: ['с', 'ｃ'],
  l: ['ӏ', '1', 'I', 'ｌ'],
  x: ['х', 'ｘ'],
  '.': ['。', '．', '｡', '%2e', '%2E', '..'],
  '1': ['１', 'l'],
};

/** Invisible, whitespace and control characters a paste can carry. */
const INVISIBLE = ['\t', '\n', '\r', ' ', '\u0000', '\u0001', '\u001f', '\u007f', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u2028', '\ufeff'];

const SCHEMES = ['', 'https://', 'http://', 'HTTPS://', 'HtTp://', '//', 'https:', 'https:/', 'https:\\\\', 'https:/\\', 'ftp://', 'javascript:', 'wss://'];

const SUFFIXES = ['', '/', '/x', '?a=1', '#x', '/@evil.test', '?@evil.test', '#@evil.test', '\\evil.test', '/..%2f..', ':', ':443', ':8443'];

/** The host (with brackets for IPv6) and port of an exact origin. */
export function partsOf(origin: string): { host: string; port: string } {
  const url = new URL(origin);
  return { host: url.hostname, port: url.port };
}

/** One trick applied to the host and port of a stored origin. */
function hostTricks(host: string, port: string): fc.Arbitrary<string> {
  const hostPort = port ? `${host}:${port}` : host;
  const evil = fc.constantFrom(...EVIL);
  const at = fc.nat({ max: hostPort.length });
  return fc.oneof(
    fc.constant(hostPort),
    evil.map((e) => `${hostPort}.${e}`),
    evil.map((e) => `${host}${e}`),
    evil.map((e) => `${e}/${hostPort}`),
    evil.map((e) => `${e}?${hostPort}`),
    evil.map((e) => `${e}#${hostPort}`),
    evil.map((e) => `${hostPort}@${e}`),
    evil.map((e) => `${e}@${hostPort}`),
    evil.map((e) => `user:pass@${hostPort}`.replace('pass', e)),
    evil.map((e) => `${hostPort}%40${e}`),
    evil.map((e) => `${hostPort}%2f${e}`),
    evil.map((e) => `${hostPort}%00${e}`),
    evil.map((e) => `${hostPort}\\@${e}`),
    evil.map((e) => `${e}\\${hostPort}`),
    evil.map((e) => `${e}\\@${hostPort}`),
    evil.map((e) => `${host}:${port || '443'}@${e}`),
    evil.map((e) => `${host}:${e}`),
    fc.constantFrom(`${hostPort}.`, `${hostPort}..`, `${host}.:${port || '443'}`, `.${hostPort}`, `${host}:${port}:${port}`),
    fc.constantFrom(`${host}:0${port || '443'}`, `${host}:65536`, `${host}:-1`, `${host}:+443`, `${host}: 443`, `${host}:0x1bb`),
    fc.mixedCase(fc.constant(hostPort)),
    // Confusables: one or two characters swapped for look-alikes.
    fc
      .array(fc.tuple(fc.nat({ max: host.length - 1 }), fc.nat()), { minLength: 1, maxLength: 2 })
      .map((swaps) => {
        const chars = [...host];
        for (const [index, pick] of swaps) {
          const options = CONFUSABLES[chars[index]];
          if (options) chars[index] = options[pick % options.length];
        }
        return chars.join('') + (port ? `:${port}` : '');
      }),
    // An invisible or control character somewhere.
    fc.tuple(at, fc.constantFrom(...INVISIBLE)).map(([i, ch]) => hostPort.slice(0, i) + ch + hostPort.slice(i)),
    // Percent-encoding of one character.
    at.map((i) => {
      const ch = hostPort[i] ?? '';
      return hostPort.slice(0, i) + (ch ? `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : '') + hostPort.slice(i + 1);
    }),
    // IP spellings that WHATWG URL rewrites into an address.
    fc.constantFrom('127.1', '0x7f.0.0.1', '0177.0.0.1', '2130706433', '127.0.0.1.', '[::ffff:127.0.0.1]', '[::1]', '[0:0::1]', '[::127.0.0.1]', '[::ffff:7f00:1]', '0x7f000001', '127.0.0.01', '203.0.113.010', '203.0.113.10.', '[2001:DB8::1]', '[2001:db8:0:0:0:0:0:1]'),
  );
}

/** Addresses built from a stored origin with one trick, a scheme spelling and a tail. */
export function lookalikes(origin: string): fc.Arbitrary<string> {
  const { host, port } = partsOf(origin);
  return fc
    .tuple(fc.constantFrom(...SCHEMES), hostTricks(host, port), fc.constantFrom(...SUFFIXES), fc.constantFrom('', ' ', '\t', '\n'))
    .map(([scheme, middle, suffix, pad]) => `${pad}${scheme}${middle}${suffix}${pad}`);
}

/** Random text over the characters that matter to URL parsing, often after a scheme. */
export const urlishString: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.string({
      unit: fc.constantFrom('a', 'p', 'e', 'x', '.', '/', '\\', '@', ':', '[', ']', '%', '2', 'e', '4', '0', '#', '?', ' ', '\t', 'ａ', '。', 'а', '-', '1', '7', 'f', 'n', '\u0000', '\u00ad'),
      maxLength: 40,
    }),
  )
  .map(([scheme, rest]) => scheme + rest);

/**
 * The host and port a WHATWG URL parser (a browser, Node's fetch) sees in what the user typed, https assumed when
 * no scheme is given; undefined when it sees no URL. Trailing dots dropped: `host.` is the same DNS name.
 */
export function hostSeen(input: string, defaultProtocol: string): { host: string; port: string } | undefined {
  const text = input.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `${defaultProtocol}//${text}`);
    return { host: url.hostname.replace(/\.$/, ''), port: url.port };
  } catch {
    return undefined;
  }
}
