import type { FrameLocator } from '@playwright/test';
import { boardReady, group, handle, namesIn, pointerDrag } from './board-helpers';
import { expect, test, type JournalEntry, type TestPortal } from './fixtures';

const openPipeline = async (app: FrameLocator, name: string) => {
  await app.getByRole('navigation', { name: 'Directories' }).getByRole('button', { name }).click();
  await expect(app.getByRole('banner')).toContainText(name);
};

/** Types a name into the new stage's editor and saves it with Enter. */
const nameNewStage = async (app: FrameLocator, name: string) => {
  const field = app.getByRole('textbox', { name: 'Stage name' });
  await expect(field).toBeFocused();
  await field.fill(name);
  await field.press('Enter');
};

/** The commands that ran inside the batch that carried `method`. */
async function batchOf(portal: TestPortal, method: string): Promise<JournalEntry[]> {
  const journal = await portal.journal();
  const row = journal.find((e) => e.method === method && e.parent !== undefined);
  return journal.filter((e) => e.parent !== undefined && e.parent === row?.parent);
}

const fieldsOf = (entry: JournalEntry | undefined) =>
  (entry?.params['fields'] ?? {}) as Record<string, unknown>;

test.describe('adding a stage', () => {
  test('at the start, in the middle and at the end of a group, with SORT zone rules and CATEGORY_ID', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await openPipeline(app, 'Newest Deal Stages');
    const inProgress = group(app, 'In progress');
    await expect(inProgress.getByRole('listitem')).toHaveCount(7);

    await app.getByRole('button', { name: 'Add stage at the start of In progress' }).click();
    await nameNewStage(app, 'Первый контакт');
    await expect(inProgress.getByRole('listitem')).toHaveCount(8);

    await app.getByRole('button', { name: 'Add stage after Needs assessment' }).click();
    await nameNewStage(app, 'Site visit');
    await expect(inProgress.getByRole('listitem')).toHaveCount(9);

    await app.getByRole('button', { name: 'Add stage after Delivery' }).click();
    await nameNewStage(app, 'Handover');
    await expect(inProgress.getByRole('listitem')).toHaveCount(10);

    await app.getByRole('button', { name: 'Add stage after Analysing the loss' }).click();
    await nameNewStage(app, 'No budget');
    await expect(group(app, 'Failure').getByRole('listitem')).toHaveCount(3);

    await expect
      .poll(() => namesIn(inProgress))
      .toEqual([
        'Первый контакт',
        'New request',
        'Needs assessment',
        'Site visit',
        'Proposal sent',
        'Negotiation',
        'Final invoice',
        'Contract signing',
        'Delivery',
        'Handover',
      ]);
    // The last add may still be on its way when its optimistic card appears.
    await expect
      .poll(() => portal.order('DEAL_STAGE_1'))
      .toEqual([
        'Первый контакт',
        'New request',
        'Needs assessment',
        'Site visit',
        'Proposal sent',
        'Negotiation',
        'Final invoice',
        'Contract signing',
        'Delivery',
        'Handover',
        'Deal won',
        'Deal lost',
        'Analysing the loss',
        'No budget',
      ]);

    const adds = await portal.calls('crm.status.add');
    expect(adds).toHaveLength(4);
    for (const add of adds) {
      expect(add.parent).toBeDefined(); // sent inside a batch
      expect(add.status).toBe(200);
      expect(fieldsOf(add)).toMatchObject({ ENTITY_ID: 'DEAL_STAGE_1', CATEGORY_ID: '1' });
    }
    expect(adds.map((a) => fieldsOf(a)['SEMANTICS'])).toEqual(['', '', '', 'F']);
    expect(fieldsOf(adds[0])['STATUS_ID']).toBe('PERVYY_KONTAKT');
    // Gaps existed everywhere: no other stage was touched.
    expect(await portal.calls('crm.status.update')).toHaveLength(0);

    const rows = await portal.statuses('DEAL_STAGE_1');
    const row = (name: string) => rows.find((r) => r.NAME === name);
    expect(row('Первый контакт')).toMatchObject({ STATUS_ID: 'C1:PERVYY_KONTAKT' });
    expect(String(row('Первый контакт')?.CATEGORY_ID)).toBe('1');
    const sort = (name: string) => Number(row(name)?.SORT);
    expect(sort('Первый контакт')).toBeLessThan(sort('New request'));
    expect(sort('Site visit')).toBeGreaterThan(sort('Needs assessment'));
    expect(sort('Site visit')).toBeLessThan(sort('Proposal sent'));
    expect(sort('Handover')).toBeGreaterThan(sort('Delivery'));
    expect(sort('Handover')).toBeLessThan(sort('Deal won'));
    expect(sort('No budget')).toBeGreaterThan(sort('Analysing the loss'));
    expect(row('No budget')).toMatchObject({ STATUS_ID: 'C1:NO_BUDGET', SEMANTICS: 'F' });
  });

  test('shifts neighbours in the same batch only when no gap is left', async ({
    openApp,
    portal,
  }) => {
    const rows = await portal.statuses('DEAL_STAGE');
    const id = (statusId: string) => rows.find((r) => r.STATUS_ID === statusId)?.ID;
    await portal.upsertStatuses([
      { ID: id('NEW'), SORT: '1' },
      { ID: id('PREPARATION'), SORT: '2' },
    ]);
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Add stage after New' }).click();
    await nameNewStage(app, 'Qualified');
    await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(6);
    expect((await namesIn(group(app, 'In progress'))).slice(0, 3)).toEqual([
      'New',
      'Qualified',
      'Document Preparation',
    ]);
    // The shifts, then the add, then the directory read back to verify them, in one batch.
    const methods = (await batchOf(portal, 'crm.status.add')).map((e) => e.method);
    expect(methods.slice(0, methods.indexOf('crm.status.add'))).toContain('crm.status.update');
    expect(methods.slice(methods.indexOf('crm.status.add') + 1)).toEqual(['crm.status.list']);
    expect((await portal.order('DEAL_STAGE')).slice(0, 3)).toEqual([
      'New',
      'Qualified',
      'Document Preparation',
    ]);
  });

  test('focus goes to the new stage’s handle; a discarded one gives it back to its +', async ({
    openApp,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const plus = app.getByRole('button', { name: 'Add stage after Prepayment Invoice' });
    await plus.press('Enter');
    await nameNewStage(app, 'Site visit');
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Site visit' }),
    ).toBeVisible();
    await expect(handle(app, 'Site visit')).toBeFocused();

    await plus.press('Enter');
    await expect(app.getByRole('textbox', { name: 'Stage name' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.getByRole('textbox', { name: 'Stage name' })).toHaveCount(0);
    await expect(plus).toBeFocused();
  });

  test('after a lost connection the stage exists exactly once', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.fault({ type: 'drop', method: 'batch', after: true });
    await app.getByRole('button', { name: 'Add stage after In Progress' }).click();
    await nameNewStage(app, 'Legal review');
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Legal review' }),
    ).toHaveCount(1);
    await expect(app.getByRole('textbox', { name: 'Stage name' })).toHaveCount(0);
    // The draft card shows the name while the SDK is still resending the dropped batch.
    const legalReview = async () =>
      (await portal.statuses('DEAL_STAGE')).filter((r) => r.NAME === 'Legal review');
    await expect.poll(legalReview, { timeout: 10_000 }).toHaveLength(1);
    const rows = await legalReview();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.STATUS_ID).toBe('LEGAL_REVIEW');
    const adds = await portal.calls('crm.status.add');
    // The dropped one landed; anything sent after it was refused as a duplicate, never created.
    expect(adds.filter((a) => a.status === 200)).toHaveLength(1);
  });

  test('a new stage called "0" is refused before anything is sent', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await app.getByRole('button', { name: 'Add stage after New' }).click();
    // The add would keep "0", but no later rename could give it back (docs/rest-api.md §4.1).
    await nameNewStage(app, ' 0 ');
    await expect(app.getByRole('alert')).toHaveText(
      'Bitrix24 does not keep the name “0” (it treats it as empty). Choose another name.',
    );
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await expect(field).toHaveValue(' 0 ');
    await field.fill('00');
    await field.press('Enter');
    await expect(group(app, 'In progress').getByRole('heading', { name: '00' })).toBeVisible();
    await expect.poll(async () => (await portal.calls('crm.status.add')).length).toBe(1);
    expect(fieldsOf((await portal.calls('crm.status.add'))[0])['NAME']).toBe('00');
  });

  test('a refused add shows the portal’s own words and can be discarded', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.fault({
      type: 'error',
      method: 'crm.status.add',
      status: 400,
      error: '',
      error_description: 'The field STATUS_ID is required.',
    });
    await app.getByRole('button', { name: 'Add stage after New' }).click();
    await nameNewStage(app, 'Broken');
    await expect(app.getByRole('alert')).toContainText('The field STATUS_ID is required.');
    await app.getByRole('button', { name: 'Discard' }).click();
    await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(5);
    expect((await portal.statuses('DEAL_STAGE')).some((r) => r.NAME === 'Broken')).toBe(false);
  });
});

