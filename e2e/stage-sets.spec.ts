import { readFileSync } from 'node:fs';
import { boardReady, group, namesIn } from './board-helpers';
import { expect, test } from './fixtures';
import {
  batchesOf,
  dialogOf,
  exportStages,
  openApplyDialog,
  openPipeline,
  stagesOf,
  writesIn,
} from './stage-set-helpers';

test.describe('stage sets: export and import', () => {
  test('export General Deal Stages, import it into Newest Deal Stages: identical, with the fewest writes', async ({
    openApp,
    page,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const before = Date.now();
    const file = await exportStages(page, app);
    const after = Date.now();
    expect(file.name).toBe('General Deal Stages.stage-set.json');
    const json = JSON.parse(readFileSync(file.path, 'utf8'));
    // The portal's domain is what the portal page hands the app (DOMAIN: its own host).
    expect(json).toMatchObject({
      format: 'stage-set',
      version: 1,
      portal: new URL(page.url()).host,
    });
    // When it was exported: the browser's clock, as Date#toISOString writes it, during the click.
    expect(json.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(json.exportedAt).toISOString()).toBe(json.exportedAt);
    expect(Date.parse(json.exportedAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(json.exportedAt)).toBeLessThanOrEqual(after + 1_000);
    expect(json.directories[0]).toMatchObject({
      entityId: 'DEAL_STAGE',
      name: 'General Deal Stages',
    });
    expect(json.directories[0].stages.map((s: { name: string }) => s.name)).toEqual([
      'New',
      'Document Preparation',
      'Prepayment Invoice',
      'In Progress',
      'Final Invoice',
      'Deal Successful',
      'Deal Failed',
      'Reason for Failure Analysis',
    ]);

    await openPipeline(app, 'Newest Deal Stages');
    await boardReady(app);
    await portal.clearJournal();
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Stage set file').setInputFiles(file.path);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const table = dialog.getByRole('table', { name: 'Planned changes' });
    // Matched by code: eight renamed, the two stages General has not are deleted.
    await expect(table.getByRole('row')).toHaveCount(11);
    await expect(table.getByRole('row', { name: /New request/ })).toContainText('Renamed');
    await expect(table.getByRole('row', { name: /New request/ })).toContainText('Same code');
    await expect(table.getByRole('row', { name: /Contract signing/ })).toContainText('Deleted');
    expect(writesIn(await portal.journal())).toEqual([]);

    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible();
    expect(await stagesOf(portal, 'DEAL_STAGE_1')).toEqual(await stagesOf(portal, 'DEAL_STAGE'));

    // The fewest writes: one update per renamed stage (no SORT needed), one delete each, in ONE
    // request that also reads the pipeline back.
    const journal = await portal.journal();
    expect(journal.filter((e) => e.method === 'crm.status.update')).toHaveLength(8);
    expect(journal.filter((e) => e.method === 'crm.status.delete')).toHaveLength(2);
    expect(writesIn(journal)).toHaveLength(10);
    expect(batchesOf(journal, 'crm.status.update')).toEqual(
      batchesOf(journal, 'crm.status.delete'),
    );
    expect(batchesOf(journal, 'crm.status.update').size).toBe(1);

    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await namesIn(group(app, 'In progress'))).toEqual([
      'New',
      'Document Preparation',
      'Prepayment Invoice',
      'In Progress',
      'Final Invoice',
    ]);
  });

  test('the dry run sends nothing', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Template').selectOption({ label: 'Service requests' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const table = dialog.getByRole('table', { name: 'Planned changes' });
    await expect(table.getByRole('row', { name: /Triage/ })).toContainText('Added');
    await expect(table.getByRole('row', { name: /^New Renamed/ })).toContainText(
      'Kept: the start stage',
    );
    await expect(table.getByRole('row', { name: /Document Preparation/ })).toContainText('Deleted');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialogOf(app)).toHaveCount(0);
    const journal = await portal.journal();
    expect(writesIn(journal)).toEqual([]);
    // What it read: the pipeline and its item counts, nothing else.
    expect(new Set(journal.filter((e) => e.parent !== undefined).map((e) => e.method))).toEqual(
      new Set(['crm.status.list', 'crm.item.list']),
    );
  });

  test('a stage holding items is deleted only after its items moved, with progress', async ({
    openApp,
    portal,
  }) => {
    await portal.plantItems({ entityTypeId: 2, categoryId: 0, stageId: 'PREPARATION', count: 120 });
    const before = (await portal.items()).filter((i) => i.entityTypeId === 2);
    const inPreparation = before.filter((i) => i.stageId === 'PREPARATION').length;
    const inNew = before.filter((i) => i.stageId === 'NEW').length;
    const app = await openApp();
    await boardReady(app);
    const set = {
      format: 'stage-set',
      version: 1,
      exportedAt: '2026-11-30T10:00:00Z',
      directories: [
        {
          entityId: 'DEAL_STAGE',
          name: 'Short',
          stages: [
            { order: 1, statusId: 'NEW', name: 'New', color: '#39a8ef', group: 'process' },
            {
              order: 2,
              statusId: 'EXECUTING',
              name: 'In Progress',
              color: '#47e4c2',
              group: 'process',
            },
            {
              order: 3,
              statusId: 'WON',
              name: 'Deal Successful',
              color: '#7bd500',
              group: 'success',
            },
            { order: 4, statusId: 'LOSE', name: 'Deal Failed', color: '#ff5752', group: 'failure' },
          ],
        },
      ],
    };
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Stage set JSON').fill(JSON.stringify(set));
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const row = dialog.getByRole('row', { name: /Document Preparation/ });
    await expect(row).toContainText(
      `${inPreparation} items of Document Preparation move first, to`,
    );
    // The default target is the stage its nearest earlier neighbour becomes: New.
    await expect(row.getByRole('combobox')).toHaveValue('0');
    await portal.fault({ type: 'delay', method: 'crm.item.update', ms: 700, count: 2 });
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Applying the stage set' });
    await expect(progress).toBeVisible();
    await expect(dialog.getByText(/ of \d+ writes/)).toBeVisible();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(progress).toHaveAttribute('value', (await progress.getAttribute('max')) ?? '');

    const journal = await portal.journal();
    const moves = journal.filter((e) => e.method === 'crm.item.update');
    const deletes = journal.filter((e) => e.method === 'crm.status.delete');
    expect(moves).toHaveLength(inPreparation);
    expect(deletes.length).toBeGreaterThanOrEqual(2);
    const lastMove = Math.max(...moves.map((e) => e.seq));
    for (const d of deletes) expect(d.seq).toBeGreaterThan(lastMove);
    const after = (await portal.items()).filter((i) => i.entityTypeId === 2);
    expect(after.filter((i) => i.stageId === 'PREPARATION')).toHaveLength(0);
    expect(after.filter((i) => i.stageId === 'NEW')).toHaveLength(inNew + inPreparation);
    expect((await stagesOf(portal, 'DEAL_STAGE')).map(([name]) => name)).toEqual([
      'New',
      'In Progress',
      'Deal Successful',
      'Deal Failed',
    ]);
  });

  test('export every directory at once, then apply one directory of that file', async ({
    openApp,
    page,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    const download = page.waitForEvent('download');
    await app.getByRole('button', { name: 'Export all stages' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.stage-set\.json$/);
    const path = await file.path();
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const stageDirectories = [
      'STATUS',
      'SMART_INVOICE_STAGE_5',
      'DEAL_STAGE_1',
      'DEAL_STAGE_3',
      'DEAL_STAGE',
      'QUOTE_STATUS',
      'SMART_DOCUMENT_STAGE_13',
      'DYNAMIC_177_STAGE_7',
      'DYNAMIC_177_STAGE_9',
    ];
    expect(json.directories.map((d: { entityId: string }) => d.entityId).sort()).toEqual(
      [...stageDirectories].sort(),
    );
    const onboarding = json.directories.find(
      (d: { entityId: string }) => d.entityId === 'DEAL_STAGE_3',
    );
    expect(onboarding.stages).toHaveLength(120);
    // Every directory read in one request (50 per batch), and nothing written.
    const reads = (await portal.journal()).filter((e) => e.method === 'crm.status.list');
    expect(new Set(reads.map((e) => e.parent)).size).toBe(1);
    expect(writesIn(await portal.journal())).toEqual([]);

    await openPipeline(app, 'Newest Deal Stages');
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Stage set file').setInputFiles(path);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    // The file's own entry for this pipeline is chosen first: nothing to change.
    await expect(dialog.getByRole('combobox', { name: 'Directory in the file' })).toHaveValue(
      String(
        json.directories.findIndex((d: { entityId: string }) => d.entityId === 'DEAL_STAGE_1'),
      ),
    );
    await expect(dialog.getByText(/Nothing to change/)).toBeVisible();
    await dialog
      .getByRole('combobox', { name: 'Directory in the file' })
      .selectOption({ label: 'General Deal Stages' });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('row', { name: /New request/ })).toContainText('Renamed');
  });
});

