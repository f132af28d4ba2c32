import type { FrameLocator, Locator, Page } from '@playwright/test';
import { boardReady, group, handle, namesIn, pointerDrag } from './board-helpers';
import { expect, test } from './fixtures';

const GENERAL = [
  'New',
  'Document Preparation',
  'Prepayment Invoice',
  'In Progress',
  'Final Invoice',
  'Deal Successful',
  'Deal Failed',
  'Reason for Failure Analysis',
];
const BIG = 'Enterprise onboarding (120 stages)';

const openDirectory = (app: FrameLocator, name: string) =>
  app.getByRole('navigation', { name: 'Directories' }).getByRole('button', { name }).click();

/** Widths of the portal page, the app's page and the board: scrolled content vs what is shown. */
const widths = async (page: Page, app: FrameLocator) => ({
  portal: await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]),
  ...(await app.locator('html').evaluate(() => {
    const board = document.querySelector<HTMLElement>('[data-testid="board-scroller"]');
    return {
      frame: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      board: [board?.scrollWidth ?? NaN, board?.clientWidth ?? NaN],
    };
  })),
});

const noSidewaysScroll = ([scrolled, shown]: number[]) => (scrolled ?? 0) <= (shown ?? 0);

/** True when the whole box lies inside the portal's window, as the admin sees it right now. */
async function onScreen(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  return (
    box !== null &&
    view !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= view.width &&
    box.y + box.height <= view.height
  );
}

