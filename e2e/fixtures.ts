import { test as base, expect, type APIRequestContext, type FrameLocator } from '@playwright/test';
import { PortalControl, type FetchLike } from './portal-control';

export type {
  CrmItem,
  JournalEntry,
  PlacementBinding,
  PortalState,
  StatusRow,
} from './portal-control';
/** The portal a test owns: the shared control client under the name the specs know. */
export { PortalControl as TestPortal } from './portal-control';

/** Playwright's request context as the control client's fetch (it resolves paths on baseURL). */
function playwrightFetch(request: APIRequestContext): FetchLike {
  return async (url, init) => {
    const response = await request.fetch(url, {
      method: init.method,
      headers: init.headers,
      ...(init.body === undefined ? {} : { data: init.body }),
    });
    return { ok: response.ok(), status: response.status(), text: () => response.text() };
  };
}

interface Fixtures {
  appUrl: string;
  portal: PortalControl;
  /** Opens the portal page and returns the app's frame. */
  openApp: () => Promise<FrameLocator>;
}

export const test = base.extend<Fixtures>({
  appUrl: ['', { option: true }],
  portal: async ({ request, appUrl }, use, testInfo) => {
    const id = `t${testInfo.workerIndex}-${testInfo.testId.slice(0, 12)}-${testInfo.retry}`;
    // The emulator's default rate limit is the real one; tests keep it unless they study it.
    await use(
      await PortalControl.create({ fetch: playwrightFetch(request), baseUrl: '' }, id, appUrl),
    );
  },
  openApp: async ({ page, portal }, use) => {
    await use(async () => {
      await page.goto(portal.pageUrl);
      return page.frameLocator('#app-frame');
    });
  },
});

export { expect };
