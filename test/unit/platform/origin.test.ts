import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { OriginError } from '../../../src/platform/errors';
import { MAX_ECHO_LENGTH, isLoopbackHost, parsePlatformOrigin, sameOrigin } from '../../../src/platform/origin';
import { catchError } from './helpers';

describe('platform/origin', () => {
  describe('parsePlatformOrigin accepts what users paste', () => {
    const accepted: [string, string][] = [
      ['app.example.com', 'https://app.example.com'],
      ['https://app.example.com', 'https://app.example.com'],
      ['https://app.example.com/', 'https://app.example.com'],
      ['  https://app.example.com/  ', 'https://app.example.com'],
      ['\thttps://app.example.com\n', 'https://app.example.com'],
      ['https://app.example.com/#/environments', 'https://app.example.com'],
      ['https://app.example.com/dashboard/?lang=en#env-1', 'https://app.example.com'],
      ['app.example.com/some/path?x=1', 'https://app.example.com'],
      ['HTTPS://APP.Example.COM', 'https://app.example.com'],
      ['https://app.example.com.', 'https://app.example.com'],
      ['https://app.example.com.:8443/', 'https://app.example.com:8443'],
      ['https://app.example.com:443', 'https://app.example.com'],
      ['https://app.example.com:8443', 'https://app.example.com:8443'],
      ['app.example.com:8443', 'https://app.example.com:8443'],
      ['https://app.j.layershift.co.uk', 'https://app.j.layershift.co.uk'],
      ['https://app.xapp.cloudmydc.com/', 'https://app.xapp.cloudmydc.com'],
      ['https://app.bücher.example', 'https://app.xn--bcher-kva.example'],
      ['https://APP.BÜCHER.EXAMPLE/', 'https://app.xn--bcher-kva.example'],
      ['https://203.0.113.10', 'https://203.0.113.10'],
      ['https://[2001:db8::1]:8443/', 'https://[2001:db8::1]:8443'],
      ['http://localhost:8080', 'http://localhost:8080'],
      ['http://LOCALHOST:8080/path', 'http://localhost:8080'],
      ['http://localhost', 'http://localhost'],
      ['http://127.0.0.1:1234', 'http://127.0.0.1:1234'],
      ['http://127.5.6.7:1234', 'http://127.5.6.7:1234'],
      ['http://[::1]:1234/', 'http://[::1]:1234'],
      ['http://127.0.0.1:80', 'http://127.0.0.1'],
      ['localhost:1234', 'http://localhost:1234'],
      ['127.0.0.1:1234', 'http://127.0.0.1:1234'],
      ['[::1]:1234', 'http://[::1]:1234'],
      ['https://localhost:1234', 'https://localhost:1234'],
    ];
    for (const [input, origin] of accepted) {
      it(`${JSON.stringify(input)} → ${origin}`, () => {
        assert.equal(parsePlatformOrigin(input), origin);
      });
    }

    it('is idempotent: an origin parses to itself', () => {
      for (const [, origin] of accepted) assert.equal(parsePlatformOrigin(origin), origin);
    });
  });

  describe('parsePlatformOrigin refuses', () => {
    const refused: [string, string, OriginError['problem']][] = [
      ['empty input', '', 'empty'],
      ['only whitespace', '   \n', 'empty'],
      ['user and password', 'https://user:pw@app.example.com', 'userinfo'],
      ['a user name', 'https://user@app.example.com/', 'userinfo'],
      ['an empty userinfo', 'https://@app.example.com', 'userinfo'],
      ['userinfo without scheme', 'user:secret@app.example.com', 'userinfo'],
      ['http to a public host', 'http://app.example.com', 'insecure'],
      ['http to a private address', 'http://10.0.0.5:8080', 'insecure'],
      ['http to an IPv6 host that is not ::1', 'http://[2001:db8::1]/', 'insecure'],
      ['ftp', 'ftp://app.example.com', 'scheme'],
      ['file', 'file:///etc/passwd', 'scheme'],
      ['ws', 'ws://localhost:8080', 'scheme'],
      ['javascript:', 'javascript:alert(1)', 'port'],
      ['a space in the host', 'https://app example.com', 'invalid'],
      ['an underscore', 'https://my_app.example.com', 'host'],
      ['an empty label', 'https://app..example.com', 'host'],
      ['a leading dot', 'https://.example.com', 'host'],
      ['two trailing dots', 'https://app.example.com..', 'host'],
      ['a single label', 'https://intranet', 'host'],
      ['a single label without scheme', 'dashboard', 'host'],
      ['a label starting with a hyphen', 'https://-app.example.com', 'host'],
      ['a label longer than 63', `https://${'a'.repeat(64)}.example.com`, 'host'],
      ['a numeric top-level label', 'https://app.example.123', 'invalid'],
      ['a top-level label with digits', 'https://app.example.c0m', 'host'],
      ['a one-letter top-level label', 'https://app.example.c', 'host'],
      ['an IPv4 shorthand', 'https://127.1', 'host'],
      ['an integer IPv4', 'https://2130706433', 'host'],
      ['a hex IPv4', 'https://0x7f.0.0.1', 'host'],
      ['an octet over 255', 'https://256.1.1.1', 'invalid'],
      ['port 0', 'https://app.example.com:0', 'port'],
      ['port 65536', 'https://app.example.com:65536', 'port'],
      ['a non-numeric port', 'https://app.example.com:abc', 'port'],
      ['a scheme without slashes', 'https:app.example.com', 'port'],
      ['a broken IPv6 literal', 'https://[::1', 'invalid'],
      ['over 2 KB', `https://app.example.com/${'x'.repeat(3000)}`, 'tooLong'],
    ];
    for (const [what, input, problem] of refused) {
      it(what, () => {
        assert.throws(
          () => parsePlatformOrigin(input),
          (e: unknown) => e instanceof OriginError && e.kind === 'origin' && e.problem === problem,
        );
      });
    }

    it('never echoes a pasted token or a long input in its message', () => {
      const secrets = [
        '0123456789abcdef0123456789abcdef01234567',
        'https://0123456789abcdef0123456789abcdef01234567',
        'http://0123456789abcdef0123456789abcdef01234567.example.com',
        'eyJhbGciOiJIUzI1NiJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0',
        'https://admin:S3cr3t-P4ssw0rd@app.example.com',
        'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345',
        '123e4567-e89b-12d3-a456-426614174000',
        'https://123e4567-e89b-12d3-a456-426614174000',
        'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl',
        `https://app.example.com/${'s'.repeat(3000)}`,
        'ftp://averyveryverylongschemelikethingthatkeepsgoing',
      ];
      for (const input of secrets) {
        const error = catchError(() => parsePlatformOrigin(input));
        assert.ok(error instanceof OriginError, input);
        for (const fragment of [input, input.slice(-20), 'S3cr3t', 'admin', '0123456789abcdef', '426614174000']) {
          assert.ok(!error.message.includes(fragment), `${error.message} contains ${fragment}`);
        }
      }
    });

    it('names a short plain host to help the user', () => {
      assert.match(catchError(() => parsePlatformOrigin('http://app.example.com')).message, /"app\.example\.com"/);
      assert.match(catchError(() => parsePlatformOrigin('https://my_app.example.com')).message, /my_app/);
    });

    it('property: any error message is short and never contains a long input', () => {
      const longInput = fc
        .string({ minLength: MAX_ECHO_LENGTH + 1, maxLength: 300 })
        .filter((s) => s.trim().length > MAX_ECHO_LENGTH);
      fc.assert(
        fc.property(longInput, (input) => {
          let message: string | undefined;
          try {
            parsePlatformOrigin(input);
          } catch (e) {
            assert.ok(e instanceof OriginError);
            message = e.message;
          }
          if (message !== undefined) {
            assert.ok(message.length < 120);
            assert.ok(!message.includes(input.trim()));
          }
        }),
        { numRuns: 500 },
      );
    });

    it('property: whatever it accepts is an exact https origin, or http on loopback', () => {
      fc.assert(
        fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (input) => {
          let origin: string;
          try {
            origin = parsePlatformOrigin(input);
          } catch (e) {
            assert.ok(e instanceof OriginError);
            return;
          }
          const url = new URL(origin);
          assert.equal(url.origin, origin);
          assert.ok(url.protocol === 'https:' || isLoopbackHost(url.hostname));
          assert.equal(parsePlatformOrigin(origin), origin);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('isLoopbackHost', () => {
    for (const host of ['localhost', 'LOCALHOST', 'localhost.', '127.0.0.1', '127.255.255.254', '::1', '[::1]']) {
      it(`${host} is loopback`, () => assert.equal(isLoopbackHost(host), true));
    }
    for (const host of ['example.com', 'localhost.example.com', '128.0.0.1', '127.0.0.256', '10.0.0.1', '::2', '']) {
      it(`${JSON.stringify(host)} is not`, () => assert.equal(isLoopbackHost(host), false));
    }
  });

  describe('sameOrigin', () => {
    it('compares after normalising', () => {
      assert.equal(sameOrigin('APP.example.com/', 'https://app.example.com:443/#x'), true);
      assert.equal(sameOrigin('https://app.example.com', 'https://app.example.com:8443'), false);
      assert.equal(sameOrigin('https://app.example.com', 'https://app.example.org'), false);
      assert.equal(sameOrigin('http://localhost:1', 'https://localhost:1'), false);
    });

    it('is false when either side is invalid', () => {
      assert.equal(sameOrigin('http://app.example.com', 'http://app.example.com'), false);
      assert.equal(sameOrigin('', ''), false);
    });
  });
});