test.describe('dialogs', () => {
  test('Escape or Cancel gives focus back to the button that opened the dialog', async ({
    openApp,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openPipeline(app, 'Newest Deal Stages');
    // Opened from plain buttons, loaded on first use: Radix has no trigger to return to.
    for (const [button, dialog, close] of [
      ['Apply stage set', 'Apply stage set', 'Escape'],
      ['Rename pipeline Newest Deal Stages', 'Rename pipeline Newest Deal Stages', 'Escape'],
      ['Rename pipeline Newest Deal Stages', 'Rename pipeline Newest Deal Stages', 'Cancel'],
      ['Delete pipeline Newest Deal Stages', 'Delete pipeline Newest Deal Stages', 'Escape'],
      ['Delete pipeline Newest Deal Stages', 'Delete pipeline Newest Deal Stages', 'Close'],
    ] as const) {
      const opener = app.getByRole('button', { name: button, exact: true });
      await opener.press('Enter');
      const open = app.getByRole('dialog', { name: dialog });
      await expect(open).toBeVisible();
      if (close === 'Escape') await page.keyboard.press('Escape');
      else await open.getByRole('button', { name: close, exact: true }).press('Enter');
      await expect(open).toHaveCount(0);
      await expect(opener).toBeFocused();
    }
  });
});
