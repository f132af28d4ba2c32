import { expect, test } from './fixtures';
import { boardReady, group, handle, namesIn, pickUp, pointerDrag, rename } from './board-helpers';

const IN_PROGRESS = [
  'New',
  'Document Preparation',
  'Prepayment Invoice',
  'In Progress',
  'Final Invoice',
];

test.describe('the stage board', () => {
  test('shows the default pipeline in three semantic groups, in SORT order', async ({
    openApp,
  }) => {
    const app = await openApp();
    await boardReady(app);
    expect(await namesIn(group(app, 'In progress'))).toEqual(IN_PROGRESS);
    expect(await namesIn(group(app, 'Success'))).toEqual(['Deal Successful']);
    expect(await namesIn(group(app, 'Failure'))).toEqual([
      'Deal Failed',
      'Reason for Failure Analysis',
    ]);
    await expect(
      app.getByRole('navigation', { name: 'Directories' }).getByRole('button', {
        name: 'General Deal Stages',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('the first board costs exactly one REST request after the handshake', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const requests = await portal.requestsFor();
    expect(requests[0]?.method).toBe('batch');
    const inside = (await portal.journal()).filter((e) => e.parent === requests[0]?.seq);
    expect(inside.map((e) => e.method).sort()).toEqual([
      'crm.settings.mode.get',
      'crm.status.entity.types',
      'crm.status.list',
    ]);
    // The item counts, the change journal's opening and the analytics come after the board is
    // on screen, never as part of it.
    expect(requests.slice(1).filter((r) => r.follower === null)).toEqual([]);
  });

  test('switching directories costs one request, and switching back none', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    const nav = app.getByRole('navigation', { name: 'Directories' });
    await nav.getByRole('button', { name: 'Newest Deal Stages' }).click();
    await expect(app.getByRole('banner')).toContainText('Newest Deal Stages');
    await expect(group(app, 'Success').getByRole('listitem')).toHaveCount(1);
    await nav.getByRole('button', { name: 'General Deal Stages' }).click();
    await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(5);
    expect(await portal.boardRequests()).toHaveLength(1);
  });

  test('remembers the last directory the admin opened', async ({ openApp, page }) => {
    const app = await openApp();
    await boardReady(app);
    await app
      .getByRole('navigation', { name: 'Directories' })
      .getByRole('button', { name: 'Newest Deal Stages' })
      .click();
    await expect(app.getByRole('banner')).toContainText('Newest Deal Stages');
    await page.reload();
    await expect(
      app.getByRole('navigation', { name: 'Directories' }).getByRole('button', {
        name: 'Newest Deal Stages',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('in simple CRM mode lead statuses are hidden, with the reason', async ({
    openApp,
    portal,
  }) => {
    await portal.settings({ crmMode: 'simple' });
    const app = await openApp();
    await boardReady(app);
    const nav = app.getByRole('navigation', { name: 'Directories' });
    await expect(nav.getByText(/simple mode/)).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Lead Stages' })).toHaveCount(0);
  });

  test('a stage name is shown as text, never run as HTML', async ({ openApp, portal, page }) => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    await portal.upsertStatuses([
      {
        ID: '103',
        ENTITY_ID: 'DEAL_STAGE',
        STATUS_ID: 'PREPARATION',
        NAME: hostile,
        SORT: '20',
        SEMANTICS: null,
      },
    ]);
    const app = await openApp();
    await boardReady(app);
    await expect(group(app, 'In progress').getByRole('heading', { name: hostile })).toBeVisible();
    const frame = page.frames().find((f) => f.name().includes('|'));
    expect(await frame?.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await expect(group(app, 'In progress').locator('img')).toHaveCount(0);
  });
});

test.describe('reordering', () => {
  test('by keyboard: Space picks up, an arrow moves, Space drops; one write in one request', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await handle(app, 'Prepayment Invoice').focus();
    await handle(app, 'Prepayment Invoice').press('Space');
    await expect(
      app.getByText('Picked up stage Prepayment Invoice. Position 3 of 5 in In progress.'),
    ).toBeAttached();
    await handle(app, 'Prepayment Invoice').press('ArrowRight');
    await expect(
      app.getByText('Stage Prepayment Invoice is over position 4 of 5 in In progress.'),
    ).toBeAttached();
    await handle(app, 'Prepayment Invoice').press('Space');
    await expect(
      app.getByText('Stage Prepayment Invoice dropped at position 4 of 5 in In progress.'),
    ).toBeAttached();

    const expected = [
      'New',
      'Document Preparation',
      'In Progress',
      'Prepayment Invoice',
      'Final Invoice',
    ];
    expect(await namesIn(group(app, 'In progress'))).toEqual(expected);
    await expect
      .poll(() => portal.order('DEAL_STAGE'))
      .toEqual([...expected, 'Deal Successful', 'Deal Failed', 'Reason for Failure Analysis']);
    const updates = await portal.calls('crm.status.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.params).toMatchObject({ id: '105', fields: { SORT: expect.anything() } });
    const writeRequests = (await portal.requests()).filter((r) =>
      updates.some((u) => u.parent === r.seq),
    );
    expect(writeRequests).toHaveLength(1);
  });

  test('by keyboard: focus stays on the moved stage’s handle, after the drop and the read-back', async ({
    openApp,
    portal,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const moved = await pickUp(app, 'Prepayment Invoice');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(
      app.getByText('Stage Prepayment Invoice is over position 5 of 5 in In progress.'),
    ).toBeAttached();
    await page.keyboard.press('Space');
    await expect(moved).toBeFocused();
    // The move's optimistic order, then the portal's read-back: the card renders twice.
    await expect
      .poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5))
      .toEqual([
        'New',
        'Document Preparation',
        'In Progress',
        'Final Invoice',
        'Prepayment Invoice',
      ]);
    await expect(group(app, 'In progress').getByRole('listitem').last()).toContainText(
      'Prepayment Invoice',
    );
    await expect(moved).toBeFocused();
    // Tab goes on from the moved card, not from the stage now at its old place.
    await page.keyboard.press('Tab');
    await expect(
      app.getByRole('button', { name: 'Analytics of stage Prepayment Invoice' }),
    ).toBeFocused();
  });

  test('by keyboard in the two-stage Failure group, beside the one-stage Success group', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    const stage = await pickUp(app, 'Reason for Failure Analysis');
    await stage.press('ArrowLeft');
    await expect(
      app.getByText('Stage Reason for Failure Analysis is over position 1 of 2 in Failure.'),
    ).toBeAttached();
    await stage.press('Space');
    await expect
      .poll(async () => (await portal.order('DEAL_STAGE')).slice(-2))
      .toEqual(['Reason for Failure Analysis', 'Deal Failed']);
    await expect
      .poll(() => namesIn(group(app, 'Failure')))
      .toEqual(['Reason for Failure Analysis', 'Deal Failed']);
  });

  test('by keyboard: Escape cancels and nothing is written', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await handle(app, 'New').focus();
    await handle(app, 'New').press('Space');
    await expect(
      app.getByText('Picked up stage New. Position 1 of 5 in In progress.'),
    ).toBeAttached();
    await handle(app, 'New').press('ArrowRight');
    await expect(app.getByText('Stage New is over position 2 of 5 in In progress.')).toBeAttached();
    await handle(app, 'New').press('Escape');
    await expect(app.getByText(/Moving stage New was cancelled/)).toBeAttached();
    expect(await namesIn(group(app, 'In progress'))).toEqual(IN_PROGRESS);
    expect(await portal.calls('crm.status.update')).toHaveLength(0);
  });

  test('by mouse: dragging a stage onto another reorders it', async ({ openApp, portal, page }) => {
    const app = await openApp();
    await boardReady(app);
    const list = group(app, 'In progress');
    await pointerDrag(
      page,
      handle(app, 'Final Invoice'),
      list.getByRole('listitem').filter({ hasText: 'Document Preparation' }),
    );
    const expected = [
      'New',
      'Final Invoice',
      'Document Preparation',
      'Prepayment Invoice',
      'In Progress',
    ];
    await expect.poll(() => namesIn(list)).toEqual(expected);
    await expect.poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5)).toEqual(expected);
    expect(await portal.calls('crm.status.update')).toHaveLength(1);
  });

  test('a drop into another group is refused, visibly and aloud', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await pickUp(app, 'Final Invoice');
    await handle(app, 'Final Invoice').press('ArrowRight');
    await expect(app.getByText(/Stage Final Invoice cannot move to Success/)).toBeAttached();
    await handle(app, 'Final Invoice').press('Space');
    await expect(app.getByText('A stage can only move within its own group.')).toBeVisible();
    await expect(
      app.getByText(/Stage Final Invoice was not moved: it cannot leave In progress for Success/),
    ).toBeAttached();
    expect(await namesIn(group(app, 'In progress'))).toEqual(IN_PROGRESS);
    expect(await portal.calls('crm.status.update')).toHaveLength(0);
  });
});

test.describe('renaming', () => {
  test('Enter saves the trimmed name to the portal', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Rename stage Document Preparation' }).click();
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await field.fill('  Paperwork  ');
    await field.press('Enter');
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Paperwork' }),
    ).toBeVisible();
    await expect
      .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '103')?.NAME)
      .toBe('Paperwork');
  });

  test('Escape cancels without a write', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await app.getByRole('button', { name: 'Rename stage Final Invoice' }).click();
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await field.fill('Something else');
    await field.press('Escape');
    await expect(field).toHaveCount(0);
    expect(await namesIn(group(app, 'In progress'))).toEqual(IN_PROGRESS);
    expect(await portal.calls('crm.status.update')).toHaveLength(0);
  });

  test('saving or cancelling puts focus back on the stage’s Rename button', async ({
    openApp,
    portal,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Rename stage Final Invoice' }).press('Enter');
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(app.getByRole('button', { name: 'Rename stage Final Invoice' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await page.keyboard.type('Closing invoice');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '109')?.NAME)
      .toBe('Closing invoice');
    await expect(app.getByRole('button', { name: 'Rename stage Closing invoice' })).toBeFocused();
  });

  test('an empty, over-long or "0" name is refused inline with the reason', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await app.getByRole('button', { name: 'Rename stage Final Invoice' }).click();
    const field = app.getByRole('textbox', { name: 'Stage name' });
    await field.fill('   ');
    await field.press('Enter');
    await expect(app.getByRole('alert')).toHaveText('Enter a name: a stage needs one.');
    // Bitrix24 answers true to "0" and keeps the old name (docs/server-behaviour.md §1.6).
    for (const zero of ['0', ' 0 ']) {
      await field.fill(zero);
      await field.press('Enter');
      await expect(app.getByRole('alert')).toHaveText(
        'Bitrix24 does not keep the name “0” (it treats it as empty). Choose another name.',
      );
      await expect(field).toHaveValue(zero);
    }
    await field.fill('x'.repeat(101));
    await field.press('Enter');
    await expect(app.getByRole('alert')).toHaveText(
      'The name is too long: at most 100 characters.',
    );
    await expect(field).toHaveValue('x'.repeat(101));
    expect(await portal.calls('crm.status.update')).toHaveLength(0);
  });

  test('double-clicking the name opens the editor', async ({ openApp }) => {
    const app = await openApp();
    await boardReady(app);
    await group(app, 'Failure').getByRole('heading', { name: 'Deal Failed' }).dblclick();
    await expect(app.getByRole('textbox', { name: 'Stage name' })).toHaveValue('Deal Failed');
  });

  test('a renamed system stage offers its original name back', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    const column = group(app, 'In progress').getByRole('listitem').first();
    await expect(column.getByRole('button', { name: 'Restore original name' })).toHaveCount(0);
    await rename(app, 'New', 'Fresh leads');
    await column.getByRole('button', { name: 'Restore original name' }).click();
    await expect(column.getByRole('heading', { name: 'New', exact: true })).toBeVisible();
    await expect
      .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '101')?.NAME)
      .toBe('New');
  });
});

