import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page, TestInfo } from '@playwright/test';
import { boardReady, group } from './board-helpers';
import { expect, test } from './fixtures';

/** Saved under test-results/ and attached to the HTML report, for review of the look. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Serious and critical axe violations inside the app's frame (the portal page is not ours). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('#app-frame').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const frameTheme = (app: FrameLocator) =>
  app.locator('html').evaluate((html) => ({
    attribute: html.getAttribute('data-theme'),
    background: getComputedStyle(document.body).backgroundColor,
  }));

test.describe('languages', () => {
  test('in Russian every label, group and control speaks Russian', async ({ portal, openApp }) => {
    await portal.settings({ lang: 'ru' });
    const app = await openApp();
    await expect(app.getByRole('heading', { name: 'Редактор стадий' })).toBeVisible();
    const nav = app.getByRole('navigation', { name: 'Справочники' });
    await expect(nav.getByRole('heading', { name: 'Сделки' })).toBeVisible();
    for (const name of ['В работе', 'Успех', 'Провал']) {
      await expect(app.getByRole('list', { name, exact: true })).toBeVisible();
    }
    await expect(app.getByRole('group', { name: 'Тема' })).toBeVisible();
    await app.getByRole('button', { name: 'Переименовать стадию Document Preparation' }).click();
    await expect(app.getByRole('textbox', { name: 'Название стадии' })).toBeVisible();
    await app.getByRole('textbox', { name: 'Название стадии' }).press('Escape');
    await app.getByRole('button', { name: 'Изменить цвет стадии In Progress' }).click();
    await expect(app.getByRole('group', { name: 'Цвета стадий Битрикс24' })).toBeVisible();
    await expect(app.locator('html')).toHaveAttribute('lang', 'ru');
    // Russian plurals: 4 stages in progress read "4 стадии".
    await expect(app.getByRole('heading', { name: /В работе · \d+ стади/ })).toBeVisible();
  });
});

test.describe('theme', () => {
  test('light by default, dark when the system is dark', async ({ page, openApp }) => {
    const app = await openApp();
    await boardReady(app);
    expect(await frameTheme(app)).toEqual({ attribute: null, background: 'rgb(245, 247, 248)' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await frameTheme(app)).background).toBe('rgb(23, 27, 31)');
  });

  test('the choice is saved per user through the SDK and applied on the next visit', async ({
    page,
    portal,
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const themes = app.getByRole('group', { name: 'Theme' });
    await expect(themes.getByRole('button', { name: 'System' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await themes.getByRole('button', { name: 'Dark' }).click();
    await expect(themes.getByRole('button', { name: 'Dark' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await frameTheme(app)).toEqual({ attribute: 'dark', background: 'rgb(23, 27, 31)' });
    await expect.poll(async () => (await portal.state()).userOptions['1']?.['theme']).toBe('dark');

    await page.reload();
    const again = page.frameLocator('#app-frame');
    await boardReady(again);
    expect((await frameTheme(again)).attribute).toBe('dark');
    await again
      .getByRole('group', { name: 'Theme' })
      .getByRole('button', { name: 'Light' })
      .click();
    // An explicit light choice wins over a dark system.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await frameTheme(again)).toEqual({
      attribute: 'light',
      background: 'rgb(245, 247, 248)',
    });
  });
});

test.describe('layout', () => {
  for (const width of [1280, 1920]) {
    test(`no horizontal scrollbar at ${width} px with 120 stages; the board scrolls itself`, async ({
      page,
      openApp,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const app = await openApp();
      await boardReady(app);
      await app
        .getByRole('navigation', { name: 'Directories' })
        .getByRole('button', { name: 'Enterprise onboarding (120 stages)' })
        .click();
      await expect(group(app, 'In progress').getByRole('listitem')).not.toHaveCount(0);
      await expect(group(app, 'In progress').getByRole('listitem').nth(100)).toBeAttached();
      const sizes = await app.locator('html').evaluate(() => {
        const page = document.scrollingElement as HTMLElement;
        const board = document.querySelector('[data-testid="board-scroller"]') as HTMLElement;
        return {
          page: [page.scrollWidth, page.clientWidth],
          board: [board.scrollWidth, board.clientWidth],
        };
      });
      expect(sizes.page[0]).toBeLessThanOrEqual(sizes.page[1]!);
      expect(sizes.board[0]).toBeGreaterThan(sizes.board[1]!);
    });
  }
});

test.describe('screens', () => {
  for (const lang of ['en', 'ru'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`screenshots: board, rename editor, colour picker, delete dialog (${lang}, ${scheme})`, async ({
        page,
        portal,
        openApp,
      }, testInfo) => {
        await portal.settings({ lang });
        await page.emulateMedia({ colorScheme: scheme });
        const app = await openApp();
        await expect(app.getByRole('listitem').first()).toBeVisible();
        await shot(page, testInfo, `board-${lang}-${scheme}.png`);

        const rename = lang === 'en' ? 'Rename stage' : 'Переименовать стадию';
        await app.getByRole('button', { name: `${rename} Document Preparation` }).click();
        await expect(app.getByRole('textbox')).toBeFocused();
        await shot(page, testInfo, `rename-${lang}-${scheme}.png`);
        await app.getByRole('textbox').press('Escape');

        const colour = lang === 'en' ? 'Change colour of stage' : 'Изменить цвет стадии';
        await app.getByRole('button', { name: `${colour} In Progress` }).click();
        await expect(app.getByRole('dialog')).toBeVisible();
        await shot(page, testInfo, `colour-picker-${lang}-${scheme}.png`);
        await page.keyboard.press('Escape');
        await expect(app.getByRole('dialog')).toHaveCount(0);

        const remove = lang === 'en' ? 'Delete stage' : 'Удалить стадию';
        await app.getByRole('button', { name: `${remove} Final Invoice` }).click();
        await expect(app.getByRole('dialog', { name: `${remove} Final Invoice?` })).toBeVisible();
        await shot(page, testInfo, `delete-dialog-${lang}-${scheme}.png`);
      });
    }
  }
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the board, the colour picker and the delete dialog have no serious or critical axe violations (${scheme})`, async ({
      page,
      openApp,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const app = await openApp();
      await boardReady(app);
      expect(await seriousViolations(page)).toEqual([]);

      await app.getByRole('button', { name: 'Change colour of stage In Progress' }).click();
      await expect(app.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await app.getByRole('button', { name: 'Delete stage Final Invoice' }).click();
      await expect(app.getByRole('dialog', { name: 'Delete stage Final Invoice?' })).toContainText(
        'There are no CRM items in this stage.',
      );
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('accessibility of the fitted board', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`both views, Find stage and the overview strip have no serious or critical axe violations (${scheme})`, async ({
      page,
      openApp,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const app = await openApp();
      await boardReady(app);
      // The default pipeline: the same components as 120 stages, at a fraction of axe's time.
      await app.getByRole('searchbox', { name: 'Find stage' }).fill('in');
      await expect(app.getByRole('option').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      const views = app.getByRole('group', { name: 'View' });
      await views.getByRole('button', { name: 'Compact' }).click();
      await expect(views.getByRole('button', { name: 'Compact' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await app.getByRole('button', { name: 'Rename stage Final Invoice' }).click();
      await expect(app.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
