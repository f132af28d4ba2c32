import type { Frame } from '@playwright/test';
import { appFrame, boardReady, group, handle, pointerDrag, rename } from './board-helpers';
import { expect, test } from './fixtures';
import { announcement, openJournal, undoButton } from './journal-helpers';

// What an admin sees around the board's edits: passing notices that neither cover a control nor
// push the board down, the add editor's hint, the colour picker's marked colour and first focus,
// the stage set sources, the funnel picture's size and the journal's directory filter.

/** Every visible button of the app whose centre is covered by something else, by name. */
async function coveredButtons(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().width > 0)
      .filter((b) => {
        const r = b.getBoundingClientRect();
        const cx = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        if (cx < 0 || cy < 0 || cx > innerWidth || cy > innerHeight) return false;
        const top = document.elementFromPoint(cx, cy);
        return top !== null && !b.contains(top);
      })
      .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
  );
}

/** The visible buttons whose box meets the box of the notice (a live line and its background). */
async function buttonsUnder(frame: Frame, text: RegExp): Promise<string[]> {
  return frame.evaluate((source) => {
    const pattern = new RegExp(source);
    const line = [...document.querySelectorAll('[role="status"]')].find((e) =>
      pattern.test(e.textContent ?? ''),
    );
    const box = (line?.parentElement ?? line)?.getBoundingClientRect();
    if (!box) return ['(no notice)'];
    return [...document.querySelectorAll('button')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return (
          r.width > 0 &&
          r.left < box.right &&
          box.left < r.right &&
          r.top < box.bottom &&
          box.top < r.bottom
        );
      })
      .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
  }, text.source);
}

