// What every figure needs: fresh portals on the running emulator, a cold browser context per
// page load, and the in-page probe's readings.
import type { Browser, Frame, Page } from '@playwright/test';
import type { RunningPortal } from '../../emulator/server';
import { APP_BASE_PATH } from '../../emulator/static-app';
import { PortalControl, type ControlConnection, type JournalEntry } from '../portal-control';
import { installProbe, type BenchProbe } from './probe';
import { sleep } from './stats';

export const BIG = { entityId: 'DEAL_STAGE_3', name: 'Enterprise onboarding (120 stages)' };

export class Bench {
  private portalCount = 0;
  private readonly connection: ControlConnection;

  constructor(
    readonly portal: RunningPortal,
    readonly browser: Browser,
  ) {
    this.connection = { fetch, baseUrl: portal.url.replace(/\/$/, '') };
  }

  async newPortal(settings: Record<string, unknown> = {}): Promise<PortalControl> {
    const portal = await PortalControl.create(this.connection, `bench${++this.portalCount}`);
    if (Object.keys(settings).length > 0) await portal.settings(settings);
    return portal;
  }

  /** Opens the portal page with a cold cache and returns the page and the app's frame. */
  async open(
    portal: PortalControl,
  ): Promise<{ page: Page; frame: Frame; close: () => Promise<void> }> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps named functions in `__name(...)`; give the page that helper.
    await page.addInitScript({
      content: `var __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(APP_BASE_PATH)});`,
    });
    await page.goto(new URL(portal.pageUrl, this.portal.url).href);
    let frame: Frame | undefined;
    for (let i = 0; i < 200 && !frame; i++) {
      frame = page.frames().find((f) => f.url().includes(APP_BASE_PATH));
      if (!frame) await sleep(25);
    }
    if (!frame) throw new Error('the app frame never appeared');
    return { page, frame, close: () => context.close() };
  }
}

type ProbeReading = Pick<
  BenchProbe,
  'timeOrigin' | 'boardVisible' | 'interactive' | 'resourcesAtBoard'
>;

const probe = (frame: Frame) =>
  frame.evaluate(() => {
    const p = window.__bench;
    return p
      ? {
          timeOrigin: p.timeOrigin,
          boardVisible: p.boardVisible,
          interactive: p.interactive,
          resourcesAtBoard: p.resourcesAtBoard,
        }
      : null;
  });

export async function waitProbe(
  frame: Frame,
  done: (p: Partial<BenchProbe>) => boolean,
): Promise<ProbeReading> {
  for (let i = 0; i < 600; i++) {
    const p = await probe(frame);
    if (p && done(p)) return p;
    await sleep(25);
  }
  throw new Error('the board did not become interactive within 15 s');
}

/**
 * What follows a board has arrived: the change journal's opening request and, on a pipeline, its
 * analytics. Requests counted after this are the admin's own.
 */
export async function backgroundSettled(frame: Frame) {
  await frame.locator('#change-journal-toggle[aria-busy="false"]').waitFor({ timeout: 15_000 });
  const analytics = frame.locator('[data-analytics-controls]');
  const shown = await analytics.waitFor({ timeout: 2_000 }).then(
    () => true,
    () => false,
  );
  if (shown) {
    await frame
      .locator('[data-analytics-controls][aria-busy="false"]')
      .waitFor({ timeout: 30_000 });
  }
}

/** The first `Move stage` handle took focus and the main thread was free again. */
export const interactive = (frame: Frame) => waitProbe(frame, (x) => (x.interactive ?? -1) > 0);

/** Requests to /rest (batch rows excluded) that contain at least one command of `method`. */
export function requestsWith(journal: readonly JournalEntry[], method: string): number {
  const batches = new Set<number>();
  for (const e of journal) {
    if (e.method !== method) continue;
    batches.add(e.parent ?? e.seq);
  }
  return batches.size;
}

/** A CDP session on the app frame's renderer (a cross-site frame runs in its own process). */
export async function frameSession(page: Page, frame: Frame) {
  try {
    return await page.context().newCDPSession(frame);
  } catch {
    return page.context().newCDPSession(page);
  }
}

export async function openBig(frame: Frame) {
  await frame.getByRole('button', { name: BIG.name, exact: true }).click();
  await frame.getByRole('button', { name: 'Move stage Kick-off', exact: true }).waitFor();
}
