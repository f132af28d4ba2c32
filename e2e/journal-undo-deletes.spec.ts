// Issue 12: undo and redo of deletes (with the items they moved out, and FORCED in a reference
// book) and of reference-book edits, asserted on the screen, in the portal's stages and items,
// in its call journal (what each undo sends) and in the shared change journal.
import { analyticsLoaded, group, namesIn } from './board-helpers';
import { expect, test } from './fixtures';
import {
  announcement,
  GUARDED_WRITE,
  FRESH_READ,
  openJournal,
  redoButton,
  sentEntries,
  sentRequests,
  storedEntries,
  undoButton,
  readyApp,
  row,
  card,
} from './journal-helpers';

test.describe('undo and redo of deletes and reference-book edits', () => {
  test('a delete: the same STATUS_ID, name, colour and place come back', async ({
    openApp,
    portal,
  }) => {
    const app = await readyApp(openApp);
    const was = await row(portal, 'FINAL_INVOICE');
    await app.getByRole('button', { name: 'Delete stage Final Invoice' }).click();
    await app.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(card(app, 'Final Invoice')).toHaveCount(0);
    await expect(undoButton(app)).toHaveAccessibleName('Undo deletion of Final Invoice');
    await undoButton(app).click();
    await expect(card(app, 'Final Invoice')).toBeVisible();
    await expect
      .poll(() => namesIn(group(app, 'In progress')))
      .toEqual([
        'New',
        'Document Preparation',
        'Prepayment Invoice',
        'In Progress',
        'Final Invoice',
      ]);
    const back = await row(portal, 'FINAL_INVOICE');
    expect(back?.NAME).toBe('Final Invoice');
    expect(back?.COLOR?.toLowerCase()).toBe(was?.COLOR?.toLowerCase());
    expect(back?.ID).not.toBe(was?.ID);
    const [add] = await portal.calls('crm.status.add');
    expect(add?.params).toMatchObject({
      fields: { STATUS_ID: 'FINAL_INVOICE', ENTITY_ID: 'DEAL_STAGE' },
    });
    await redoButton(app).click();
    await expect(card(app, 'Final Invoice')).toHaveCount(0);
    await expect.poll(async () => row(portal, 'FINAL_INVOICE')).toBeUndefined();
  });

  test('a delete with items: undo adds the stage back and moves its items back, with progress', async ({
    openApp,
    portal,
    request,
  }) => {
    await portal.plantItems({ entityTypeId: 2, categoryId: 0, stageId: 'PREPARATION', count: 60 });
    const app = await readyApp(openApp);
    const held = (await portal.items()).filter(
      (i) => i.entityTypeId === 2 && i.stageId === 'PREPARATION',
    );
    expect(held).toHaveLength(62);
    await app.getByRole('button', { name: 'Delete stage Document Preparation' }).click();
    const dialog = app.getByRole('dialog');
    await dialog
      .getByRole('combobox', { name: 'Move the items to' })
      .selectOption({ label: 'In Progress' });
    await dialog.getByRole('button', { name: 'Move 62 items to In Progress and delete' }).click();
    await expect(dialog).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
    const [deleted] = await storedEntries(request, portal);
    expect(deleted?.entry).toMatchObject({
      kind: 'delete',
      items: { from: 'PREPARATION', to: 'EXECUTING' },
    });

    await portal.clearJournal();
    // Each batch of item moves answers slowly: the progress stays on screen long enough to see.
    await portal.fault({ type: 'delay', method: 'crm.item.update', count: 2, ms: 1500 });
    await undoButton(app).click();
    await expect(app.getByRole('status').filter({ hasText: 'Moving items back' })).toBeVisible();
    await expect(announcement(app)).toHaveText('Undone: the deletion of “Document Preparation”.', {
      timeout: 15_000,
    });
    await expect(card(app, 'Document Preparation')).toBeVisible();
    const ids = held.map((i) => i.id).sort((a, b) => a - b);
    const now = (await portal.items()).filter(
      (i) => i.entityTypeId === 2 && i.stageId === 'PREPARATION',
    );
    expect(now.map((i) => i.id).sort((a, b) => a - b)).toEqual(ids);
    const moves = await portal.calls('crm.item.update');
    expect(moves).toHaveLength(62);
    expect(moves[0]?.params).toMatchObject({ fields: { stageId: 'PREPARATION' } });
    const add = (await portal.calls('crm.status.add'))[0];
    expect(add?.seq).toBeLessThan(moves[0]?.seq ?? 0);
    await expect(
      app.getByRole('article', { name: 'Document Preparation' }).getByTestId('item-count'),
    ).toHaveText('62 items');

    await redoButton(app).click();
    await expect(card(app, 'Document Preparation')).toHaveCount(0, { timeout: 15_000 });
    const after = (await portal.items()).filter((i) => i.entityTypeId === 2 && ids.includes(i.id));
    expect(after.every((i) => i.stageId === 'EXECUTING')).toBe(true);
    await expect
      .poll(async () => (await storedEntries(request, portal)).map((e) => e.entry.kind))
      .toEqual(['delete', 'undo', 'redo']);
  });

  test('reference-book edits and a FORCED delete are entries too, and undoable', async ({
    openApp,
    portal,
    request,
  }) => {
    const app = await readyApp(openApp);
    await analyticsLoaded(app);
    await app
      .getByRole('navigation', { name: 'Directories' })
      .getByRole('button', { name: 'Sources' })
      .click();
    const list = app.getByRole('list', { name: 'Sources' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await portal.clearJournal();
    await app.getByRole('button', { name: 'Rename entry Website' }).click();
    await app.getByRole('textbox', { name: 'Entry name' }).fill('Web site');
    await app.getByRole('textbox', { name: 'Entry name' }).press('Enter');
    await expect(app.getByRole('button', { name: 'Rename entry Web site' })).toBeVisible();
    await expect
      .poll(() => sentRequests(portal))
      .toEqual([GUARDED_WRITE, ['entity.add', 'entity.item.add']]);
    expect((await portal.calls('crm.status.update'))[0]?.params).toEqual({
      id: '205',
      fields: { NAME: 'Web site' },
    });

    await portal.clearJournal();
    await app.getByRole('button', { name: 'Delete entry Callback' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete entry Callback?' });
    await dialog.getByRole('checkbox', { name: 'I understand this is a system entry' }).check();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(list.getByRole('listitem')).toHaveCount(9);
    // A system entry goes only FORCED, read back in the same request; then its entry.
    await expect
      .poll(() => sentRequests(portal))
      .toEqual([['crm.status.delete', 'crm.status.list'], ['entity.item.add']]);
    expect((await portal.calls('crm.status.delete'))[0]?.params).toEqual({
      id: '217',
      params: { FORCED: 'Y' },
    });
    await expect
      .poll(async () =>
        (await storedEntries(request, portal)).map((e) => [e.entry.kind, e.fields['PREVIEW_TEXT']]),
      )
      .toEqual([
        ['rename', 'SOURCE'],
        ['delete', 'SOURCE'],
      ]);
    const stored = await storedEntries(request, portal);
    expect(stored[1]?.entry.stages[0]?.b).toMatchObject({
      statusId: 'CALLBACK',
      name: 'Callback',
      system: true,
    });

    await portal.clearJournal();
    await undoButton(app).click();
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await expect(app.getByRole('button', { name: 'Rename entry Callback' })).toBeVisible();
    // An add-back is planned on a fresh read (the list of directories with the rows, one
    // request), then added with the same STATUS_ID and read back, then journalled.
    await expect
      .poll(() => sentRequests(portal))
      .toEqual([FRESH_READ, ['crm.status.add', 'crm.status.list'], ['entity.item.add']]);
    expect((await portal.calls('crm.status.add'))[0]?.params).toEqual({
      fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'CALLBACK', NAME: 'Callback', SORT: '90' },
    });
    expect((await sentEntries(portal))[0]).toMatchObject({
      code: 'undo',
      directory: 'SOURCE',
      entry: { of: stored[1]?.entry.key, ofKind: 'delete', stages: [{ b: null }] },
    });
    const back = (await portal.statuses('SOURCE')).find((r) => r.STATUS_ID === 'CALLBACK');
    expect(back?.NAME).toBe('Callback');

    await portal.clearJournal();
    await undoButton(app).click();
    await expect(app.getByRole('button', { name: 'Rename entry Website' })).toBeVisible();
    await expect.poll(() => sentRequests(portal)).toEqual([GUARDED_WRITE, ['entity.item.add']]);
    expect((await portal.calls('crm.status.update'))[0]?.params).toEqual({
      id: '205',
      fields: { NAME: 'Website' },
    });
    expect((await sentEntries(portal))[0]).toMatchObject({
      code: 'undo',
      entry: { of: stored[0]?.entry.key, ofKind: 'rename' },
    });
    expect((await portal.statuses('SOURCE')).find((r) => r.STATUS_ID === 'WEB')?.NAME).toBe(
      'Website',
    );
    const region = await openJournal(app);
    await expect(region.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveText([
      /^Portal Administrator undid the rename of “Web site” in Sources/,
      /^Portal Administrator undid the deletion of “Callback” in Sources/,
      /^Portal Administrator deleted “Callback” \(CALLBACK\) from Sources/,
      /^Portal Administrator renamed “Website” to “Web site” in Sources/,
    ]);
  });
});