test.describe('deleting a stage', () => {
  test('every column shows its item count, loaded after the board in one request', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const card = (name: string) => app.getByRole('article', { name, exact: true });
    await expect(card('New').getByTestId('item-count')).toHaveText('3 items');
    await expect(card('Document Preparation').getByTestId('item-count')).toHaveText('2 items');
    await expect(card('In Progress').getByTestId('item-count')).toHaveText('1 item');
    await expect(card('Final Invoice').getByTestId('item-count')).toHaveText('0 items');
    // The board, then its counts (the change journal's and the analytics' requests aside).
    const requests = (await portal.requestsFor()).filter(
      (r) => r.follower === null || r.follower === 'counts',
    );
    expect(requests.map((r) => r.follower)).toEqual([null, 'counts']);
    const counts = (await portal.journal()).filter((e) => e.parent === requests[1]?.seq);
    expect(counts).toHaveLength(8);
    expect(counts.every((e) => e.method === 'crm.item.list')).toBe(true);
  });

  test('a plain empty stage is deleted after confirmation', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Delete stage Final Invoice' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete stage Final Invoice?' });
    await expect(dialog).toContainText('There are no CRM items in this stage.');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(4);
    const deletes = await portal.calls('crm.status.delete');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.params).toEqual({ id: '109' });
    expect((await portal.statuses('DEAL_STAGE')).some((r) => r.ID === '109')).toBe(false);
  });

  test('focus goes to the next stage’s handle, else to the previous one’s', async ({
    openApp,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const deleteByKeyboard = async (name: string) => {
      await app.getByRole('button', { name: `Delete stage ${name}` }).press('Enter');
      const dialog = app.getByRole('dialog', { name: `Delete stage ${name}?` });
      await expect(dialog).toContainText('There are no CRM items in this stage.');
      await dialog.getByRole('button', { name: 'Delete', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toHaveCount(0);
      await expect(app.getByRole('article', { name, exact: true })).toHaveCount(0);
    };
    // A new, empty stage in the middle of In progress.
    await app.getByRole('button', { name: 'Add stage after New' }).press('Enter');
    await nameNewStage(app, 'Site survey');
    await expect(handle(app, 'Site survey')).toBeFocused();
    await deleteByKeyboard('Site survey');
    await expect(handle(app, 'Document Preparation')).toBeFocused();
    await deleteByKeyboard('Final Invoice');
    await expect(handle(app, 'In Progress')).toBeFocused();
  });

  for (const [name, why] of [
    ['New', 'The start stage cannot be deleted'],
    ['Deal Successful', 'The success stage cannot be deleted'],
    ['Deal Failed', 'The first failure stage cannot be deleted'],
  ] as const) {
    test(`refuses to delete ${name}, and says why`, async ({ openApp, portal }) => {
      const app = await openApp();
      await boardReady(app);
      await app.getByRole('button', { name: `Delete stage ${name}` }).click();
      const dialog = app.getByRole('dialog', { name: `Delete stage ${name}?` });
      await expect(dialog).toContainText(why);
      await expect(dialog.getByRole('button', { name: /delete/i })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Close' }).first().click();
      await expect(dialog).toHaveCount(0);
      expect(await portal.calls('crm.status.delete')).toHaveLength(0);
    });
  }

  test('another system stage is deleted with FORCED=Y behind a second confirmation', async ({
    openApp,
    portal,
  }) => {
    await portal.upsertStatuses([
      {
        ID: '801',
        ENTITY_ID: 'DEAL_STAGE',
        STATUS_ID: 'LEGACY',
        NAME: 'Legacy intake',
        NAME_INIT: 'Legacy intake',
        SORT: '45',
        SYSTEM: 'Y',
        COLOR: '#39A8EF',
        SEMANTICS: null,
        CATEGORY_ID: null,
      },
    ]);
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Delete stage Legacy intake' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete stage Legacy intake?' });
    const remove = dialog.getByRole('button', { name: 'Delete', exact: true });
    await expect(remove).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'I understand this is a system stage' }).check();
    await remove.click();
    await expect(dialog).toHaveCount(0);
    const deletes = await portal.calls('crm.status.delete');
    expect(deletes.map((d) => d.params)).toEqual([{ id: '801', params: { FORCED: 'Y' } }]);
    expect((await portal.statuses('DEAL_STAGE')).some((r) => r.ID === '801')).toBe(false);
  });

  test('moves the items out in batches with progress, stops, resumes, then deletes', async ({
    openApp,
    portal,
  }) => {
    await portal.plantItems({ entityTypeId: 2, categoryId: 0, stageId: 'PREPARATION', count: 120 });
    const app = await openApp();
    await boardReady(app);
    const card = app.getByRole('article', { name: 'Document Preparation', exact: true });
    await expect(card.getByTestId('item-count')).toHaveText('122 items');
    await app.getByRole('button', { name: 'Delete stage Document Preparation' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete stage Document Preparation?' });
    await expect(dialog).toContainText('122 CRM items are in this stage.');
    const picker = dialog.getByRole('combobox', { name: 'Move the items to' });
    await expect(picker.getByRole('option')).toHaveText([
      'New',
      'Prepayment Invoice',
      'In Progress',
      'Final Invoice',
      'Deal Successful',
      'Deal Failed',
      'Reason for Failure Analysis',
    ]);
    await picker.selectOption({ label: 'In Progress' });

    // Slow the portal so there is time to stop between two rounds.
    await portal.fault({ type: 'delay', method: 'batch', count: 20, ms: 600 });
    await dialog.getByRole('button', { name: 'Move 122 items to In Progress and delete' }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Moving items' });
    await expect(progress).toBeVisible();
    await expect(dialog).toContainText(/[1-9]\d* of 122 moved/);
    await dialog.getByRole('button', { name: 'Stop moving' }).click();
    await expect(dialog.getByRole('status')).toContainText('Moving stopped');
    await expect(dialog.getByRole('status')).toContainText('Nothing was deleted');
    const moved = Number(/(\d+) of 122 moved/.exec(await dialog.innerText())?.[1]);
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(122);
    await expect(progress).toHaveAttribute('value', String(moved));
    const items = await portal.items();
    expect(items.filter((i) => i.entityTypeId === 2 && i.stageId === 'PREPARATION')).toHaveLength(
      122 - moved,
    );
    expect(await portal.calls('crm.status.delete')).toHaveLength(0);
    expect((await portal.statuses('DEAL_STAGE')).some((r) => r.STATUS_ID === 'PREPARATION')).toBe(
      true,
    );

    await dialog
      .getByRole('button', { name: `Move ${122 - moved} items to In Progress and delete` })
      .click();
    await expect(dialog).toHaveCount(0, { timeout: 20_000 });
    await expect(app.getByRole('article', { name: 'Document Preparation' })).toHaveCount(0);
    const after = await portal.items();
    expect(after.filter((i) => i.entityTypeId === 2 && i.stageId === 'EXECUTING')).toHaveLength(
      123,
    );
    const journal = await portal.journal();
    const updates = journal.filter((e) => e.method === 'crm.item.update');
    expect(updates).toHaveLength(122);
    expect(updates[0]?.params).toMatchObject({
      entityTypeId: '2',
      fields: { stageId: 'EXECUTING' },
    });
    // Moved in batches of at most 50, and deleted only after the last move.
    const perBatch = new Map<number | undefined, number>();
    for (const u of updates) perBatch.set(u.parent, (perBatch.get(u.parent) ?? 0) + 1);
    expect(Math.max(...perBatch.values())).toBeLessThanOrEqual(50);
    const del = journal.find((e) => e.method === 'crm.status.delete');
    expect(del?.seq).toBeGreaterThan(updates.at(-1)?.seq ?? Infinity);
    expect(del?.params).toEqual({ id: '103' });
  });

  test('when the portal still refuses (active items), nothing changes and the admin is told', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.fault({
      type: 'error',
      method: 'crm.status.delete',
      status: 400,
      error: 'There are active items in this status.',
      error_description: 'There are active items in this status.',
    });
    await app.getByRole('button', { name: 'Delete stage In Progress' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete stage In Progress?' });
    await expect(dialog).toContainText('1 CRM item is in this stage.');
    await dialog.getByRole('button', { name: 'Move 1 item to New and delete' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Bitrix24 still refuses to delete this stage: there are active items in it.',
    );
    expect((await portal.statuses('DEAL_STAGE')).some((r) => r.STATUS_ID === 'EXECUTING')).toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.getByRole('article', { name: 'In Progress', exact: true })).toBeVisible();
  });
});

test.describe('other reference books', () => {
  const openSources = async (app: FrameLocator) => {
    await openPipeline(app, 'Sources');
    await expect(app.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(10);
  };

  test('reorder from the keyboard, rename, add and delete', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await openSources(app);
    const list = app.getByRole('list', { name: 'Sources' });
    await expect(app.getByText('editing them comes in a later version')).toHaveCount(0);

    // Reorder: Space, ArrowDown, Space moves "Call" below "E-Mail".
    const callHandle = app.getByRole('button', { name: 'Move entry Call', exact: true });
    await callHandle.focus();
    await callHandle.press('Space');
    await expect(app.getByText('Picked up entry Call. Position 1 of 10.')).toBeAttached();
    await callHandle.press('ArrowDown');
    await expect(app.getByText('Entry Call is over position 2 of 10.')).toBeAttached();
    await callHandle.press('Space');
    await expect(app.getByText('Entry Call dropped at position 2 of 10.')).toBeAttached();
    await expect
      .poll(() => portal.order('SOURCE').then((o) => o.slice(0, 2)))
      .toEqual(['E-Mail', 'Call']);
    expect((await portal.calls('crm.status.update')).length).toBe(1);

    // Rename.
    await app.getByRole('button', { name: 'Rename entry Website' }).click();
    const field = app.getByRole('textbox', { name: 'Entry name' });
    await field.fill('Web site');
    await field.press('Enter');
    await expect(list).toContainText('Web site');
    await expect
      .poll(async () => (await portal.statuses('SOURCE')).find((r) => r.STATUS_ID === 'WEB')?.NAME)
      .toBe('Web site');
    // The keyboard carries on from the entry's Rename button, as on a stage card.
    await expect(app.getByRole('button', { name: 'Rename entry Web site' })).toBeFocused();

    // Add after "Other" (the end): STATUS_ID from the name, no SEMANTICS, colour or category.
    await app.getByRole('button', { name: 'Add entry after Other' }).click();
    const fresh = app.getByRole('textbox', { name: 'Entry name' });
    await fresh.fill('Podcast sponsorship');
    await fresh.press('Enter');
    await expect(list.getByRole('listitem')).toHaveCount(11);
    // The draft's own row counts too while the add is on its way: wait for the portal.
    await expect.poll(async () => (await portal.calls('crm.status.add')).length).toBe(1);
    const add = (await portal.calls('crm.status.add'))[0];
    expect(fieldsOf(add)).toEqual({
      ENTITY_ID: 'SOURCE',
      STATUS_ID: 'PODCAST_SPONSORSHIP',
      NAME: 'Podcast sponsorship',
      SORT: '110',
    });
    expect((await portal.order('SOURCE')).at(-1)).toBe('Podcast sponsorship');

    // Delete the new (plain) entry, then a system one behind the explicit confirmation.
    await app.getByRole('button', { name: 'Delete entry Podcast sponsorship' }).click();
    let dialog = app.getByRole('dialog', { name: 'Delete entry Podcast sponsorship?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await app.getByRole('button', { name: 'Delete entry Callback' }).click();
    dialog = app.getByRole('dialog', { name: 'Delete entry Callback?' });
    await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
    await dialog.getByRole('checkbox', { name: 'I understand this is a system entry' }).check();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(list.getByRole('listitem')).toHaveCount(9);
    const deletes = await portal.calls('crm.status.delete');
    expect(deletes.map((d) => d.params['params'] ?? null)).toEqual([null, { FORCED: 'Y' }]);
    expect((await portal.statuses('SOURCE')).some((r) => r.STATUS_ID === 'CALLBACK')).toBe(false);
  });

  test('reorder with the mouse', async ({ openApp, portal, page }) => {
    const app = await openApp();
    await boardReady(app);
    await openSources(app);
    await pointerDrag(
      page,
      app.getByRole('button', { name: 'Move entry Other', exact: true }),
      app.getByRole('button', { name: 'Move entry Call', exact: true }),
    );
    await expect.poll(() => portal.order('SOURCE').then((o) => o[0])).toBe('Other');
    expect(await portal.calls('crm.status.update')).toHaveLength(1);
  });

  test('add at the start of a reference book', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await openSources(app);
    await app.getByRole('button', { name: '+ Add entry at the start' }).click();
    const field = app.getByRole('textbox', { name: 'Entry name' });
    await field.fill('Walk-in');
    await field.press('Enter');
    await expect(app.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(11);
    // The draft's own row counts too while the add is on its way: wait for the portal.
    await expect.poll(async () => (await portal.order('SOURCE'))[0]).toBe('Walk-in');
  });
});
