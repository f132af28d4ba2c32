import { describe, expect, it } from 'vitest';
import { APP_CSP } from '../vite.config.ts';
import { HOST_CSP, localPolicy, LOOPBACK_SOURCES, withLoopback } from './local-csp';

const loopback = LOOPBACK_SOURCES.join(' ');
/** How Vite writes the build's policy into a page. */
const page = (policy: string) =>
  `<head><meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">` +
  '<script type="module" src="./assets/main.js"></script></head>';

describe('the local app host policy', () => {
  it("moves the build's meta policy into the header, adding loopback only", () => {
    const served = localPolicy(page(APP_CSP));
    expect(served.html).toBe('<head><script type="module" src="./assets/main.js"></script></head>');
    const header = served.policy.split('; ');
    const shipped = APP_CSP.split('; ');
    // Every directive of the build is kept word for word, except connect-src, which gains loopback.
    expect(
      header.filter((d) => !d.startsWith('connect-src') && !d.startsWith('frame-ancestors')),
    ).toEqual(shipped.filter((d) => !d.startsWith('connect-src')));
    expect(header).toContain(`${shipped.find((d) => d.startsWith('connect-src'))} ${loopback}`);
    expect(header).toContain(`frame-ancestors https: ${loopback}`);
  });

  it.each([
    [
      "connect-src 'self' https:",
      `connect-src 'self' https: ${loopback}; frame-ancestors https: ${loopback}`,
    ],
    [
      "default-src 'self'",
      `default-src 'self'; connect-src 'self' ${loopback}; frame-ancestors https: ${loopback}`,
    ],
    ["connect-src 'none'", `connect-src ${loopback}; frame-ancestors https: ${loopback}`],
    [
      `connect-src ${loopback}; frame-ancestors 'self'`,
      `connect-src ${loopback}; frame-ancestors 'self' ${loopback}`,
    ],
  ])('%s', (policy, widened) => {
    expect(withLoopback(policy)).toBe(widened);
  });

  it("a page without a policy gets the host's strict one", () => {
    const html = '<script src="./a.js"></script>';
    expect(localPolicy(html)).toEqual({ html, policy: withLoopback(HOST_CSP) });
  });
});
