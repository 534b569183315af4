// Property-based: parsePlatformOrigin never accepts an address whose real host (as a WHATWG URL parser, and so every
// HTTP client, sees it) differs from the origin it returns; for look-alikes of a stored origin that means it is
// either refused with an OriginError or parsed to a different origin, never to the stored one.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { OriginError } from '../../../src/platform/errors';
import { parsePlatformOrigin, sameOrigin } from '../../../src/platform/origin';
import { fuzzOptions, resultOrTypedError } from './fuzzKit';
import { catchError } from './helpers';
import { STORED_ORIGINS, hostSeen, lookalikes, partsOf, urlishString } from './originLookalikes';

/** The origin parsed from `input`, after checking it names exactly the host and port a URL parser sees there. */
function parsedOrigin(input: string): string | undefined {
  const outcome = resultOrTypedError(() => parsePlatformOrigin(input));
  if (outcome instanceof Error) {
    assert.ok(outcome instanceof OriginError, outcome.name);
    return undefined;
  }
  const url = new URL(outcome);
  assert.equal(url.origin, outcome, 'not an exact origin');
  const seen = hostSeen(input, url.protocol);
  assert.ok(seen, `accepted ${JSON.stringify(input)}, which a URL parser refuses`);
  assert.deepEqual(partsOf(outcome), seen, `${JSON.stringify(input)} → ${outcome}`);
  return outcome;
}

describe('platform/origin fuzzing', () => {
  for (const stored of STORED_ORIGINS) {
    it(`property: look-alikes of ${stored} are refused, or parsed to the host a URL parser really sees`, () => {
      const { host, port } = partsOf(stored);
      fc.assert(
        fc.property(lookalikes(stored), (input) => {
          const origin = parsedOrigin(input);
          const matches = sameOrigin(input, stored);
          assert.equal(matches, origin === stored);
          if (matches) assert.deepEqual(hostSeen(input, new URL(stored).protocol), { host, port });
        }),
        fuzzOptions(400),
      );
    });
  }

  it('property: arbitrary text, URL-ish text and web URLs are refused or parsed to the host a URL parser sees', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      urlishString,
      fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true, withIPv4Extended: true } }),
    );
    fc.assert(fc.property(input, (text) => void parsedOrigin(text)), fuzzOptions(2000));
  });

  // The classic tricks by name, so a regression says which one got through: refused, or the attacker's own origin.
  const tricks: [string, string, string | OriginError['problem']][] = [
    ['an attacker subdomain', 'https://app.example.com.evil.test', 'https://app.example.com.evil.test'],
    ['the stored host as a path', 'https://evil.test/app.example.com', 'https://evil.test'],
    ['the stored host as userinfo', 'https://app.example.com@evil.test', 'userinfo'],
    ['the stored host and port as userinfo', 'https://app.example.com:443@evil.test', 'userinfo'],
    ['a loopback address as userinfo', 'http://127.0.0.1@evil.test:8080', 'userinfo'],
    ['a backslash before the stored host', 'https://evil.test\\@app.example.com', 'https://evil.test'],
    ['a fragment before the stored host', 'evil.test#@app.example.com', 'https://evil.test'],
    ['a query before the stored host', 'evil.test?@app.example.com', 'https://evil.test'],
    ['a scheme-relative address', '//evil.test/https://app.example.com', 'https://evil.test'],
    ['backslashes for slashes', 'https:\\\\evil.test\\app.example.com', 'host'],
    ['a percent-encoded at sign', 'https://app.example.com%40evil.test', 'invalid'],
    ['a percent-encoded slash', 'https://app.example.com%2fevil.test', 'invalid'],
    ['a percent-encoded dot', 'https://app.example.com%2eevil.test', 'https://app.example.com.evil.test'],
    ['a Cyrillic a', 'https://аpp.example.com', 'https://xn--pp-6kc.example.com'],
    ['an ideographic full stop', 'https://app.example.com。evil.test', 'https://app.example.com.evil.test'],
    ['a fullwidth host', 'https://ａｐｐ．ｅｖｉｌ．ｔｅｓｔ', 'https://app.evil.test'],
    ['a zero-width space', 'https://app.example.com\u200b.evil.test', 'https://app.example.com.evil.test'],
    ['a NUL byte', 'https://app.example.com\u0000.evil.test', 'invalid'],
    ['a tab inside', 'https://app.example.com\t.evil.test', 'invalid'],
    ['an integer IPv4 for loopback', 'http://2130706433:8080', 'host'],
    ['a mapped IPv6 for loopback', 'http://[::ffff:127.0.0.1]:8080', 'insecure'],
    ['a loopback-looking public name', 'http://127.0.0.1.nip.io:8080', 'insecure'],
    ['localhost as a subdomain', 'http://localhost.evil.test:8080', 'insecure'],
    ['two ports', 'https://app.example.com:8443:443', 'invalid'],
  ];
  for (const [what, input, expected] of tricks) {
    it(`${what}: ${JSON.stringify(input)} → ${expected}`, () => {
      const origin = parsedOrigin(input);
      if (expected.includes('://')) assert.equal(origin, expected);
      else assert.equal((catchError(() => parsePlatformOrigin(input)) as OriginError).problem, expected);
      for (const stored of STORED_ORIGINS) assert.equal(sameOrigin(input, stored), false);
    });
  }
});
