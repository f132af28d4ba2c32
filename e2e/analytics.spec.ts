import { boardReady } from './board-helpers';
import { expect, test } from './fixtures';
import type { PricedItem } from './portal-control';
import {
  askedSince,
  atReferenceDate,
  controls,
  openDirectory,
  seriousViolations,
  showPeriod,
  storedHistory,
  termIndex,
} from './analytics-helpers';
import { expectedCells, expectedFigures, expectedLine, NOBODY } from './analytics-oracle';

// Stage analytics (issue 14) end to end: the numbers against an independent recomputation, the
// details and the funnel, loading beside the board, languages and rights. Caching is in
// analytics-cache.spec.ts.

const LANGUAGES = [
  {
    language: 'Russian',
    lang: 'ru',
    region: 'Аналитика стадий',
    ready: 'Аналитика за последние 30 дней',
    period: 'Период',
    options: ['30 дней', '90 дней', '365 дней'],
    funnel: 'Предпросмотр воронки',
    stageButton: /^Аналитика стадии /,
    words: ['Вошло', 'Ушло дальше', 'Успех', 'Провал', 'Медианное время', 'Сейчас'],
    line: ' вошло · ',
  },
  {
    language: 'German',
    lang: 'de',
    region: 'Phasenanalyse',
    ready: 'Analyse der letzten 30 Tage',
    period: 'Zeitraum',
    options: ['30 Tage', '90 Tage', '365 Tage'],
    funnel: 'Trichtervorschau',
    stageButton: /^Analyse der Phase /,
    words: [
      'Betreten',
      'Weitergezogen',
      'Gewonnen',
      'Verloren',
      'Median der Verweildauer',
      'Jetzt',
    ],
    line: ' neu · ',
  },
] as const;

