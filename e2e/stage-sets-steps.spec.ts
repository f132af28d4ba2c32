import { readFileSync } from 'node:fs';
import { boardReady } from './board-helpers';
import { expect, test } from './fixtures';
import { entriesList, openJournal } from './journal-helpers';
import { exportStages, openApplyDialog, stagesOf, writesIn } from './stage-set-helpers';

interface FileStage {
  order: number;
  statusId: string;
  name: string;
  color: string;
  group: string;
}

/** General Deal Stages as exported, then edited by `edit` (the stages in their new order). */
async function editedExport(
  page: Parameters<typeof exportStages>[0],
  app: Parameters<typeof exportStages>[1],
  edit: (stages: FileStage[]) => FileStage[],
) {
  const file = await exportStages(page, app);
  const json = JSON.parse(readFileSync(file.path, 'utf8'));
  const original: FileStage[] = json.directories[0].stages;
  const stages = edit(original).map((s, i) => ({ ...s, order: i + 1 }));
  json.directories[0].stages = stages;
  return { text: JSON.stringify(json), stages, original };
}

const byCode = (stages: FileStage[], code: string) => {
  const found = stages.find((s) => s.statusId === code);
  if (!found) throw new Error(`no stage ${code} in the export`);
  return found;
};

test.describe('stage sets: every kind of step, the journal, and a portal that keeps nothing', () => {
  test('colours and order differ: Recoloured and Moved rows, the end state, the writes, the journal', async ({
    openApp,
    page,
    portal,
  }) => {
    await portal.plantItems({
      entityTypeId: 2,
      categoryId: 0,
      stageId: 'PREPAYMENT_INVOICE',
      count: 3,
    });
    const held = (await portal.items()).filter((i) => i.stageId === 'PREPAYMENT_INVOICE').length;
    const app = await openApp();
    await boardReady(app);
    // Final Invoice goes second, In Progress is recoloured, Prepayment Invoice (with items) goes.
    const { text, stages, original } = await editedExport(page, app, (s) => [
      byCode(s, 'NEW'),
      byCode(s, 'FINAL_INVOICE'),
      byCode(s, 'PREPARATION'),
      { ...byCode(s, 'EXECUTING'), color: '#123456' },
      ...s.filter((x) => x.group !== 'process'),
    ]);
    const ids = Object.fromEntries(
      (await portal.statuses('DEAL_STAGE')).map((r) => [r.STATUS_ID, String(r.ID)]),
    );
    const oldColour = byCode(original, 'EXECUTING').color;
    await portal.clearJournal();
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Stage set JSON').fill(text);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const table = dialog.getByRole('table', { name: 'Planned changes' });
    // A header, then one row per stage: five unchanged, one moved, one recoloured, one deleted.
    await expect(table.getByRole('row')).toHaveCount(9);
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name} `) });
    await expect(row('Final Invoice')).toContainText('Moved');
    await expect(row('Final Invoice')).toContainText(/To position 2 in In progress \(SORT \d+\)/);
    await expect(row('Final Invoice')).toContainText('Same code');
    await expect(row('In Progress')).toContainText('Recoloured');
    await expect(row('In Progress')).toContainText(`From ${oldColour} to #123456`);
    await expect(row('Prepayment Invoice')).toContainText('Deleted');
    // Its items may go to any stage of the set (Bitrix24 takes any stage of the pipeline); the
    // default is the stage its earlier neighbour becomes, in its own zone.
    const target = row('Prepayment Invoice').getByRole('combobox');
    await expect(target.getByRole('option')).toHaveText(stages.map((s) => s.name));
    await expect(target).toHaveValue(String(stages.findIndex((s) => s.statusId === 'PREPARATION')));
    await expect(row('Document Preparation')).toContainText('Unchanged');
    expect(writesIn(await portal.journal())).toEqual([]);

    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 15_000,
    });
    expect(await stagesOf(portal, 'DEAL_STAGE')).toEqual(
      stages.map((s) => [s.name, s.color, s.group]),
    );
    // The fewest writes: a SORT for the one stage moved, a COLOR for the one recoloured, the
    // items out, then one delete. Nothing added, nothing else updated.
    const updates = await portal.calls('crm.status.update');
    expect(updates.map((e) => e.params)).toEqual([
      { id: ids['FINAL_INVOICE'], fields: { SORT: expect.anything() } },
      { id: ids['EXECUTING'], fields: { COLOR: '#123456' } },
    ]);
    expect(await portal.calls('crm.item.update')).toHaveLength(held);
    const deletes = await portal.calls('crm.status.delete');
    expect(deletes.map((e) => e.params['id'])).toEqual([ids['PREPAYMENT_INVOICE']]);
    expect(await portal.calls('crm.status.add')).toEqual([]);

    // Every step is in the change journal, newest first: the delete, the items, the update.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await openJournal(app);
    await expect(entriesList(app).getByRole('listitem')).toHaveText([
      /^Portal Administrator applied a stage set to General Deal Stages: 1 stage changed/,
      new RegExp(
        `^Portal Administrator moved ${held} items from “Prepayment Invoice” to “Document Preparation” in General Deal Stages`,
      ),
      /^Portal Administrator applied a stage set to General Deal Stages: 2 stages changed/,
    ]);
  });

  test('Bitrix24 answers true but keeps nothing: the admin is told, and Resume finishes the job', async ({
    openApp,
    page,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const { text, stages } = await editedExport(page, app, (s) =>
      s.map((x) => (x.statusId === 'EXECUTING' ? { ...x, color: '#123456' } : x)),
    );
    const before = await stagesOf(portal, 'DEAL_STAGE');
    const dialog = await openApplyDialog(app);
    await dialog.getByLabel('Stage set JSON').fill(text);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByRole('row', { name: /^In Progress / })).toContainText('Recoloured');
    await portal.clearJournal();
    await portal.fault({ type: 'notSaved', method: 'crm.status.update', count: 10 });
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(
      dialog.getByText(
        'Every write was sent, but Bitrix24 holds something else. Resume to plan again from what it holds.',
      ),
    ).toBeVisible({ timeout: 15_000 });
    await expect(dialog.getByText(/^Done:/)).toHaveCount(0);
    // Sent once, not again and again: the portal would drop it the same way.
    expect(await portal.calls('crm.status.update')).toHaveLength(1);
    expect(await stagesOf(portal, 'DEAL_STAGE')).toEqual(before);

    await portal.clearFaults();
    await dialog.getByRole('button', { name: 'Resume' }).click();
    await expect(
      dialog.getByText(/Done: the pipeline now holds the stage set exactly/),
    ).toBeVisible({
      timeout: 15_000,
    });
    expect(await portal.calls('crm.status.update')).toHaveLength(2);
    expect(await stagesOf(portal, 'DEAL_STAGE')).toEqual(
      stages.map((s) => [s.name, s.color, s.group]),
    );
  });
});
