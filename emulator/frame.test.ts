// The parent page against the REAL SDK in Chromium: window.name handshake, getInitData, setTitle,
// resizeWindow, 401 → refreshAuth → retry, setAppOption, install finish, the toolbar. The app is a
// tiny page using the SDK's UMD build, served by the static host (so its CSP applies too).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { Harness } from './test-utils';

const APP_JS = `(async () => {
  const b24 = await B24Js.initializeB24Frame({ restrictionParams: { maxRetries: 1 } });
  if (b24.isInstallMode) { window.__install = true; await b24.installFinish(); return; }
  await b24.parent.setTitle('Stage editor');
  await b24.parent.resizeWindow(800, 432);
  const first = await b24.actions.v2.call.make({ method: 'crm.status.list', params: { filter: { ENTITY_ID: 'DEAL_STAGE' } } });
  await fetch(b24.getTargetOrigin() + '/__emulator/' + new URLSearchParams(location.search).get('T') + '/expire-token', { method: 'POST' });
  const second = await b24.actions.v2.call.make({ method: 'server.time' });
  await b24.options.appSet('theme', 'dark');
  window.__done = { count: first.getData().result.length, ok: second.isSuccess, admin: b24.auth.isAdmin, lang: b24.getLang() };
})().catch((e) => { window.__done = { error: String(e) }; });`;

describe('parent page with the real SDK (Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frame-app-'));
    const sdkDir = dirname(createRequire(import.meta.url).resolve('@bitrix24/b24jssdk'));
    copyFileSync(join(sdkDir, '..', 'umd', 'index.min.js'), join(dir, 'sdk.js'));
    writeFileSync(join(dir, 'app.js'), APP_JS);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><body><script src="./sdk.js"></script><script src="./app.js"></script></body>',
    );
    h = await Harness.start({ appDir: dir });
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 20_000);
  afterAll(async () => {
    await browser?.close();
    await h?.portal.close();
  });

  async function open(id: string): Promise<{ page: Page; app: () => Frame }> {
    const page = await browser.newPage();
    const appUrl = `${h.portal.appUrl}index.html?T=${id}`;
    await page.goto(`${h.base}/?portal=${id}&app=${encodeURIComponent(appUrl)}`);
    const app = () => {
      const frame = page.frames().find((f) => f.url().startsWith(h.portal.appUrl));
      if (!frame) throw new Error('app frame not loaded');
      return frame;
    };
    await expect.poll(() => page.frames().length, { timeout: 5000 }).toBeGreaterThan(1);
    return { page, app };
  }

  it('runs the SDK handshake, REST with token refresh, options and the toolbar', async () => {
    const t = await h.tenant({ rateLimit: null, placement: 'CRM_FUNNELS_TOOLBAR' });
    const { page, app } = await open(t.id);
    await expect
      .poll(() => app().evaluate(() => (window as { __done?: unknown }).__done), {
        timeout: 10_000,
      })
      .toEqual({ count: 8, ok: true, admin: true, lang: 'en' });
    expect(await page.textContent('#pagetitle')).toBe('Stage editor');
    expect(await page.$eval('#app-frame', (f) => (f as HTMLIFrameElement).style.height)).toBe(
      '432px',
    );
    const log = await page.evaluate(
      () => (window as { __frameLog?: { command: string }[] }).__frameLog ?? [],
    );
    expect(log.map((e) => e.command)).toEqual([
      'getInitData',
      'setTitle',
      'resizeWindow',
      'refreshAuth',
      'setAppOption',
    ]);
    expect((await t.control('state')).body['appOptions']).toEqual({ theme: 'dark' });
    expect((await t.journal()).map((e) => e['status'])).toEqual([200, 401, 200]);
    await page.selectOption('#opt-lang', 'de');
    await expect
      .poll(
        () =>
          app()
            .evaluate(() => (window as { __done?: { lang?: string } }).__done?.lang)
            .catch(() => null),
        { timeout: 10_000 },
      )
      .toBe('de');
    await page.close();
  }, 30_000);

  it('install mode: installFinish marks the app installed and reloads without INSTALL', async () => {
    const t = await h.tenant({ rateLimit: null, install: true });
    const { page, app } = await open(t.id);
    await expect
      .poll(
        () =>
          app()
            .evaluate(() => (window as { __done?: unknown }).__done)
            .catch(() => null),
        { timeout: 10_000 },
      )
      .toMatchObject({ count: 8 });
    const state = (await t.control('state')).body;
    expect(state['installed']).toBe(true);
    const log = await page.evaluate(
      () => (window as { __frameLog?: { command: string }[] }).__frameLog ?? [],
    );
    expect(log.map((e) => e.command)).toContain('setInstallFinish');
    await page.close();
  }, 30_000);
});
