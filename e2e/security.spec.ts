import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CSP } from '../vite.config';
import { boardReady, group, rename } from './board-helpers';
import { expect, test } from './fixtures';

const DIST = 'dist';

function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test.describe('the production build', () => {
  test('carries a Content-Security-Policy: no inline script, no eval, no loopback', () => {
    const html = distFiles().filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text);
      const policy = meta?.[1]?.replaceAll('&#39;', "'");
      expect(policy, file).toBe(APP_CSP);
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      // Connections only over HTTPS: the local portal's host adds its loopback sources itself.
      expect(policy).toMatch(/connect-src 'self' https:(;|$)/);
      expect(policy).not.toMatch(/http:|127\.0\.0\.1|localhost|\*/);
      // Every script is a file of the app's own.
      for (const script of text.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        expect(script, file).toMatch(/<script[^>]*src="\.\/assets\/[^"]+\.js"[^>]*><\/script>/);
      }
    }
  });

  test('contains no emulator or test-control code, and no source maps', () => {
    const files = distFiles();
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => /\.(js|html|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const marker of ['__emulator', '__portal', 'secret-', 'expire-token', 'B24Hook']) {
        expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
      }
    }
  });
});

test('runs under its policy without a single violation, talking only to the portal', async ({
  openApp,
  page,
  portal,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  const app = await openApp();
  await boardReady(app);
  await app.getByRole('button', { name: 'Change colour of stage New' }).click();
  await app.getByRole('button', { name: '#ffa801', exact: true }).click();
  await expect
    .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '101')?.COLOR)
    .toBe('#ffa801');
  const frame = page.frames().find((f) => f.name().includes('|'));
  expect(
    await frame?.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
  ).toEqual([]);
  const portalHost = new URL(page.url()).host;
  const appHost = new URL(frame?.url() ?? '').host;
  expect([...hosts].sort()).toEqual([appHost, portalHost].sort());
});

test('access tokens never reach the console, a URL or the screen', async ({
  openApp,
  page,
  portal,
}) => {
  const tokens = new Set<string>();
  page.on('response', async (response) => {
    if (!/\/__portal\/[^/]+\/(session|refresh)/.test(response.url())) return;
    const body = (await response.json()) as Record<string, unknown>;
    for (const key of ['AUTH_ID', 'REFRESH_ID']) {
      if (typeof body[key] === 'string') tokens.add(body[key]);
    }
  });
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  page.on('pageerror', (error) => logged.push(String(error)));
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));

  const app = await openApp();
  await boardReady(app);
  // Renew the token, then make the portal refuse with errors that carry descriptions.
  await portal.expireToken();
  await portal.fault({
    type: 'error',
    method: 'batch',
    status: 403,
    error: 'insufficient_scope',
    error_description: 'The request requires higher privileges',
  });
  await rename(app, 'New', 'Fresh');
  await expect(app.getByRole('region', { name: 'Unsaved changes' })).toBeVisible();
  await expect(group(app, 'In progress')).toBeVisible();

  expect(tokens.size).toBeGreaterThanOrEqual(2);
  const screen = await page
    .frames()
    .find((f) => f.name().includes('|'))
    ?.content();
  for (const token of tokens) {
    expect(logged.filter((line) => line.includes(token))).toEqual([]);
    expect(urls.filter((url) => url.includes(token))).toEqual([]);
    expect(screen?.includes(token)).toBe(false);
  }
});