test.describe('recolouring', () => {
  test('a palette swatch recolours the stage', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await app.getByRole('button', { name: 'Change colour of stage In Progress' }).click();
    await app.getByRole('button', { name: '#ffa801', exact: true }).click();
    await expect
      .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '107')?.COLOR)
      .toBe('#ffa801');
  });

  test('a 3-digit hex is expanded; an invalid one is refused inline', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await app.getByRole('button', { name: 'Change colour of stage In Progress' }).click();
    const hex = app.getByRole('textbox', { name: 'Hex colour' });
    await hex.fill('red;background:url(x)');
    await hex.press('Enter');
    await expect(app.getByRole('alert')).toContainText('Enter 3 or 6 hexadecimal digits');
    expect(await portal.calls('crm.status.update')).toHaveLength(0);
    await hex.fill('#3AF');
    await hex.press('Enter');
    await expect
      .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '107')?.COLOR)
      .toBe('#33aaff');
  });
});

test.describe('failures and rights', () => {
  test('a refused write rolls back, says why, and can be retried', async ({ openApp, portal }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.failCommand('crm.status.update');
    await rename(app, 'Final Invoice', 'Closing invoice');

    const unsaved = app.getByRole('region', { name: 'Unsaved changes' });
    await expect(unsaved).toContainText('Rename Final Invoice to Closing invoice');
    await expect(unsaved).toContainText('Internal server error');
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Final Invoice' }),
    ).toBeVisible();

    await unsaved.getByRole('button', { name: 'Try again' }).press('Enter');
    await expect(unsaved).toHaveCount(0);
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Closing invoice' }),
    ).toBeVisible();
    // The panel went with its last entry: focus goes on to the stage it saved.
    await expect(handle(app, 'Closing invoice')).toBeFocused();
    await expect
      .poll(async () => (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === '109')?.NAME)
      .toBe('Closing invoice');
  });

  test('an ordinary user sees a read-only board and sends no write', async ({
    openApp,
    portal,
  }) => {
    await portal.settings({ admin: false });
    const app = await openApp();
    await boardReady(app);
    await expect(app.getByText(/needs CRM administrator rights/)).toBeVisible();
    await expect(app.getByRole('button', { name: /^Move stage/ })).toHaveCount(0);
    await expect(app.getByRole('button', { name: /^Rename stage/ })).toHaveCount(0);
    await group(app, 'Failure').getByRole('heading', { name: 'Deal Failed' }).dblclick();
    await expect(app.getByRole('textbox', { name: 'Stage name' })).toHaveCount(0);
    // The edit-right probe is crm.status.update without fields, which writes nothing
    // (docs/server-behaviour.md §9); a write carries fields.
    const writes = (await portal.calls('crm.status.update')).filter((c) => 'fields' in c.params);
    expect(writes).toHaveLength(0);
  });

  test('when the portal answers Access denied, the board turns read-only', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.fault({
      method: 'crm.status.update',
      type: 'error',
      status: 400,
      error: 'Access denied.',
      error_description: 'Access denied.',
    });
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect(app.getByText(/needs CRM administrator rights/)).toBeVisible();
    await expect(app.getByRole('button', { name: /^Move stage/ })).toHaveCount(0);
  });
});
