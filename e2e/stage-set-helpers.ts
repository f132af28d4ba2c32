import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, type JournalEntry, type TestPortal } from './fixtures';
import { portalOrder } from './portal-control';

/** Commands that change the portal: none may run before the admin presses Apply. */
export const WRITES = [
  'crm.status.add',
  'crm.status.update',
  'crm.status.delete',
  'crm.item.update',
  'crm.category.add',
  'crm.category.update',
  'crm.category.delete',
];

export const writesIn = (journal: readonly JournalEntry[]) =>
  journal.filter((e) => WRITES.includes(e.method));

export const openPipeline = async (app: FrameLocator, name: string) => {
  await app
    .getByRole('navigation', { name: 'Directories' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(app.getByRole('banner')).toContainText(name);
};

export const dialogOf = (app: FrameLocator) => app.getByRole('dialog', { name: 'Apply stage set' });

export async function openApplyDialog(app: FrameLocator) {
  await app.getByRole('button', { name: 'Apply stage set' }).click();
  const dialog = dialogOf(app);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Name, colour (lower case) and group of every stage, in the portal's order. */
export async function stagesOf(portal: TestPortal, entityId: string) {
  return portalOrder(await portal.statuses(entityId)).map((r) => [
    r.NAME,
    String(r.COLOR ?? '').toLowerCase(),
    r.SEMANTICS === 'S' ? 'success' : r.SEMANTICS === 'F' ? 'failure' : 'process',
  ]);
}

/** Downloads the open board's stage set through the page's real download. */
export async function exportStages(page: Page, app: FrameLocator) {
  const download = page.waitForEvent('download');
  await app.getByRole('button', { name: 'Export stages', exact: true }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), path };
}

/** The batch requests that carried `method`, by their seq. */
export const batchesOf = (journal: readonly JournalEntry[], method: string) =>
  new Set(journal.filter((e) => e.method === method).map((e) => e.parent));

/** Presses Tab until `target` has the focus (the keyboard's way to a control). */
export async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** `New pipeline` under Deals, named through `Pipeline name`, then Create; returns its dialog. */
export async function newDealPipeline(app: FrameLocator, name: string) {
  await app
    .getByRole('group', { name: 'Pipelines: Deals' })
    .getByRole('button', { name: 'New pipeline' })
    .click();
  const dialog = app.getByRole('dialog', { name: 'New pipeline' });
  await dialog.getByRole('textbox', { name: 'Pipeline name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  return dialog;
}
