import type { FrameLocator } from '@playwright/test';
import { group, namesIn } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';
import {
  announcement,
  openJournal,
  redoButton,
  storedEntries,
  undoButton,
} from './journal-helpers';
import { ITEMS, NEW, OLD, PIPELINE, ready, sorted, stageIn, startChange } from './outcome-helpers';

// Undo right after an outcome change (issue 14, "undoable where possible"; issue 12's undo). The
// change is journalled as several entries (the add, each page of items, the delete), but Undo
// takes it back whole: a reverse outcome change, docs/change-journal.md §5. Asserted on the
// screen, in the portal's stages and items, and in its call journal.

const row = async (portal: TestPortal, statusId: string) =>
  (await portal.statuses(PIPELINE.entityId)).find((s) => s.STATUS_ID === statusId);

/** The calls of one undo or redo, in the order they ran. */
async function steps(portal: TestPortal) {
  const journal = await portal.journal();
  const of = (method: string) => journal.filter((e) => e.method === method);
  return {
    adds: of('crm.status.add'),
    moves: of('crm.item.update'),
    deletes: of('crm.status.delete'),
  };
}

/** The replacement codes of the outcome changes the admin's user option keeps as unfinished. */
async function keptChanges(portal: TestPortal): Promise<string[]> {
  const kept = (await portal.state()).userOptions['1']?.['outcomeChanges'];
  return typeof kept === 'string' && kept !== ''
    ? (JSON.parse(kept) as { statusId: string }[]).map((c) => c.statusId)
    : [];
}

