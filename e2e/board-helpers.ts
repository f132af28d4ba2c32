import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const group = (app: FrameLocator, name: 'In progress' | 'Success' | 'Failure') =>
  app.getByRole('list', { name, exact: true });

/**
 * Stage names of a group, in the order the screen shows them. Read as text content: a card
 * scrolled out of the board's view is not rendered (content-visibility), and innerText reads an
 * unrendered element as empty.
 */
export async function namesIn(list: Locator): Promise<string[]> {
  return list
    .getByRole('listitem')
    .getByRole('heading')
    .evaluateAll((headings) => headings.map((h) => h.textContent ?? ''));
}

export const handle = (app: FrameLocator, name: string) =>
  app.getByRole('button', { name: `Move stage ${name}`, exact: true });

/** Picks a stage up from the keyboard (Space on its handle) and waits until that is announced. */
export async function pickUp(app: FrameLocator, name: string): Promise<Locator> {
  const stage = handle(app, name);
  await stage.focus();
  await stage.press('Space');
  await expect(app.getByText(new RegExp(`Picked up stage ${name}`))).toBeAttached();
  return stage;
}

/** Drags by mouse in small steps, as a person does (dnd-kit needs real pointer moves). */
export async function pointerDrag(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag source or target is not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      a.x + a.width / 2 + ((b.x + b.width / 2 - (a.x + a.width / 2)) * i) / steps,
      a.y + a.height / 2 + ((b.y + b.height / 2 - (a.y + a.height / 2)) * i) / steps,
    );
  }
  await page.mouse.up();
}

/**
 * The first board is on screen and what follows it has arrived (its item counts, the change
 * journal's opening request and the analytics), so a fault injected next meets the admin's
 * action, not a background request. The drag machinery also loads right after the first board; a key pressed on a handle
 * before it has does nothing.
 */
export async function boardReady(app: FrameLocator, inProgress = 'In progress') {
  await expect(
    app.getByRole('list', { name: inProgress, exact: true }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(app.getByTestId('item-count').first()).toBeVisible();
  await expect(app.getByTestId('board-scroller')).toHaveAttribute('data-drag-ready', 'true');
  await journalOpened(app);
  await analyticsSettled(app);
}

/**
 * A pipeline's analytics load after its board (issue 14): when their controls come, wait until
 * they are no longer busy, so a fault or an expired token meant for the admin's next action does
 * not meet the history's requests instead. Boards without analytics show no controls at all.
 */
async function analyticsSettled(app: FrameLocator) {
  const controls = app.locator('[data-analytics-controls]');
  const shown = await controls
    .waitFor({ timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  if (!shown) return;
  // Their status is empty until the history is asked for, then says what is loading or loaded.
  await expect(controls.getByRole('status')).not.toHaveText('', { timeout: 10_000 });
  await expect(controls).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
}

/**
 * The change journal has made its opening request (who is signed in, is there a storage). Found
 * by id: its name is in the portal's language.
 */
export async function journalOpened(app: FrameLocator) {
  await expect(app.locator('#change-journal-toggle')).toHaveAttribute('aria-busy', 'false');
}

/** The analytics that follow a pipeline's board have loaded (the default period, 30 days). */
export async function analyticsLoaded(app: FrameLocator, days = 30) {
  await expect(
    app.getByRole('region', { name: 'Stage analytics' }).getByRole('status'),
  ).toContainText(`Analytics of the last ${days} days`, { timeout: 20_000 });
}

/** Renames through the inline editor: the button, the `Stage name` field, Enter. */
export async function rename(app: FrameLocator, from: string, to: string) {
  await app.getByRole('button', { name: `Rename stage ${from}` }).click();
  await app.getByRole('textbox', { name: 'Stage name' }).fill(to);
  await app.getByRole('textbox', { name: 'Stage name' }).press('Enter');
}

/** The app's frame as a Frame (a FrameLocator cannot make handles, e.g. a DataTransfer in it). */
export async function appFrame(page: Page) {
  const frame = await (await page.locator('#app-frame').elementHandle())?.contentFrame();
  if (!frame) throw new Error('the app frame is not there');
  return frame;
}
