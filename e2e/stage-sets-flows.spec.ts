import { boardReady } from './board-helpers';
import { expect, test } from './fixtures';
import {
  exportStages,
  newDealPipeline,
  openApplyDialog,
  openPipeline,
  stagesOf,
  tabTo,
  writesIn,
} from './stage-set-helpers';

test.describe('stage sets: stop and resume, new pipelines, copies', () => {
  test('a stop half-way, then resume: the right end state, nothing written twice', async ({
    openApp,
    page,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openPipeline(app, 'Enterprise onboarding (120 stages)');
    const file = await exportStages(page, app);
    await openPipeline(app, 'Newest Deal Stages');
    await boardReady(app);
    await portal.clearJournal();
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Stage set file').setInputFiles(file.path);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('table', { name: 'Planned changes' })).toBeVisible();
    const summary = await dialog.getByText(/^\d+ writes:/).innerText();
    const planned = Number(/^(\d+)/.exec(summary)?.[1]);
    expect(planned).toBeGreaterThan(100);
    // The first round waits, so Stop lands while it is on its way (a sent request cannot be
    // called back: the round ends, then the apply stops).
    await portal.fault({ type: 'delay', method: 'crm.status.add', ms: 2_500 });
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Applying the stage set' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(dialog.getByText(/^Stopped after \d+ writes/)).toBeVisible({ timeout: 10_000 });
    const half = writesIn(await portal.journal());
    expect(half.length).toBeGreaterThan(0);
    expect(half.length).toBeLessThan(planned);
    expect(half.filter((e) => e.method === 'crm.status.delete')).toHaveLength(0);
    expect(await stagesOf(portal, 'DEAL_STAGE_1')).not.toEqual(
      await stagesOf(portal, 'DEAL_STAGE_3'),
    );

    await dialog.getByRole('button', { name: 'Resume' }).click();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 20_000,
    });
    expect(await stagesOf(portal, 'DEAL_STAGE_1')).toEqual(await stagesOf(portal, 'DEAL_STAGE_3'));
    const all = writesIn(await portal.journal());
    // Planned once, then again from the portal: no stage added twice, no more writes than shown.
    const codes = all
      .filter((e) => e.method === 'crm.status.add')
      .map((e) => (e.params['fields'] as Record<string, string>)['STATUS_ID']);
    expect(new Set(codes).size).toBe(codes.length);
    expect(all.length).toBeLessThanOrEqual(planned);
    await expect(dialog.getByRole('progressbar')).toHaveAttribute('value', String(all.length));
  });

  test('a pipeline created from a template', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await newDealPipeline(app, 'Wholesale');
    await expect(app.getByRole('banner')).toContainText('Wholesale');
    const [added] = await portal.calls('crm.category.add');
    expect(added?.params).toMatchObject({ entityTypeId: '2', fields: { name: 'Wholesale' } });
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Template').selectOption({ label: 'Online orders' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 15_000,
    });
    expect(await stagesOf(portal, 'DEAL_STAGE_4')).toEqual([
      ['Order received', '#2fc6f6', 'process'],
      ['Awaiting payment', '#ffa900', 'process'],
      ['Paid', '#47e4c2', 'process'],
      ['Packing', '#55d0e0', 'process'],
      ['Shipped', '#39a8ef', 'process'],
      ['Delivered', '#7bd500', 'success'],
      ['Cancelled', '#ff5752', 'failure'],
      ['Returned', '#f26b7b', 'failure'],
    ]);
    // The portal's own start, success and failure stages were kept and renamed, never deleted.
    const codes = (await portal.statuses('DEAL_STAGE_4')).map((r) => r.STATUS_ID);
    expect(codes).toEqual(expect.arrayContaining(['C4:NEW', 'C4:WON', 'C4:LOSE']));
  });

  test('copying the stages of one smart-process pipeline to another', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openPipeline(app, 'Equipment Purchase (Second Funnel)');
    await boardReady(app);
    const quotes = (await portal.items()).filter((i) => i.stageId === 'DT177_9:QUOTES').length;
    expect(quotes).toBeGreaterThan(0);
    const dialog = await openApplyDialog(app);
    await dialog
      .getByRole('combobox', { name: 'Copy stages from' })
      .selectOption({ label: 'Equipment Purchase (General)' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const row = dialog.getByRole('row', { name: /Collecting quotes/ });
    await expect(row).toContainText('Deleted');
    await expect(row).toContainText(`${quotes} items of Collecting quotes move first`);
    // The default is where its earlier neighbour goes (New); the admin picks a stage this very
    // apply adds instead: it exists by the time the items move.
    const target = row.getByRole('combobox', { name: /items of Collecting quotes move first/ });
    await expect(target.locator('option:checked')).toHaveText('New');
    await target.selectOption({ label: 'Supplier approval' });
    const inNew = (await portal.items()).filter((i) => i.stageId === 'DT177_9:NEW').length;
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 15_000,
    });
    expect(await stagesOf(portal, 'DYNAMIC_177_STAGE_9')).toEqual(
      await stagesOf(portal, 'DYNAMIC_177_STAGE_7'),
    );
    const moves = await portal.calls('crm.item.update');
    expect(moves).toHaveLength(quotes);
    for (const move of moves)
      expect(move.params).toMatchObject({ entityTypeId: '177', fields: { categoryId: '9' } });
    const adds = await portal.calls('crm.status.add');
    for (const add of adds)
      expect(add.params).toMatchObject({
        fields: { ENTITY_ID: 'DYNAMIC_177_STAGE_9', CATEGORY_ID: '9' },
      });
    const items = await portal.items();
    expect(items.filter((i) => i.stageId === 'DT177_9:QUOTES')).toHaveLength(0);
    expect(items.filter((i) => i.stageId === 'DT177_9:CLIENT')).toHaveLength(quotes);
    expect(items.filter((i) => i.stageId === 'DT177_9:NEW')).toHaveLength(inNew);
  });

  test('keyboard only: a new smart-process pipeline, a template, preview, apply, close', async ({
    openApp,
    page,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Export all stages' }).focus();
    const tools = app.getByRole('group', { name: 'Pipelines: Equipment Purchase' });
    await tabTo(page, tools.getByRole('button', { name: 'New pipeline' }), 60);
    await page.keyboard.press('Enter');
    const create = app.getByRole('dialog', { name: 'New pipeline' });
    await expect(create.getByRole('textbox', { name: 'Pipeline name' })).toBeFocused();
    await page.keyboard.type('Tenders');
    await page.keyboard.press('Enter');
    await expect(app.getByRole('banner')).toContainText('Equipment Purchase (Tenders)');
    const [added] = await portal.calls('crm.category.add');
    expect(added?.params).toMatchObject({ entityTypeId: '177', fields: { name: 'Tenders' } });
    const entityId = (await portal.state()).statuses.find(
      (r) =>
        /^DYNAMIC_177_STAGE_\d+$/.test(r.ENTITY_ID) &&
        !['DYNAMIC_177_STAGE_7', 'DYNAMIC_177_STAGE_9'].includes(r.ENTITY_ID),
    )?.ENTITY_ID;
    expect(entityId).toBeDefined();

    await tabTo(page, app.getByRole('button', { name: 'Apply stage set' }), 80);
    await page.keyboard.press('Enter');
    const dialog = app.getByRole('dialog', { name: 'Apply stage set' });
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('combobox', { name: 'Template' }));
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByText('Source: the template B2B sales.')).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Preview' }));
    await page.keyboard.press('Enter');
    const table = dialog.getByRole('table', { name: 'Planned changes' });
    // The portal's default stages of a new smart-process pipeline, read as the dry run shows them.
    await expect(table.getByRole('rowheader', { name: 'Client approval' })).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Apply', exact: true }));
    await page.keyboard.press('Enter');
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 15_000,
    });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    expect((await stagesOf(portal, entityId ?? '')).map(([name]) => name)).toEqual([
      'New lead',
      'Qualified',
      'Demo held',
      'Proposal sent',
      'Negotiation',
      'Contract signing',
      'Deal won',
      'Deal lost',
      'No budget',
    ]);
  });
});
