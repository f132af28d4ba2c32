import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portalOrigin } from './frame-origin';

describe('portalOrigin', () => {
  it.each([
    ['acme.bitrix24.com|1|9c33', 'https://acme.bitrix24.com'],
    ['127.0.0.1:3100|0|abc', 'http://127.0.0.1:3100'],
    ['Portal-1.example.de:8443|1|s', 'https://Portal-1.example.de:8443'],
    // The SDK drops a default port, so the origin it talks to has none.
    ['acme.bitrix24.com:443|1|s', 'https://acme.bitrix24.com'],
    ['intranet:80|0|s', 'http://intranet'],
    ['xn--80ak6aa92e.com|1|s|more', 'https://xn--80ak6aa92e.com'],
  ])('trusts %s as %s', (name, origin) => {
    expect(portalOrigin(name)).toBe(origin);
  });

  it.each([
    ['127.0.0.1:3100@evil.example|0|s', 'user info hides another host'],
    ['evil.example/x?|1|s', 'a path'],
    ['evil.example#|1|s', 'a fragment'],
    ['acme.bitrix24.com https://evil.example|1|s', 'a space (a second CSP source)'],
    ["acme.bitrix24.com;script-src 'unsafe-inline'|1|s", 'a CSP directive'],
    ['[::1]:3100|0|s', 'an IPv6 literal'],
    ['-acme.example|1|s', 'a label starting with a hyphen'],
    ['acme..example|1|s', 'an empty label'],
    ['acme.example:0|1|s', 'port 0'],
    ['acme.example:65536|1|s', 'a port out of range'],
    ['acme.example:|1|s', 'an empty port'],
    ['acme.example|2|s', 'an unknown protocol'],
    ['acme.example|https|s', 'a protocol by name'],
    ['acme.example|1|', 'no APP_SID'],
    ['acme.example|1', 'no APP_SID at all'],
    ['|1|s', 'no DOMAIN'],
    ['portal.exämple.com|1|s', 'a non-ASCII letter (portals send punycode)'],
  ])('refuses %s (%s)', (name) => {
    expect(portalOrigin(name)).toBeNull();
  });

  it('never yields more than scheme://host[:port]: no user, path, space or CSP syntax', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."ab1.-:@/?#; |'xé[]") }),
        fc.constantFrom('0', '1'),
        (domain, protocol) => {
          const origin = portalOrigin(`${domain}|${protocol}|sid`);
          if (origin !== null) expect(origin).toMatch(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
