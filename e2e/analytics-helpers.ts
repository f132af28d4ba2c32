import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { analyticsLoaded, boardReady } from './board-helpers';
import { expect, type TestPortal } from './fixtures';
import type { StoredRow } from './analytics-oracle';

// The analytics specs' common ground (issue 14): the reference date the seeded history ends at,
// the controls, and reading what the app asked and what the portal stores.

/** The emulator's HISTORY_REFERENCE_NOW: its seeded year of history ends here. */
export const NOW = Date.parse('2026-11-01T12:00:00Z');
export const DAY = 86_400_000;

/** The portal's clock and the browser's both at the reference date (emulator/README.md). */
export async function atReferenceDate(page: Page, portal: TestPortal) {
  await portal.settings({ now: new Date(NOW).toISOString() });
  await page.clock.setFixedTime(NOW);
}

export const controls = (app: FrameLocator) => app.getByRole('region', { name: 'Stage analytics' });

export async function showPeriod(app: FrameLocator, days: number) {
  await controls(app)
    .getByRole('combobox', { name: 'Period', exact: true })
    .selectOption(`${days} days`);
  await analyticsLoaded(app, days);
}

export async function openDirectory(app: FrameLocator, name: string) {
  await app.getByRole('navigation', { name: 'Directories' }).getByRole('button', { name }).click();
  await expect(app.getByRole('banner')).toContainText(name);
  await boardReady(app);
}

export async function storedHistory(
  portal: TestPortal,
  request: { get(url: string): Promise<{ json(): Promise<unknown> }> },
) {
  const answer = await request.get(`/__emulator/${portal.id}/history?entityTypeId=2`);
  return (await answer.json()) as StoredRow[];
}

/**
 * The period start the app asked the portal for, for this pipeline: one of its history requests
 * must carry it (figures are cached per pipeline and period, so it may be an earlier one).
 */
export async function askedSince(
  portal: TestPortal,
  categoryId: number,
  days: number,
): Promise<number> {
  const since = NOW - days * DAY;
  const asked = (await portal.calls('crm.stagehistory.list'))
    .map((call) => call.params['filter'] as Record<string, string> | undefined)
    .filter((f) => f?.['CATEGORY_ID'] === String(categoryId) && f['TYPE_ID'] === undefined)
    .map((f) => Date.parse(f?.['>=CREATED_TIME'] ?? ''));
  expect(asked).toContain(since);
  return since;
}

export async function seriousViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include('#app-frame').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')}) in ${selector}`,
    );
}

/** Index of a term in the details' list (terms and definitions come in pairs). */
export async function termIndex(details: ReturnType<FrameLocator['getByRole']>, word: string) {
  const terms = await details.getByRole('term').allTextContents();
  const index = terms.findIndex((t) => t.trim() === word);
  if (index < 0) throw new Error(`no term ${word} in ${terms.join(', ')}`);
  return index;
}