async function chooseView(app: FrameLocator, view: 'Board' | 'Compact') {
  const toggle = app.getByRole('group', { name: 'View' }).getByRole('button', { name: view });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

test.describe('a board that fits', () => {
  test('at 1280 × 800 every stage of General Deal Stages is on screen, nothing scrolls', async ({
    page,
    openApp,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const app = await openApp();
    await boardReady(app);
    for (const name of GENERAL) {
      const card = app.getByRole('article', { name, exact: true });
      expect(await onScreen(page, card), name).toBe(true);
      // Its actions too: never hidden behind a hover.
      const actions = [`Move stage ${name}`, `Rename stage ${name}`, `Delete stage ${name}`];
      for (const action of actions) {
        expect(await onScreen(page, app.getByRole('button', { name: action })), action).toBe(true);
      }
      // On one row: a wrapped row would make the card taller than the stage header it mimics.
      const rows = await Promise.all(
        actions.slice(1).map(async (action) => {
          const box = await app.getByRole('button', { name: action }).boundingBox();
          return box?.y;
        }),
      );
      expect(new Set(rows).size, `${name}: rename and delete on one row`).toBe(1);
    }
    const sizes = await widths(page, app);
    expect(noSidewaysScroll(sizes.portal)).toBe(true);
    expect(noSidewaysScroll(sizes.frame)).toBe(true);
    expect(noSidewaysScroll(sizes.board)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('in Russian, with six stages in progress, no count or figure is cut at 1280 px', async ({
    page,
    portal,
    openApp,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await portal.settings({ lang: 'ru' });
    await portal.upsertStatuses([
      {
        ID: '31100',
        ENTITY_ID: 'DEAL_STAGE',
        STATUS_ID: 'COMMERCIAL_OFFER',
        NAME: 'Коммерческое предложение',
        SORT: '45',
        SEMANTICS: null,
        CATEGORY_ID: null,
      },
    ]);
    const app = await openApp();
    await boardReady(app, 'В работе');
    const cards = app.getByTestId('board-scroller').getByRole('article');
    await expect(cards).toHaveCount(9);
    // Every card's figures arrive after the board (issue 14).
    await expect(app.getByTestId('stage-analytics').filter({ hasText: /вошло/ })).toHaveCount(9);
    const cut = await cards.evaluateAll((articles) =>
      articles.flatMap((card) => {
        const edge = card.getBoundingClientRect().right;
        const count = card.querySelector('[data-testid="item-count"]');
        const line = card.querySelector<HTMLElement>('[data-testid="stage-analytics"]');
        const name = card.getAttribute('aria-label');
        return [
          ...(count && count.getBoundingClientRect().right > edge ? [`${name}: count`] : []),
          ...(line && (line.scrollWidth > line.clientWidth || line.scrollHeight > line.clientHeight)
            ? [`${name}: ${line.textContent}`]
            : []),
        ];
      }),
    );
    expect(cut).toEqual([]);
  });

  test('at 1920 px a 20-stage pipeline fits without scrolling sideways', async ({
    page,
    portal,
    openApp,
  }) => {
    await page.setViewportSize({ width: 1920, height: 900 });
    // Newest Deal Stages has 10 stages; 10 more in progress make 20.
    await portal.upsertStatuses(
      Array.from({ length: 10 }, (_, i) => ({
        ID: String(31_000 + i),
        ENTITY_ID: 'DEAL_STAGE_1',
        STATUS_ID: `C1:EXTRA_${i + 1}`,
        NAME: `Extra step ${i + 1}`,
        SORT: String(71 + i),
        SEMANTICS: null,
        CATEGORY_ID: '1',
      })),
    );
    const app = await openApp();
    await boardReady(app);
    await openDirectory(app, 'Newest Deal Stages');
    await expect(app.getByRole('article')).toHaveCount(20);
    for (const card of await app.getByRole('article').all()) {
      expect(await onScreen(page, card), (await card.getAttribute('aria-label')) ?? '').toBe(true);
    }
    const sizes = await widths(page, app);
    expect(noSidewaysScroll(sizes.board)).toBe(true);
    expect(noSidewaysScroll(sizes.frame)).toBe(true);
  });

  test('the compact view shows the 120-stage pipeline without sideways scrolling', async ({
    page,
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openDirectory(app, BIG);
    await chooseView(app, 'Compact');
    await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(117);
    const sizes = await widths(page, app);
    expect(noSidewaysScroll(sizes.portal)).toBe(true);
    expect(noSidewaysScroll(sizes.frame)).toBe(true);
    expect(noSidewaysScroll(sizes.board)).toBe(true);
    // Every stage keeps its controls there.
    await expect(app.getByRole('button', { name: /^Move stage / })).toHaveCount(120);
    await expect(app.getByRole('button', { name: /^Rename stage / })).toHaveCount(120);
    // And its whole name: in a list of "Onboarding step …" a clipped name says nothing.
    const clipped = await group(app, 'In progress')
      .getByRole('heading', { level: 3 })
      .evaluateAll((names) =>
        names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent),
      );
    expect(clipped).toEqual([]);
  });

  test('the compact view is remembered per user, across a reload', async ({
    page,
    portal,
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await chooseView(app, 'Compact');
    await expect
      .poll(async () => (await portal.state()).userOptions['1']?.['boardView'])
      .toBe('compact');
    await page.reload();
    const again = page.frameLocator('#app-frame');
    await boardReady(again);
    await expect(
      again.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Compact' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('getting to a stage', () => {
  test('Find stage, by name or by code, scrolls to the stage and focuses its handle', async ({
    page,
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openDirectory(app, BIG);
    const find = app.getByRole('searchbox', { name: 'Find stage' });
    await find.fill('Onboarding step 87');
    await expect(app.getByRole('option', { name: /Onboarding step 87/ })).toBeVisible();
    await find.press('Enter');
    await expect(handle(app, 'Onboarding step 87')).toBeFocused();
    expect(await onScreen(page, handle(app, 'Onboarding step 87'))).toBe(true);

    await find.fill('c3:step_012');
    await find.press('Enter');
    await expect(handle(app, 'Onboarding step 12')).toBeFocused();
    expect(await onScreen(page, handle(app, 'Onboarding step 12'))).toBe(true);
  });

  test('on a read-only board Find stage focuses the stage card itself', async ({
    portal,
    openApp,
  }) => {
    await portal.settings({ admin: false });
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('searchbox', { name: 'Find stage' }).fill('FINAL_INVOICE');
    await app.getByRole('searchbox', { name: 'Find stage' }).press('Enter');
    await expect(app.getByRole('article', { name: 'Final Invoice', exact: true })).toBeFocused();
  });

  test('"Skip to board" is the first stop of the keyboard and lands on the board', async ({
    page,
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    // Into the frame, before its first focusable element, as Tab from the portal page would.
    await page.locator('#app-frame').focus();
    await page.keyboard.press('Tab');
    const skip = app.getByRole('link', { name: 'Skip to board' });
    await expect(skip).toBeFocused();
    expect(await onScreen(page, skip)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(app.getByRole('region', { name: 'Stages', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(app.getByRole('searchbox', { name: 'Find stage' })).toBeFocused();
  });

  test('the overview strip goes to a stage by click and by Enter', async ({ page, openApp }) => {
    const app = await openApp();
    await boardReady(app);
    await openDirectory(app, BIG);
    const strip = app.getByRole('toolbar', { name: 'All stages at a glance' });
    await expect(strip.getByRole('button')).toHaveCount(120);
    await strip
      .getByRole('button', { name: 'Go to stage Onboarding step 60', exact: true })
      .click();
    await expect(handle(app, 'Onboarding step 60')).toBeFocused();
    expect(await onScreen(page, handle(app, 'Onboarding step 60'))).toBe(true);

    // One tab stop; End reaches the last segment, Enter goes there.
    await strip.getByRole('button', { name: 'Go to stage Kick-off', exact: true }).focus();
    await page.keyboard.press('End');
    await expect(strip.getByRole('button', { name: 'Go to stage Paused' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(handle(app, 'Paused')).toBeFocused();
    expect(await onScreen(page, handle(app, 'Paused'))).toBe(true);
  });
});

test.describe('the compact view keeps every control', () => {
  test('reorders by keyboard and by mouse, with the same announcements', async ({
    page,
    portal,
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await chooseView(app, 'Compact');
    const stage = handle(app, 'Prepayment Invoice');
    await stage.focus();
    await stage.press('Space');
    await expect(
      app.getByText('Picked up stage Prepayment Invoice. Position 3 of 5 in In progress.'),
    ).toBeAttached();
    await stage.press('ArrowDown');
    await expect(
      app.getByText('Stage Prepayment Invoice is over position 4 of 5 in In progress.'),
    ).toBeAttached();
    await stage.press('Space');
    const moved = ['New', 'Document Preparation', 'In Progress', 'Prepayment Invoice'];
    await expect
      .poll(() => namesIn(group(app, 'In progress')))
      .toEqual([...moved, 'Final Invoice']);

    const list = group(app, 'In progress');
    await pointerDrag(
      page,
      handle(app, 'Final Invoice'),
      list.getByRole('listitem').filter({ hasText: 'Document Preparation' }),
    );
    const expected = ['New', 'Final Invoice', 'Document Preparation', 'In Progress'];
    await expect.poll(() => namesIn(list)).toEqual([...expected, 'Prepayment Invoice']);
    await expect
      .poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5))
      .toEqual([...expected, 'Prepayment Invoice']);
  });
});