test.describe('notices above the board', () => {
  test('a refused mouse drop says why without moving the board, and the notice goes', async ({
    openApp,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const notice = app.getByText('A stage can only move within its own group.');
    const board = group(app, 'In progress');
    const before = await board.boundingBox();

    await pointerDrag(page, handle(app, 'Final Invoice'), group(app, 'Failure'));
    await expect(notice).toBeVisible();
    // A live region, so a screen reader hears it as it appears.
    await expect(app.getByRole('status').filter({ hasText: /^A stage can only move/ })).toHaveText(
      'A stage can only move within its own group.',
    );
    expect((await board.boundingBox())?.y).toBe(before?.y);
    expect(await coveredButtons(await appFrame(page))).toEqual([]);

    await app.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(notice).toBeHidden();

    // Left alone, it goes by itself after a few seconds.
    await pointerDrag(page, handle(app, 'Final Invoice'), group(app, 'Failure'));
    await expect(notice).toBeVisible();
    await expect(notice).toBeHidden({ timeout: 12_000 });
  });

  test('what an undo did is told where it covers no control', async ({ openApp, page }) => {
    const app = await openApp();
    await boardReady(app);
    await rename(app, 'Document Preparation', 'Document preparation and contract review');
    await expect(undoButton(app)).toBeEnabled();
    await undoButton(app).click();
    await expect(announcement(app)).toHaveText(
      'Undone: the rename of “Document preparation and contract review”.',
    );
    await expect(app.getByRole('button', { name: 'Delete pipeline' })).toBeVisible();
    expect(await buttonsUnder(await appFrame(page), /^Undone: /)).toEqual([]);
  });
});

test('the new stage field says what to type and how to finish', async ({ openApp }) => {
  const app = await openApp();
  await boardReady(app);
  await app.getByRole('button', { name: 'Add stage after Final Invoice' }).click();
  const field = app.getByRole('textbox', { name: 'Stage name' });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('placeholder', 'Stage name');
  await expect(app.getByText('Enter to save, Esc to cancel')).toBeVisible();
  await expect(field).toHaveAccessibleDescription('Enter to save, Esc to cancel');
  // The field takes a card's share of the row: the cards beside it keep their buttons on one row.
  for (const name of ['New', 'Document Preparation', 'In Progress', 'Final Invoice']) {
    const rename = await app.getByRole('button', { name: `Rename stage ${name}` }).boundingBox();
    const remove = await app.getByRole('button', { name: `Delete stage ${name}` }).boundingBox();
    expect(remove?.y, `${name}: rename and delete on one row`).toBe(rename?.y);
  }
  await field.press('Escape');
  await expect(field).toBeHidden();
});

test.describe('the colour picker', () => {
  test('a colour outside the palette marks no swatch and focus starts in the hex field', async ({
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Change colour of stage Final Invoice' }).click();
    const picker = app.getByRole('dialog');
    await expect(picker.getByRole('textbox', { name: 'Hex colour' })).toBeFocused();
    await expect(picker.getByRole('textbox', { name: 'Hex colour' })).toHaveValue('#ffa900');
    await expect(picker.locator('button[aria-pressed="true"]')).toHaveCount(0);

    // react-colorful's handles stay clear of the hex field's label and of the palette.
    const label = await picker.getByText('Hex colour', { exact: true }).boundingBox();
    const palette = await picker
      .getByRole('group', { name: 'Bitrix24 stage colours' })
      .boundingBox();
    for (const pointer of await picker.locator('.react-colorful__pointer').all()) {
      const box = await pointer.boundingBox();
      if (!box || !label || !palette) throw new Error('the picker is not laid out');
      expect(box.x + box.width).toBeLessThanOrEqual(label.x);
      expect(box.y).toBeGreaterThanOrEqual(palette.y + palette.height);
    }
  });

  test("the stage's own palette colour is marked and takes the focus", async ({ openApp }) => {
    const app = await openApp();
    await boardReady(app);
    const open = app.getByRole('button', { name: 'Change colour of stage Final Invoice' });
    await open.click();
    await app.getByRole('dialog').getByRole('button', { name: '#2eceff' }).click();
    await expect(app.getByRole('dialog')).toBeHidden();
    await open.click();
    const swatch = app.getByRole('dialog').getByRole('button', { name: '#2eceff' });
    await expect(swatch).toHaveAttribute('aria-pressed', 'true');
    await expect(swatch).toBeFocused();
    await expect(app.getByRole('dialog').locator('button[aria-pressed="true"]')).toHaveCount(1);
  });
});

test('the stage set sources: the file button looks like a button, labels share one size', async ({
  openApp,
}) => {
  const app = await openApp();
  await boardReady(app);
  await app.getByRole('button', { name: 'Apply stage set' }).click();
  const dialog = app.getByRole('dialog');
  const file = dialog.getByLabel('Stage set file');
  await expect(file).toBeVisible();
  // Drawn as the app's buttons (Preview beside it): their height and corners, with a border.
  const picker = await file.evaluate((input) => {
    const style = getComputedStyle(input, '::file-selector-button');
    return [style.minHeight, style.borderTopLeftRadius, style.borderTopWidth];
  });
  const preview = await dialog.getByRole('button', { name: 'Preview' }).evaluate((button) => {
    const style = getComputedStyle(button);
    return [style.minHeight, style.borderTopLeftRadius, '1px'];
  });
  expect(picker).toEqual(preview);
  const sizes = await dialog
    .locator('label')
    .filter({ hasText: /^(Stage set file|Stage set JSON|Copy stages from|Template)$/ })
    .evaluateAll((labels) => labels.map((l) => getComputedStyle(l).fontSize));
  expect(sizes).toHaveLength(4);
  expect(new Set(sizes).size).toBe(1);
});

test('the funnel picture uses the dialog width, its text is readable and off the bars', async ({
  openApp,
}) => {
  const app = await openApp();
  await boardReady(app);
  await app.getByRole('button', { name: 'Funnel preview' }).click();
  const dialog = app.getByRole('dialog', { name: /^Funnel of General Deal Stages/ });
  const picture = dialog.getByRole('img');
  await expect(picture).toBeVisible();
  const measured = await picture.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const table = svg.parentElement?.querySelector('table')?.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
    const bars = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
    const crossing = texts.filter((t) =>
      bars.some(
        (b) => t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom,
      ),
    ).length;
    return {
      width: box.width,
      tableWidth: table?.width ?? 0,
      smallestText: Math.min(...texts.map((t) => t.height)),
      crossing,
    };
  });
  expect(measured.width).toBeGreaterThanOrEqual(measured.tableWidth * 0.95);
  expect(measured.smallestText).toBeGreaterThanOrEqual(12);
  expect(measured.crossing).toBe(0);
});

test("the journal's directory filter follows the sidebar's sections and order", async ({
  openApp,
  page,
}) => {
  const app = await openApp();
  await boardReady(app);
  const frame = await appFrame(page);
  const sidebar = await frame.evaluate(() =>
    [...document.querySelectorAll('nav h2')].map((h) => ({
      group: h.textContent ?? '',
      options: [...(h.nextElementSibling?.querySelectorAll('li') ?? [])].map(
        (li) => li.querySelector('button')?.textContent ?? li.firstChild?.textContent ?? '',
      ),
    })),
  );
  expect(sidebar.length).toBeGreaterThan(3);
  const region = await openJournal(app);
  const filter = region.getByLabel('Directory', { exact: true });
  const groups = await filter.evaluate((select) =>
    [...select.querySelectorAll('optgroup')].map((g) => ({
      group: g.label,
      options: [...g.querySelectorAll('option')].map((o) => o.textContent ?? ''),
    })),
  );
  expect(groups).toEqual(sidebar);
});
