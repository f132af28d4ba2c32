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

test('ships its icon and favicon as its own files, shown under its policy', async ({
  page,
  appUrl,
}) => {
  for (const icon of ['icon.svg', 'favicon.svg']) {
    const svg = readFileSync(join(DIST, icon), 'utf8');
    expect(svg).toContain('#0075ff');
    // No URL but the SVG namespace: an icon that loads nothing from anywhere.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', ''), icon).not.toMatch(
      /https?:|\/\/|href|url\(/,
    );
  }
  for (const html of ['index.html', 'install.html']) {
    expect(readFileSync(join(DIST, html), 'utf8')).toContain(
      '<link rel="icon" type="image/svg+xml" href="./favicon.svg" />',
    );
  }
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.blockedURI));
  });
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Stage editor for Bitrix24' })).toBeVisible();
  const sizes = await page.evaluate(() =>
    Promise.all(
      ['./favicon.svg', './icon.svg'].map(
        (src) =>
          new Promise<number>((resolve, reject) => {
            const image = new Image();
            image.onload = () => resolve(image.naturalWidth);
            image.onerror = () => reject(new Error(`${src} did not load`));
            image.src = src;
          }),
      ),
    ),
  );
  expect(sizes.every((width) => width > 0)).toBe(true);
  expect(
    await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations),
  ).toEqual([]);
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

test.describe('connections', () => {
  test('go only to the portal that opened the app: any other origin is blocked by its policy', async ({
    openApp,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const frame = page.frames().find((f) => f.name().includes('|'));
    if (!frame) throw new Error('app frame not found');
    const portalOrigin = new URL(page.url()).origin;
    const appUrl = new URL(frame.url());
    // The policy the app added once it had checked its frame name: the one portal, nothing else.
    expect(
      await frame.evaluate(() =>
        [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) =>
          m.getAttribute('content'),
        ),
      ),
    ).toContain(`connect-src ${portalOrigin}`);

    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __blocked: string[] }).__blocked = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    // `no-cors`: a request the policy lets through resolves (opaque) whether or not it has CORS.
    const attempt = (url: string) =>
      frame.evaluate(
        (target) =>
          fetch(target, { mode: 'no-cors' }).then(
            () => 'answered',
            (error: unknown) => (error instanceof TypeError ? 'blocked' : String(error)),
          ),
        url,
      );
    const blocked = () => frame.evaluate(() => (window as { __blocked?: string[] }).__blocked);

    expect(await attempt(`${portalOrigin}/rest/`)).toBe('answered');
    // Each of these passes the page's own policy ('self', loopback from the local host, https:),
    // so only the portal-only policy can block them.
    const elsewhere = [
      `${appUrl.origin}${appUrl.pathname}`,
      `http://127.0.0.1:${appUrl.port}${appUrl.pathname}`,
      'https://portal.example/rest/server.time',
    ];
    for (const url of elsewhere) {
      expect(await attempt(url), url).toBe('blocked');
      const origin = new URL(url).origin;
      await expect
        .poll(async () => (await blocked())?.some((v) => v.startsWith(`connect-src ${origin}`)))
        .toBe(true);
    }
    expect(await blocked()).toHaveLength(elsewhere.length);
  });

  test('a frame name whose portal address is not a host name: refused, the SDK never starts', async ({
    openApp,
    page,
    portal,
  }) => {
    await boardReady(await openApp());
    // The SDK would post to, and call REST under, `http://<DOMAIN>`: with a path in DOMAIN the
    // messages still reach this page, so a frame that started the SDK would be heard here.
    await page.evaluate((appUrl) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      const frame = document.createElement('iframe');
      frame.id = 'odd-frame';
      frame.name = `${location.host}/x|0|odd`;
      frame.src = appUrl;
      window.addEventListener('message', (e) => {
        if (e.source === frame.contentWindow) heard.push(String(e.data));
      });
      document.body.append(frame);
    }, portal.appUrl);
    const odd = page.frameLocator('#odd-frame');
    await expect(odd.getByRole('alert')).toHaveText(
      'The app did not connect: the portal address it was opened with is not a valid host name. Open the stage editor from your Bitrix24 portal.',
    );
    // Idle in that frame's own requests: the board beside it may keep the page busy (analytics).
    const oddFrame = page.frames().find((f) => f.name().endsWith('/x|0|odd'));
    await oddFrame?.waitForLoadState('networkidle');
    expect(oddFrame).toBeDefined();
    expect(await page.evaluate(() => (window as { __heard?: string[] }).__heard)).toEqual([]);
  });
});
