import AxeBuilder from '@axe-core/playwright';
import { group, namesIn } from './board-helpers';
import { expect, test } from './fixtures';
import { entriesList, openJournal, storedEntries, undoButton } from './journal-helpers';
import {
  ITEMS,
  NEW,
  OLD,
  PIPELINE,
  openPipeline,
  ready,
  sorted,
  stageIn,
  startChange,
} from './outcome-helpers';

// Changing a stage's outcome (issue 14) end to end, asserted on the screen and in the portal's
// own records: its state and its REST call journal. Every step is also an entry of the app's
// change journal (issue 12), shown in its panel and stored in the portal; Undo and Redo of the
// whole change are in outcome-undo.spec.ts.

test.describe('changing a stage’s outcome', () => {
  test('in progress → failure: a dry run, then the new stage, every item moved, the old stage gone', async ({
    portal,
    openApp,
    page,
    request,
  }) => {
    const { ids, app } = await ready(portal, openApp);
    const before = (await portal.statuses(PIPELINE.entityId)).find(
      (s) => s.STATUS_ID === OLD.statusId,
    );
    await portal.clearJournal();

    // By keyboard: focus the control, Enter.
    await app.getByRole('button', { name: `Change outcome of stage ${OLD.name}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = app.getByRole('dialog', { name: `Change the outcome of ${OLD.name}` });
    await expect(dialog).toContainText('Now in In progress; becomes a stage of Failure.');
    await expect(dialog).toContainText(`${ITEMS} items move into it`);
    await expect(dialog).toContainText(`changes from ${OLD.statusId} to ${NEW}`);
    await expect(dialog).toContainText(`robots and reports tied to ${OLD.statusId} do not follow`);
    await expect(dialog).toContainText('The success stage stays single');
    // The dry run sent nothing.
    expect(await portal.requests()).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('#app-frame').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );

    await dialog.getByRole('button', { name: 'Change outcome' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      `Done: “${OLD.name}” is now a stage of Failure; ${ITEMS} items moved.`,
      { timeout: 20_000 },
    );

    // The portal: the old stage gone, the new one a failure stage with the same name and colour.
    const rows = await portal.statuses(PIPELINE.entityId);
    expect(rows.find((s) => s.STATUS_ID === OLD.statusId)).toBeUndefined();
    const added = rows.find((s) => s.STATUS_ID === NEW);
    expect(added).toMatchObject({
      NAME: OLD.name,
      SEMANTICS: 'F',
      CATEGORY_ID: String(PIPELINE.categoryId),
    });
    // The same colour (the app writes hex in lower case).
    expect(added?.COLOR?.toLowerCase()).toBe(before?.COLOR?.toLowerCase());
    const won = rows.find((s) => s.SEMANTICS === 'S');
    expect(Number(added?.SORT)).toBeGreaterThan(Number(won?.SORT));
    expect(await stageIn(portal, ids)).toEqual(ids.map(() => NEW));

    // Every step in the call journal, in order: the add, each item moved (stageId with its
    // pipeline), then the delete of the old stage.
    const journal = await portal.journal();
    const adds = journal.filter((e) => e.method === 'crm.status.add');
    const updates = journal.filter((e) => e.method === 'crm.item.update');
    const deletes = journal.filter((e) => e.method === 'crm.status.delete');
    expect(adds).toHaveLength(1);
    expect(adds[0]?.params['fields']).toMatchObject({
      ENTITY_ID: PIPELINE.entityId,
      NAME: OLD.name,
      COLOR: before?.COLOR?.toLowerCase(),
      SEMANTICS: 'F',
      CATEGORY_ID: String(PIPELINE.categoryId),
    });
    expect(sorted(updates.map((u) => Number(u.params['id'])))).toEqual(sorted(ids));
    for (const u of updates) {
      expect(u.params['fields']).toEqual({ stageId: NEW, categoryId: String(PIPELINE.categoryId) });
      expect(u.status).toBe(200);
    }
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.params['id']).toBe(before?.ID);
    const seqs = updates.map((u) => u.seq);
    expect(adds[0]!.seq).toBeLessThan(Math.min(...seqs));
    expect(deletes[0]!.seq).toBeGreaterThan(Math.max(...seqs));

    // The screen: the stage now stands in Failure, and focus comes back to the controls.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(group(app, 'Failure').getByRole('heading', { name: OLD.name })).toBeVisible();
    await expect(group(app, 'In progress').getByRole('heading', { name: OLD.name })).toHaveCount(0);
    await expect(app.getByRole('region', { name: 'Stage analytics' })).toBeFocused();

    // Every step in the app's own change journal, stored in the portal: the add, each page of
    // items (50 a request), the delete...
    await expect
      .poll(async () => (await storedEntries(request, portal)).map((e) => e.entry.kind))
      .toEqual(['outcome', 'outcome', 'outcome', 'outcome', 'outcome']);
    const stored = (await storedEntries(request, portal)).map((e) => e.entry);
    expect(stored[0]?.stages[0]).toMatchObject({ b: null, a: { statusId: NEW, group: 'failure' } });
    for (const page of stored.slice(1, 4)) {
      expect(page.items).toMatchObject({ from: OLD.statusId, to: NEW });
    }
    expect(stored[4]?.stages).toMatchObject([
      { b: { statusId: OLD.statusId, group: 'process' }, a: null },
    ]);
    // ...and in its panel, newest first, each step in words; Undo names the whole change.
    await expect(undoButton(app)).toHaveAccessibleName(`Undo outcome change of ${OLD.name}`);
    await openJournal(app);
    const who = 'Portal Administrator';
    const moved = (n: number) =>
      `${who} moved ${n} items of “${OLD.name}” to its new stage (${NEW}) in ${PIPELINE.name}, changing its outcome`;
    await expect(entriesList(app).getByRole('listitem')).toHaveCount(5);
    await expect(entriesList(app).getByRole('listitem')).toContainText([
      `${who} deleted the old “${OLD.name}” (${OLD.statusId}) from ${PIPELINE.name}, changing its outcome`,
      moved(ITEMS - 100),
      moved(50),
      moved(50),
      `${who} changed the outcome of “${OLD.name}” to Failure in ${PIPELINE.name}`,
    ]);
  });

  test('failure → in progress at the place the admin picks: the same name and colour, its items moved', async ({
    portal,
    openApp,
  }) => {
    const lost = { name: 'Analysing the loss', statusId: 'C1:APOLOGY' };
    const made = 'C1:ANALYSING_THE_LOSS';
    await portal.plantItems({
      entityTypeId: 2,
      categoryId: PIPELINE.categoryId,
      stageId: lost.statusId,
      count: 7,
    });
    const ids = (await portal.items())
      .filter((i) => i.entityTypeId === 2 && i.stageId === lost.statusId)
      .map((i) => i.id);
    const app = await openApp();
    await openPipeline(app);
    const rows = await portal.statuses(PIPELINE.entityId);
    const before = rows.find((s) => s.STATUS_ID === lost.statusId);
    const sibling = rows.find((s) => s.STATUS_ID === OLD.statusId);
    const shown = await namesIn(group(app, 'In progress'));
    await portal.clearJournal();

    await app.getByRole('button', { name: `Change outcome of stage ${lost.name}` }).click();
    const dialog = app.getByRole('dialog', { name: `Change the outcome of ${lost.name}` });
    await expect(dialog).toContainText('Now in Failure; becomes a stage of In progress.');
    // The admin puts it right after "Needs assessment", the third place of In progress.
    await dialog
      .getByRole('combobox', { name: 'Place in In progress' })
      .selectOption(`After ${OLD.name}`);
    await expect(dialog).toContainText(`is added to In progress, at place 3`);
    await expect(dialog).toContainText(`${ids.length} items move into it`);
    await expect(dialog).toContainText(`changes from ${lost.statusId} to ${made}`);
    await dialog.getByRole('button', { name: 'Change outcome' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      `Done: “${lost.name}” is now a stage of In progress; ${ids.length} items moved.`,
      { timeout: 20_000 },
    );

    // The portal: an in-progress stage (the SEMANTICS of its new neighbours), the same name and
    // colour, its SORT between the two stages it was put between; the old one gone.
    const after = await portal.statuses(PIPELINE.entityId);
    expect(after.find((s) => s.STATUS_ID === lost.statusId)).toBeUndefined();
    const added = after.find((s) => s.STATUS_ID === made);
    expect(added).toMatchObject({ NAME: lost.name, CATEGORY_ID: String(PIPELINE.categoryId) });
    expect(added?.SEMANTICS ?? null).toBe(sibling?.SEMANTICS ?? null);
    expect(added?.COLOR?.toLowerCase()).toBe(before?.COLOR?.toLowerCase());
    const wanted = [...shown.slice(0, 2), lost.name, ...shown.slice(2)];
    expect((await portal.order(PIPELINE.entityId)).slice(0, wanted.length)).toEqual(wanted);
    expect(await stageIn(portal, ids)).toEqual(ids.map(() => made));

    // The calls: the add (a SORT of in-progress, no failure SEMANTICS), each item moved with its
    // pipeline, then the old stage's delete.
    const journal = await portal.journal();
    const adds = journal.filter((e) => e.method === 'crm.status.add');
    const updates = journal.filter((e) => e.method === 'crm.item.update');
    const deletes = journal.filter((e) => e.method === 'crm.status.delete');
    expect(adds).toHaveLength(1);
    const fields = adds[0]?.params['fields'] as Record<string, unknown>;
    expect(fields).toMatchObject({
      ENTITY_ID: PIPELINE.entityId,
      NAME: lost.name,
      COLOR: before?.COLOR?.toLowerCase(),
      CATEGORY_ID: String(PIPELINE.categoryId),
    });
    expect(fields['SEMANTICS'] ?? '').toBe('');
    expect(Number(fields['SORT'])).toBe(Number(added?.SORT));
    expect(sorted(updates.map((u) => Number(u.params['id'])))).toEqual(sorted(ids));
    for (const u of updates) {
      expect(u.params['fields']).toEqual({
        stageId: made,
        categoryId: String(PIPELINE.categoryId),
      });
    }
    expect(deletes.map((d) => d.params['id'])).toEqual([before?.ID]);
    expect(adds[0]!.seq).toBeLessThan(Math.min(...updates.map((u) => u.seq)));
    expect(deletes[0]!.seq).toBeGreaterThan(Math.max(...updates.map((u) => u.seq)));

    // The screen: third in In progress, no longer in Failure.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(wanted);
    await expect(group(app, 'Failure').getByRole('heading', { name: lost.name })).toHaveCount(0);
  });

  test('the dialog opens in view, scrolled or not, and stays put while the portal resizes the frame: a press on Change outcome is released on it', async ({
    portal,
    openApp,
    page,
  }) => {
    const { ids, app } = await ready(portal, openApp);
    const open = () =>
      app.getByRole('button', { name: `Change outcome of stage ${OLD.name}` }).click();
    const dialog = app.getByRole('dialog', { name: `Change the outcome of ${OLD.name}` });
    const start = dialog.getByRole('button', { name: 'Change outcome' });

    // The portal's page scrolled so the frame's top is out of the window: the dialog opens in
    // the part on screen (docs/sdk.md §4.8).
    await page.evaluate(() => window.scrollTo(0, 300));
    // The frame learns it from its IntersectionObservers, all updated in one step: once this one
    // sees its first 57 px off screen (300 px less the 243 above the frame), so has the app's.
    await app.locator('html').evaluate(
      () =>
        new Promise<void>((seen) => {
          const observer = new IntersectionObserver(
            (entries) => {
              if ((entries.at(-1)?.intersectionRect.top ?? 0) > 0) {
                observer.disconnect();
                seen();
              }
            },
            { threshold: Array.from({ length: 101 }, (_, k) => k / 100) },
          );
          observer.observe(document.documentElement);
        }),
    );
    await open();
    await expect(dialog).toBeInViewport({ ratio: 1 });
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Unscrolled, where a dialog centred in the 873 px frame had its buttons below the window.
    await page.evaluate(() => window.scrollTo(0, 0));
    await open();
    await expect(dialog).toBeInViewport({ ratio: 1 });

    // Pressed, then the portal makes the frame 240 px taller (as it does when content comes
    // above the board, docs/sdk.md §4.5), then released: the button has not moved, so the
    // release is on it and the change starts.
    const before = await start.boundingBox();
    if (!before) throw new Error('Change outcome has no box');
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    const frame = page.locator('#app-frame');
    const height = await frame.evaluate((f) => f.getBoundingClientRect().height);
    await frame.evaluate((f, h) => void (f.style.height = `${h}px`), height + 240);
    await expect
      .poll(() => app.locator('html').evaluate(() => window.innerHeight))
      .toBe(height + 240);
    expect(await start.boundingBox()).toEqual(before);
    await page.mouse.up();
    await expect(dialog.getByRole('status')).toContainText('Done:', { timeout: 20_000 });
    expect(await stageIn(portal, ids)).toEqual(ids.map(() => NEW));
  });

  test('a fault half-way stops it; after a reload, Resume finishes it and no item is lost', async ({
    portal,
    openApp,
  }) => {
    const { ids, app } = await ready(portal, openApp);
    // The first item update fails: the first page of moves goes through but for one item.
    await portal.failCommand('crm.item.update');
    const dialog = await startChange(app);
    await expect(dialog.getByRole('status')).toContainText('Stopped by an error.', {
      timeout: 20_000,
    });
    await expect(dialog.getByRole('status')).toContainText('no item is lost');

    // Half-way as the portal holds it: both stages, every item in one of them.
    const rows = await portal.statuses(PIPELINE.entityId);
    expect(rows.map((s) => s.STATUS_ID)).toEqual(expect.arrayContaining([OLD.statusId, NEW]));
    const where = await stageIn(portal, ids);
    const left = where.filter((s) => s === OLD.statusId).length;
    expect(left).toBeGreaterThan(0);
    expect(where.filter((s) => s === NEW).length).toBe(ITEMS - left);

    // A reload: the unfinished change is still there, with its way back.
    const again = await openApp();
    await openPipeline(again);
    const notice = again.getByRole('region', { name: OLD.name });
    await expect(notice).toContainText(`Changing the outcome of “${OLD.name}” has not finished.`);
    await notice
      .getByRole('button', { name: `Resume changing the outcome of ${OLD.name}` })
      .click();
    await expect(notice).toHaveCount(0, { timeout: 20_000 });

    expect(await stageIn(portal, ids)).toEqual(ids.map(() => NEW));
    const after = await portal.statuses(PIPELINE.entityId);
    expect(after.find((s) => s.STATUS_ID === OLD.statusId)).toBeUndefined();
    expect(after.filter((s) => s.STATUS_ID === NEW)).toHaveLength(1);
    expect(await portal.calls('crm.status.add')).toHaveLength(1);
    await expect(group(again, 'Failure').getByRole('heading', { name: OLD.name })).toBeVisible();
  });

  test('Stop between pages, then Resume: the same new stage, every item moved once', async ({
    portal,
    openApp,
  }) => {
    const { ids, app } = await ready(portal, openApp);
    // Slow moves, so the admin can stop while they run.
    await portal.fault({ type: 'delay', method: 'crm.item.update', ms: 15, count: 1000 });
    const dialog = await startChange(app);
    await expect(dialog.getByRole('status')).toContainText('Moving items');
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(dialog.getByRole('status')).toContainText('Stopped:', { timeout: 20_000 });
    const where = await stageIn(portal, ids);
    expect(where.filter((s) => s === OLD.statusId).length).toBeGreaterThan(0);
    expect(where.every((s) => s === OLD.statusId || s === NEW)).toBe(true);

    await portal.clearFaults();
    await dialog
      .getByRole('button', { name: `Resume changing the outcome of ${OLD.name}` })
      .click();
    await expect(dialog.getByRole('status')).toContainText('Done:', { timeout: 20_000 });
    expect(await stageIn(portal, ids)).toEqual(ids.map(() => NEW));
    const moves = await portal.calls('crm.item.update');
    expect(moves).toHaveLength(ITEMS);
    expect(await portal.calls('crm.status.add')).toHaveLength(1);
  });
});