test.describe('stage analytics', () => {
  test('cards and the funnel table equal an independent recomputation: two pipelines, two periods', async ({
    page,
    portal,
    openApp,
    request,
  }) => {
    test.setTimeout(90_000);
    await atReferenceDate(page, portal);
    const app = await openApp();
    await boardReady(app);
    const history = await storedHistory(portal, request);
    const pipelines = [
      { name: 'General Deal Stages', entityId: 'DEAL_STAGE', categoryId: 0 },
      { name: 'Newest Deal Stages', entityId: 'DEAL_STAGE_1', categoryId: 1 },
    ];
    for (const pipeline of pipelines) {
      await openDirectory(app, pipeline.name);
      const stages = await portal.statuses(pipeline.entityId);
      for (const days of [30, 365]) {
        await showPeriod(app, days);
        const since = await askedSince(portal, pipeline.categoryId, days);
        const expected = expectedFigures(history, 2, pipeline.categoryId, since);
        // Not an empty comparison: this pipeline had items in this period.
        expect([...expected.values()].some((e) => e.entered > 0)).toBe(true);

        for (const stage of stages) {
          const want = expected.get(stage.STATUS_ID) ?? NOBODY;
          await expect(
            app
              .getByRole('article', { name: stage.NAME, exact: true })
              .getByTestId('stage-analytics'),
            `${pipeline.name}, ${days} days: card ${stage.NAME}`,
          ).toHaveText(expectedLine(want));
        }

        await controls(app).getByRole('button', { name: 'Funnel preview' }).click();
        const table = app.getByRole('table', { name: 'Funnel' });
        await expect(table.getByRole('row')).toHaveCount(stages.length + 1);
        for (const stage of stages) {
          const row = table.getByRole('row').filter({
            has: app.getByRole('rowheader', { name: stage.NAME, exact: true }),
          });
          const cells = await row.getByRole('cell').allTextContents();
          expect(
            cells.slice(1),
            `${pipeline.name}, ${days} days: funnel row ${stage.NAME}`,
          ).toEqual(expectedCells(expected.get(stage.STATUS_ID) ?? NOBODY));
        }
        await app.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
        await expect(table).toBeHidden();
      }
    }
  });

  test('the details name and explain every number; the popover and the funnel are axe clean', async ({
    page,
    portal,
    openApp,
    request,
  }) => {
    await atReferenceDate(page, portal);
    const app = await openApp();
    await boardReady(app);
    await showPeriod(app, 365);
    const since = await askedSince(portal, 0, 365);
    const want = expectedFigures(await storedHistory(portal, request), 2, 0, since).get('NEW');
    if (!want) throw new Error('the seed has no history for NEW');

    await app.getByRole('button', { name: 'Analytics of stage New', exact: true }).click();
    const details = app.getByRole('dialog', { name: 'New: the last 365 days' });
    await expect(details).toBeVisible();
    const pct = (n: number) =>
      `${n.toLocaleString('en-US')} (${Math.round((100 * n) / want.entered)}%)`;
    for (const [word, value] of [
      ['Entered', want.entered.toLocaleString('en-US')],
      ['Moved on', pct(want.movedOn)],
      ['Won', pct(want.won)],
      ['Lost', pct(want.lost)],
      ['Median time', `${((want.medianTenths ?? 0) / 10).toString()} days`],
    ] as const) {
      const term = details.getByRole('term').filter({ hasText: new RegExp(`^${word}$`) });
      await expect(term, word).toHaveCount(1);
      await expect(
        details.getByRole('definition').nth(await termIndex(details, word)),
      ).toContainText(value);
    }
    // `now`: the items the stage holds today, whatever the period, and their total amount per
    // currency, as the portal stores them (recycled items are listed by no one).
    const held = ((await portal.items()) as PricedItem[]).filter(
      (i) => i.entityTypeId === 2 && i.categoryId === 0 && i.stageId === 'NEW' && !i.recycled,
    );
    expect(held.length).toBeGreaterThan(1);
    const totals = new Map<string, number>();
    for (const i of held) totals.set(i.currencyId, (totals.get(i.currencyId) ?? 0) + i.opportunity);
    const amounts = [...totals]
      .sort(([, a], [, b]) => b - a)
      .map(([currency, sum]) =>
        new Intl.NumberFormat('en', { style: 'currency', currency }).format(sum),
      );
    const now = details.getByRole('definition').nth(await termIndex(details, 'Now'));
    await expect(now).toContainText(`${held.length} items · ${amounts.join(', ')}`);
    expect(await seriousViolations(page, 'the details')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(
      app.getByRole('button', { name: 'Analytics of stage New', exact: true }),
    ).toBeFocused();

    await controls(app).getByRole('button', { name: 'Funnel preview' }).click();
    const funnel = app.getByRole('dialog', { name: /^Funnel of General Deal Stages/ });
    const picture = funnel.getByRole('img');
    await expect(picture).toHaveAttribute(
      'aria-label',
      new RegExp(`New, ${want.entered.toLocaleString('en-US')} entered`),
    );
    expect(await seriousViolations(page, 'the funnel')).toEqual([]);
  });

  test('a stop ends the load between requests; Load starts it again; editing never waits', async ({
    page,
    portal,
    openApp,
  }) => {
    await atReferenceDate(page, portal);
    const app = await openApp();
    await boardReady(app);
    // Every later history page takes a while: the load is still running when the admin acts.
    await portal.fault({ type: 'delay', method: 'crm.stagehistory.list', ms: 40, count: 200 });
    await controls(app).getByLabel('Period').selectOption('365 days');
    const stop = controls(app).getByRole('button', { name: 'Stop loading analytics' });
    await expect(stop).toBeVisible();

    // The progress bar: named as the load, its value moving as the requests answer, in words too.
    const bar = controls(app).getByRole('progressbar', { name: 'Loading analytics…' });
    const value = () => bar.evaluate((el) => (el as HTMLProgressElement).value);
    await expect.poll(value).toBeGreaterThan(0);
    const first = await value();
    const max = await bar.evaluate((el) => (el as HTMLProgressElement).max);
    expect(first).toBeLessThan(max);
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      `Loading analytics: ${first.toLocaleString('en-US')} of ${max.toLocaleString('en-US')} history rows`,
    );
    await expect.poll(value).toBeGreaterThan(first);

    // A rename while the history loads goes out at once, in its own request, and lands.
    await app.getByRole('button', { name: 'Rename stage New', exact: true }).click();
    await app.getByRole('textbox', { name: 'Stage name' }).fill('Fresh');
    await app.getByRole('textbox', { name: 'Stage name' }).press('Enter');
    await expect
      .poll(
        async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.STATUS_ID === 'NEW')?.NAME,
      )
      .toBe('Fresh');
    await expect(stop).toBeVisible();

    await stop.click();
    await expect(controls(app).getByRole('status')).toContainText('Analytics stopped after');
    const sent = (await portal.requests()).length;
    await page.waitForTimeout(500);
    expect((await portal.requests()).length).toBe(sent);
    await expect(
      app.getByRole('article', { name: 'Fresh' }).getByTestId('stage-analytics'),
    ).toHaveText('');

    await portal.clearFaults();
    await controls(app).getByRole('button', { name: 'Load analytics' }).click();
    await expect(controls(app).getByRole('status')).toContainText('Analytics of the last 365 days');
    await expect(
      app.getByRole('article', { name: 'Fresh' }).getByTestId('stage-analytics'),
    ).toContainText(' in · ');
  });

  // The other languages: every name of the controls and the details' words, from the catalogues
  // (the English ones are the contract, asserted by the tests above).
  for (const l of LANGUAGES) {
    test(`in ${l.language} the controls, the card buttons and the details speak ${l.language}`, async ({
      page,
      portal,
      openApp,
    }) => {
      await atReferenceDate(page, portal);
      await portal.settings({ lang: l.lang });
      const app = await openApp();
      const region = app.getByRole('region', { name: l.region });
      await expect(region.getByRole('status')).toContainText(l.ready, { timeout: 20_000 });
      await expect(region.getByLabel(l.period).locator('option')).toHaveText([...l.options]);
      await expect(region.getByRole('button', { name: l.funnel })).toBeEnabled();
      await app.getByRole('button', { name: l.stageButton }).first().click();
      const details = app.getByRole('dialog');
      for (const word of l.words) {
        await expect(
          details.getByRole('term').filter({ hasText: new RegExp(`^${word}$`) }),
        ).toHaveCount(1);
      }
      await expect(app.getByTestId('stage-analytics').first()).toContainText(l.line);
    });
  }

  test('an admin who may not read the items is told why no numbers are shown', async ({
    page,
    portal,
    openApp,
  }) => {
    await atReferenceDate(page, portal);
    await portal.settings({ user: 'crm-admin', itemRights: false });
    const app = await openApp();
    await expect(
      app.getByRole('list', { name: 'In progress' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(controls(app).getByRole('status')).toContainText(
      'you may lack the right to read these items',
    );
    await expect(
      app.getByRole('article', { name: 'New', exact: true }).getByTestId('stage-analytics'),
    ).toHaveText('0 in');
  });
});
