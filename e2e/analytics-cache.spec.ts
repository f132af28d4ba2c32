import { analyticsLoaded, boardReady } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';
import {
  atReferenceDate,
  controls,
  DAY,
  NOW,
  openDirectory,
  showPeriod,
} from './analytics-helpers';

// Stage analytics are cached per directory and period for the session, and read again only on
// Refresh (issue 14, docs/analytics.md §2): asserted on the portal's call journal.

const history = (portal: TestPortal) => portal.calls('crm.stagehistory.list');

/** The history calls sent so far, once the screen has had time to send any it was going to. */
async function settledHistory(
  portal: TestPortal,
  page: { waitForTimeout(ms: number): Promise<void> },
) {
  await page.waitForTimeout(500);
  return (await history(portal)).length;
}

test('going back to a period or a directory reads no history again; Refresh reads it again', async ({
  page,
  portal,
  openApp,
}) => {
  await atReferenceDate(page, portal);
  const app = await openApp();
  await boardReady(app);
  await analyticsLoaded(app, 30);
  const first = await settledHistory(portal, page);
  expect(first).toBeGreaterThan(0);

  // 30 → 90 reads the 90 days; back to 30 reads nothing.
  await showPeriod(app, 90);
  const with90 = await settledHistory(portal, page);
  expect(with90).toBeGreaterThan(first);
  await showPeriod(app, 30);
  expect(await settledHistory(portal, page)).toBe(with90);

  // Another pipeline reads its own; back to the first, both its periods come from the cache.
  await openDirectory(app, 'Newest Deal Stages');
  await analyticsLoaded(app, 30);
  const withOther = await settledHistory(portal, page);
  expect(withOther).toBeGreaterThan(with90);
  await openDirectory(app, 'General Deal Stages');
  await analyticsLoaded(app, 30);
  await showPeriod(app, 90);
  expect(await settledHistory(portal, page)).toBe(withOther);

  // Refresh after a finished load reads this pipeline's 90 days again, and only those.
  await controls(app).getByRole('button', { name: 'Refresh analytics' }).click();
  await expect.poll(async () => (await history(portal)).length).toBeGreaterThan(withOther);
  await analyticsLoaded(app, 90);
  const again = (await history(portal)).slice(withOther);
  expect(again.length).toBeGreaterThanOrEqual(with90 - first);
  for (const call of again) {
    const filter = call.params['filter'] as Record<string, string>;
    // The pipeline's own rows, or those of items that left it for another (TYPE_ID 5).
    expect(filter['CATEGORY_ID'] ?? filter['!=CATEGORY_ID']).toBe('0');
    expect(Date.parse(filter['>=CREATED_TIME'] ?? '')).toBe(NOW - 90 * DAY);
  }
});
