// Issue 12: undo, redo, opening the change journal, filtering it and reverting an entry with the
// keyboard alone. Focus starts where a keyboard user's does (the portal page) and moves only by
// Tab, Shift+Tab, arrows, typing, Enter and Escape; nothing is clicked or focused by the test.
import type { Locator, Page } from '@playwright/test';
import { pickUp } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';
import {
  announcement,
  entriesList,
  journalRegion,
  readyApp,
  redoButton,
  sentRequests,
  storedEntries,
  undoButton,
} from './journal-helpers';

const nameOf = async (portal: TestPortal, id: string) =>
  (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === id)?.NAME;

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max && !(await isFocused(target)); i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('by keyboard alone: undo, redo, open the journal, filter and revert', async ({
  openApp,
  portal,
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const app = await readyApp(openApp);
  // The known start: the portal page has the focus; Tab leads into the app's first control.
  await expect(page.locator('#app-frame')).not.toBeFocused();
  await tabTo(page, app.getByRole('link', { name: 'Skip to board' }), { max: 30 });
  await page.keyboard.press('Enter');
  const renameButton = app.getByRole('button', { name: 'Rename stage Final Invoice' });
  await tabTo(page, renameButton);
  await page.keyboard.press('Enter');
  await expect(app.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Closing invoice');
  // Inside the name field Ctrl+Z belongs to the field, not to the board.
  await page.keyboard.press('Control+z');
  expect(await nameOf(portal, '109')).toBe('Final Invoice');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Closing invoice');
  await page.keyboard.press('Enter');
  await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
  await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);

  // The shortcuts, wherever the focus is outside a text field: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y,
  // and Cmd+Z (macOS's), which the app honours on every platform.
  await page.keyboard.press('Control+z');
  await expect(announcement(app)).toHaveText('Undone: the rename of “Closing invoice”.');
  await expect.poll(() => nameOf(portal, '109')).toBe('Final Invoice');
  await page.keyboard.press('Control+Shift+z');
  await expect(announcement(app)).toHaveText('Redone: the rename of “Closing invoice”.');
  await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
  await portal.clearJournal();
  await page.keyboard.press('Meta+z');
  await expect(announcement(app)).toHaveText('Undone: the rename of “Closing invoice”.');
  await expect.poll(() => nameOf(portal, '109')).toBe('Final Invoice');
  await expect(app.getByRole('article', { name: 'Final Invoice', exact: true })).toBeVisible();
  // One press, one undo: one guarded write and its entry.
  await expect
    .poll(() => sentRequests(portal))
    .toEqual([['crm.status.list', 'crm.status.update', 'crm.status.list'], ['entity.item.add']]);
  await page.keyboard.press('Control+y');
  await expect(announcement(app)).toHaveText('Redone: the rename of “Closing invoice”.');
  await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');

  // The Undo and Redo buttons themselves: back from the board to them, Enter on each.
  await tabTo(page, undoButton(app), { back: true });
  await expect(undoButton(app)).toHaveAccessibleName('Undo rename of Closing invoice');
  await page.keyboard.press('Enter');
  await expect.poll(() => nameOf(portal, '109')).toBe('Final Invoice');
  await expect(redoButton(app)).toBeEnabled();
  await tabTo(page, redoButton(app), { max: 5 });
  await page.keyboard.press('Enter');
  await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
  await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(7);

  // Open the journal: on to its button, Enter; the panel's heading takes the focus.
  const toggle = app.getByRole('button', { name: 'Change journal' });
  await tabTo(page, toggle, { max: 5 });
  await page.keyboard.press('Enter');
  await expect(journalRegion(app).getByRole('heading', { name: 'Change journal' })).toBeFocused();
  await expect(entriesList(app).getByRole('listitem')).toHaveCount(7);

  // Filter by directory (type-ahead in the select), then by kind (arrows).
  const directory = journalRegion(app).getByLabel('Directory', { exact: true });
  await tabTo(page, directory, { max: 3 });
  await portal.clearJournal();
  await page.keyboard.type('General Deal');
  await expect(directory).toHaveValue('DEAL_STAGE');
  await expect(entriesList(app).getByRole('listitem')).toHaveCount(7);
  const kind = journalRegion(app).getByLabel('Kind', { exact: true });
  await tabTo(page, kind, { max: 3 });
  await page.keyboard.press('ArrowDown'); // Move
  await page.keyboard.press('ArrowDown'); // Rename
  await expect(kind).toHaveValue('rename');
  await expect(entriesList(app).getByRole('listitem')).toHaveText([
    /renamed “Final Invoice” to “Closing invoice” in General Deal Stages/,
  ]);
  // Each choice is the portal's filter: one request each, the last with both.
  await expect
    .poll(async () => (await portal.calls('entity.item.get')).map((c) => c.params['FILTER']))
    .toEqual([
      { PREVIEW_TEXT: 'DEAL_STAGE' },
      { PREVIEW_TEXT: 'DEAL_STAGE', CODE: 'move' },
      { PREVIEW_TEXT: 'DEAL_STAGE', CODE: 'rename' },
    ]);

  // On to the entry's Revert (past Refresh and Export), Enter; Escape closes the panel.
  const revert = entriesList(app).getByRole('button', { name: /^Revert/ });
  await tabTo(page, revert, { max: 6 });
  await page.keyboard.press('Enter');
  await expect(announcement(app)).toHaveText('Reverted: the rename of “Closing invoice”.');
  await expect.poll(() => nameOf(portal, '109')).toBe('Final Invoice');
  await page.keyboard.press('Escape');
  await expect(journalRegion(app)).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('focus stays put through an undo and a redo: on the button pressed, or where Ctrl+Z was', async ({
  openApp,
  portal,
  page,
}) => {
  const app = await readyApp(openApp);
  const order = async () => (await portal.order('DEAL_STAGE')).slice(0, 5);
  const moved = [
    'New',
    'Document Preparation',
    'In Progress',
    'Prepayment Invoice',
    'Final Invoice',
  ];
  const before = [
    'New',
    'Document Preparation',
    'Prepayment Invoice',
    'In Progress',
    'Final Invoice',
  ];
  const stage = await pickUp(app, 'Prepayment Invoice');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect.poll(order).toEqual(moved);

  // Ctrl+Z on the handle: the card moves back under the focus, which stays on it.
  await expect(stage).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(announcement(app)).toHaveText(/^Undone: /);
  await expect.poll(order).toEqual(before);
  await expect(stage).toBeFocused();

  // The buttons stay focusable while their undo or redo runs.
  await tabTo(page, redoButton(app), { back: true });
  await page.keyboard.press('Enter');
  await expect(announcement(app)).toHaveText(/^Redone: /);
  await expect.poll(order).toEqual(moved);
  await expect(redoButton(app)).toBeDisabled();
  await expect(redoButton(app)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(undoButton(app)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(before);
  await expect(undoButton(app)).toBeDisabled();
  await expect(undoButton(app)).toBeFocused();
});