/** Runs the change at its default place (the first failure stage) to its end. */
async function changeOutcome(app: FrameLocator) {
  const dialog = await startChange(app);
  await expect(dialog.getByRole('status')).toContainText('Done:', { timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(group(app, 'Failure').getByRole('heading', { name: OLD.name })).toBeVisible();
}

test('Undo right after an outcome change reverses it whole; Redo changes it again', async ({
  portal,
  openApp,
  request,
}) => {
  const { ids, app } = await ready(portal, openApp);
  const before = await row(portal, OLD.statusId);
  const order = await portal.order(PIPELINE.entityId);
  const shown = await namesIn(group(app, 'In progress'));
  await changeOutcome(app);
  const replacement = await row(portal, NEW);
  await expect
    .poll(async () => (await storedEntries(request, portal)).length, { timeout: 10_000 })
    .toBe(5);
  const lastStep = (await storedEntries(request, portal)).at(-1)?.entry;

  // One Undo for the whole change, named after it.
  await expect(undoButton(app)).toHaveAccessibleName(`Undo outcome change of ${OLD.name}`);
  await portal.clearJournal();
  await undoButton(app).click();
  await expect(announcement(app)).toHaveText(`Undone: the outcome change of “${OLD.name}”.`, {
    timeout: 20_000,
  });

  // The portal: the old stage back with its code, name, colour and place, every item in it, the
  // replacement gone.
  const back = await row(portal, OLD.statusId);
  expect(back).toMatchObject({ NAME: OLD.name, CATEGORY_ID: String(PIPELINE.categoryId) });
  expect(back?.SEMANTICS ?? '').not.toBe('F');
  expect(back?.COLOR?.toLowerCase()).toBe(before?.COLOR?.toLowerCase());
  expect(await row(portal, NEW)).toBeUndefined();
  expect(await portal.order(PIPELINE.entityId)).toEqual(order);
  expect(await stageIn(portal, ids)).toEqual(ids.map(() => OLD.statusId));

  // The calls, in the order that never leaves an item without a stage: the add, the moves back,
  // then the delete of the empty replacement.
  const undone = await steps(portal);
  expect(undone.adds).toHaveLength(1);
  // The code is sent without the pipeline's prefix: the portal puts it in front.
  expect(undone.adds[0]?.params['fields']).toMatchObject({
    STATUS_ID: 'PREPARATION',
    NAME: OLD.name,
    CATEGORY_ID: String(PIPELINE.categoryId),
  });
  expect(sorted(undone.moves.map((u) => Number(u.params['id'])))).toEqual(sorted(ids));
  for (const u of undone.moves) {
    expect(u.params['fields']).toMatchObject({ stageId: OLD.statusId });
    expect(u.status).toBe(200);
  }
  expect(undone.deletes.map((d) => d.params['id'])).toEqual([replacement?.ID]);
  const seqs = undone.moves.map((u) => u.seq);
  expect(undone.adds[0]!.seq).toBeLessThan(Math.min(...seqs));
  expect(undone.deletes[0]!.seq).toBeGreaterThan(Math.max(...seqs));

  // The screen: the stage in progress again, where it was.
  await expect(group(app, 'Failure').getByRole('heading', { name: OLD.name })).toHaveCount(0);
  await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(shown);

  // One journal entry for the undo, about the change's last step.
  await expect
    .poll(async () => (await storedEntries(request, portal)).at(-1)?.entry.kind)
    .toBe('undo');
  expect((await storedEntries(request, portal)).at(-1)?.entry).toMatchObject({
    of: lastStep?.key,
    ofKind: 'outcome',
    items: { from: NEW, to: OLD.statusId },
  });

  // Redo: the same change again, the same new code, every item moved into it.
  await expect(redoButton(app)).toHaveAccessibleName(`Redo outcome change of ${OLD.name}`);
  await portal.clearJournal();
  await redoButton(app).click();
  await expect(announcement(app)).toHaveText(`Redone: the outcome change of “${OLD.name}”.`, {
    timeout: 20_000,
  });
  expect(await row(portal, OLD.statusId)).toBeUndefined();
  expect(await row(portal, NEW)).toMatchObject({ NAME: OLD.name, SEMANTICS: 'F' });
  expect(await stageIn(portal, ids)).toEqual(ids.map(() => NEW));
  const redone = await steps(portal);
  expect(redone.adds).toHaveLength(1);
  expect(redone.moves).toHaveLength(ITEMS);
  expect(redone.deletes).toHaveLength(1);
  await expect(group(app, 'Failure').getByRole('heading', { name: OLD.name })).toBeVisible();
  await expect(undoButton(app)).toHaveAccessibleName(`Undo outcome change of ${OLD.name}`);
});

test('Undo and Revert wait for a running outcome change; after a stop Undo takes back what landed and ends it', async ({
  portal,
  openApp,
}) => {
  const { ids, app } = await ready(portal, openApp);
  // Slow moves (4 s a page of 50), so the change is still running while the admin looks at Undo
  // and the journal, and the Stop below lands before the last page: a stop during it would let
  // the change finish.
  await portal.fault({ type: 'delay', method: 'crm.item.update', ms: 80, count: 1000 });
  const dialog = await startChange(app);
  await expect(dialog.getByRole('status')).toContainText('Moving items: 50 moved, 70 left.', {
    timeout: 20_000,
  });
  // Closed, the dialog leaves the change running above the board. Its steps so far are on the
  // undo stack, and Undo waits until it stops.
  await dialog.getByRole('button', { name: 'Close' }).click();
  const notice = app.getByRole('region', { name: OLD.name });
  await expect(notice.getByRole('status')).toContainText('Moving items');
  await expect(undoButton(app)).toHaveAccessibleName(`Undo outcome change of ${OLD.name}`);
  await expect(undoButton(app)).toBeDisabled();
  // Its tooltip says why, instead of a shortcut that does nothing now.
  await expect(undoButton(app)).toHaveAttribute(
    'title',
    `Undo outcome change of ${OLD.name}: waits until the outcome change ends`,
  );
  // So does Revert, on the change's own steps: disabled as Undo is, and even a click that reaches
  // the button sends nothing (a revert's first request is its fresh read of the directories).
  await portal.clearJournal();
  const journal = await openJournal(app);
  const reverts = journal.getByRole('button', { name: /^Revert/ });
  await expect(reverts.first()).toBeVisible();
  for (const revert of await reverts.all()) await expect(revert).toBeDisabled();
  await reverts.first().click({ force: true });
  await journal.getByRole('button', { name: 'Close the change journal' }).click();
  await notice.getByRole('button', { name: 'Stop' }).click();
  await expect(notice.getByRole('status')).toContainText('Stopped:', { timeout: 20_000 });
  expect(await portal.calls('crm.status.entity.types')).toEqual([]);
  await openJournal(app);
  await expect(reverts.first()).toBeEnabled();
  await expect(undoButton(app)).toHaveAttribute('title', /\((Ctrl\+|⌘)Z\)$/);
  await journal.getByRole('button', { name: 'Close the change journal' }).click();
  const moved = (await stageIn(portal, ids)).filter((s) => s === NEW).length;
  expect(moved).toBeGreaterThan(0);
  expect(moved).toBeLessThan(ITEMS);
  // Kept with the portal (the admin's user option) and offered to resume, above the board.
  const resume = notice.getByRole('button', { name: `Resume changing the outcome of ${OLD.name}` });
  await expect(resume).toBeVisible();
  expect(await keptChanges(portal)).toEqual([NEW]);

  // The stopped change undone: the items that moved go back, the new stage goes; the old stage
  // never left.
  await portal.clearFaults();
  await portal.clearJournal();
  await expect(undoButton(app)).toBeEnabled();
  await undoButton(app).click();
  await expect(announcement(app)).toHaveText(`Undone: the outcome change of “${OLD.name}”.`, {
    timeout: 20_000,
  });
  expect(await row(portal, NEW)).toBeUndefined();
  expect(await stageIn(portal, ids)).toEqual(ids.map(() => OLD.statusId));
  const undone = await steps(portal);
  expect(undone.adds).toEqual([]);
  expect(undone.moves).toHaveLength(moved);
  expect(undone.deletes).toHaveLength(1);
  // Everything is back, so the change is over: its notice and Resume go, and the portal keeps
  // nothing of it (a Resume would only have started it again).
  await expect(notice).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
  await expect.poll(() => keptChanges(portal)).toEqual([]);

  // Redo puts the half-done change back (the new stage, the items that had moved), and with it
  // the notice and the way to finish it.
  await portal.clearJournal();
  await redoButton(app).click();
  await expect(announcement(app)).toHaveText(`Redone: the outcome change of “${OLD.name}”.`, {
    timeout: 20_000,
  });
  expect((await stageIn(portal, ids)).filter((s) => s === NEW)).toHaveLength(moved);
  const redone = await steps(portal);
  expect(redone.adds).toHaveLength(1);
  expect(redone.deletes).toEqual([]);
  await expect(resume).toBeVisible();
  await expect.poll(() => keptChanges(portal)).toEqual([NEW]);
});
