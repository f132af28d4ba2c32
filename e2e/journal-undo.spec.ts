// Issue 12: undo and redo of each kind of change, asserted on the screen, in the portal's stages
// and items, in its call journal (what each undo sends) and in the shared change journal (the
// app's storage), where every undo and redo is an entry of its own.
import { analyticsLoaded, group, handle, namesIn, rename } from './board-helpers';
import { expect, test } from './fixtures';
import {
  announcement,
  GUARDED_WRITE,
  redoButton,
  requestsWith,
  sentEntries,
  sentRequests,
  shownColour,
  storedEntries,
  undoButton,
  readyApp,
  row,
  card,
} from './journal-helpers';

test.describe('undo and redo', () => {
  test('a rename: one request for the change, one for its entry; undo and redo guarded', async ({
    openApp,
    portal,
    request,
  }) => {
    const app = await readyApp(openApp);
    await portal.clearJournal();
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect(undoButton(app)).toHaveAccessibleName('Undo rename of Closing invoice');
    await expect(undoButton(app)).toHaveAttribute(
      'title',
      'Undo rename of Closing invoice (Ctrl+Z)',
    );
    await expect(redoButton(app)).toBeDisabled();
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
    expect(await portal.boardRequests()).toHaveLength(1);
    expect(await portal.journalRequests()).toHaveLength(1);
    const [renamed] = await storedEntries(request, portal);
    expect(renamed?.fields).toMatchObject({
      CODE: 'rename',
      PREVIEW_TEXT: 'DEAL_STAGE',
      CREATED_BY: '1',
    });
    expect(renamed?.entry).toMatchObject({
      who: { id: '1', name: 'Portal Administrator' },
      dir: { id: 'DEAL_STAGE', name: 'General Deal Stages' },
      stages: [{ b: { name: 'Final Invoice' }, a: { name: 'Closing invoice' } }],
      outcome: { status: 'saved' },
    });

    await portal.clearJournal();
    await undoButton(app).click();
    await expect(card(app, 'Final Invoice')).toBeVisible();
    await expect(announcement(app)).toHaveText('Undone: the rename of “Closing invoice”.');
    await expect.poll(async () => (await row(portal, 'FINAL_INVOICE'))?.NAME).toBe('Final Invoice');
    // Guarded: the directory is read before the write in the same request, to catch a conflict.
    const [undoRequest] = await requestsWith(portal, 'crm.status.update');
    const inside = (await portal.journal()).filter((e) => e.parent === undoRequest?.seq);
    expect(inside.map((e) => e.method)).toEqual([
      'crm.status.list',
      'crm.status.update',
      'crm.status.list',
    ]);
    expect(inside[1]?.params).toMatchObject({ id: '109', fields: { NAME: 'Final Invoice' } });

    await expect(redoButton(app)).toHaveAccessibleName('Redo rename of Closing invoice');
    await redoButton(app).click();
    await expect(card(app, 'Closing invoice')).toBeVisible();
    await expect(announcement(app)).toHaveText('Redone: the rename of “Closing invoice”.');
    await expect
      .poll(async () => (await row(portal, 'FINAL_INVOICE'))?.NAME)
      .toBe('Closing invoice');
    await expect
      .poll(async () => (await storedEntries(request, portal)).map((e) => e.entry.kind))
      .toEqual(['rename', 'undo', 'redo']);
    const [first, undone, redone] = (await storedEntries(request, portal)).map((e) => e.entry);
    expect(undone).toMatchObject({ of: first?.key, ofKind: 'rename' });
    expect(redone).toMatchObject({ of: undone?.key, ofKind: 'rename' });
  });

  test('a move: the previous order comes back with the fewest writes', async ({
    openApp,
    portal,
    request,
  }) => {
    const app = await readyApp(openApp);
    await handle(app, 'Prepayment Invoice').focus();
    await handle(app, 'Prepayment Invoice').press('Space');
    await expect(
      app.getByText('Picked up stage Prepayment Invoice.', { exact: false }),
    ).toBeAttached();
    await handle(app, 'Prepayment Invoice').press('ArrowRight');
    await expect(app.getByText('Stage Prepayment Invoice is over position 4 of 5')).toBeAttached();
    await handle(app, 'Prepayment Invoice').press('Space');
    const moved = [
      'New',
      'Document Preparation',
      'In Progress',
      'Prepayment Invoice',
      'Final Invoice',
    ];
    await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(moved);
    await expect(undoButton(app)).toHaveAccessibleName('Undo move of Prepayment Invoice');
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
    expect((await storedEntries(request, portal))[0]?.entry.kind).toBe('move');

    await portal.clearJournal();
    await undoButton(app).click();
    const before = [
      'New',
      'Document Preparation',
      'Prepayment Invoice',
      'In Progress',
      'Final Invoice',
    ];
    await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(before);
    await expect.poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5)).toEqual(before);
    // The move wrote one stage; putting it back writes that one stage, nothing else.
    expect(await portal.calls('crm.status.update')).toHaveLength(1);
    await redoButton(app).click();
    await expect.poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5)).toEqual(moved);
    await expect(announcement(app)).toHaveText('Redone: the move of “Prepayment Invoice”.');
  });

  test('a recolour: the previous colour, then the new one again; one guarded write and one entry each', async ({
    openApp,
    portal,
  }) => {
    const app = await readyApp(openApp);
    await analyticsLoaded(app);
    await portal.clearJournal();
    await app.getByRole('button', { name: 'Change colour of stage In Progress' }).click();
    await app.getByRole('button', { name: '#ffa801', exact: true }).click();
    await expect.poll(() => shownColour(app, 'In Progress')).toBe('#ffa801');
    await expect(undoButton(app)).toHaveAccessibleName('Undo recolour of In Progress');
    // The change, then its entry (the first one also creates the storage).
    await expect
      .poll(() => sentRequests(portal))
      .toEqual([GUARDED_WRITE, ['entity.add', 'entity.item.add']]);
    const [recoloured] = await sentEntries(portal);
    for (const [button, colour, kind, announced] of [
      [undoButton, '#47e4c2', 'undo', 'Undone'],
      [redoButton, '#ffa801', 'redo', 'Redone'],
    ] as const) {
      await portal.clearJournal();
      await button(app).click();
      await expect(announcement(app)).toHaveText(`${announced}: the recolour of “In Progress”.`);
      await expect.poll(() => shownColour(app, 'In Progress')).toBe(colour);
      // One guarded write (the directory read before it in the same request), then its entry.
      await expect.poll(() => sentRequests(portal)).toEqual([GUARDED_WRITE, ['entity.item.add']]);
      const [update] = await portal.calls('crm.status.update');
      expect(update?.params).toEqual({ id: '107', fields: { COLOR: colour } });
      const [written] = await sentEntries(portal);
      expect(written).toMatchObject({ code: kind, directory: 'DEAL_STAGE' });
      expect(written?.entry).toMatchObject({
        kind,
        ofKind: 'recolour',
        stages: [{ a: { id: '107', color: colour } }],
      });
      if (kind === 'undo') expect(written?.entry.of).toBe(recoloured?.entry.key);
      expect((await row(portal, 'EXECUTING'))?.COLOR?.toLowerCase()).toBe(colour);
    }
  });

  test('an add: undo deletes the stage while it is empty, and explains when it is not', async ({
    openApp,
    portal,
    request,
  }) => {
    const app = await readyApp(openApp);
    await app.getByRole('button', { name: 'Add stage after New' }).click();
    await app.getByRole('textbox', { name: 'Stage name' }).fill('Qualified');
    await app.getByRole('textbox', { name: 'Stage name' }).press('Enter');
    await expect(card(app, 'Qualified')).toBeVisible();
    await expect(undoButton(app)).toHaveAccessibleName('Undo addition of Qualified');
    await undoButton(app).click();
    await expect(card(app, 'Qualified')).toHaveCount(0);
    await expect.poll(async () => row(portal, 'QUALIFIED')).toBeUndefined();
    expect(await portal.calls('crm.status.delete')).toHaveLength(1);

    await redoButton(app).click();
    await expect(card(app, 'Qualified')).toBeVisible();
    await expect.poll(async () => (await row(portal, 'QUALIFIED'))?.NAME).toBe('Qualified');
    // Items arrive in it: undoing the add now would lose them, so it explains and changes nothing.
    await portal.plantItems({ entityTypeId: 2, categoryId: 0, stageId: 'QUALIFIED', count: 2 });
    await undoButton(app).click();
    await expect(announcement(app)).toHaveText(
      'Nothing was changed: “Qualified” holds 2 CRM items; a stage is only deleted when empty.',
    );
    expect(await portal.calls('crm.status.delete')).toHaveLength(1);
    expect((await row(portal, 'QUALIFIED'))?.NAME).toBe('Qualified');
    await expect
      .poll(async () => (await storedEntries(request, portal)).map((e) => e.entry.kind))
      .toEqual(['add', 'undo', 'redo']);
  });

  test('an add someone renamed since: undo shows both names and deletes only when told', async ({
    openApp,
    portal,
  }) => {
    const app = await readyApp(openApp);
    await app.getByRole('button', { name: 'Add stage after New' }).click();
    await app.getByRole('textbox', { name: 'Stage name' }).fill('Qualified');
    await app.getByRole('textbox', { name: 'Stage name' }).press('Enter');
    await expect.poll(async () => (await row(portal, 'QUALIFIED'))?.NAME).toBe('Qualified');
    const id = (await row(portal, 'QUALIFIED'))?.ID;
    await portal.asAnotherAdmin('crm.status.update', { id, fields: { NAME: 'Qualified leads' } });
    await undoButton(app).click();
    await expect(announcement(app)).toHaveText(
      'Nothing was changed: “Qualified” was changed since: it is now called “Qualified leads”. Delete it anyway, or leave it.',
    );
    expect(await portal.calls('crm.status.delete')).toHaveLength(0);
    await app.getByRole('button', { name: 'Delete it anyway' }).click();
    await expect.poll(async () => row(portal, 'QUALIFIED')).toBeUndefined();
    await expect(announcement(app)).toHaveText('Undone: the addition of “Qualified”.');
  });

  test('a new edit clears the redo stack', async ({ openApp }) => {
    const app = await readyApp(openApp);
    await rename(app, 'Final Invoice', 'Closing invoice');
    await undoButton(app).click();
    await expect(redoButton(app)).toBeEnabled();
    await rename(app, 'In Progress', 'Working');
    await expect(redoButton(app)).toBeDisabled();
    await expect(undoButton(app)).toHaveAccessibleName('Undo rename of Working');
  });
});
