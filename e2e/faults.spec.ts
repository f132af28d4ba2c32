import type { FrameLocator } from '@playwright/test';
import { boardReady, group, handle, namesIn, pickUp, rename } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';

const nameOf = async (portal: TestPortal, id: string) =>
  (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === id)?.NAME;

const unsavedRegion = (app: FrameLocator) => app.getByRole('region', { name: 'Unsaved changes' });

test.describe('fault matrix', () => {
  test('a burst of 503 QUERY_LIMIT_EXCEEDED is absorbed by retries, and the admin is told', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.fault({ type: 'rateLimit', count: 2 });
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect(app.getByText('Bitrix24 is busy and asked the app to slow down')).toBeVisible();
    await expect.poll(() => nameOf(portal, '109'), { timeout: 10_000 }).toBe('Closing invoice');
    await expect(app.getByText('Bitrix24 is busy')).toHaveCount(0);
    await expect(unsavedRegion(app)).toHaveCount(0);
    const statuses = (await portal.requests()).slice(-3).map((r) => r.status);
    expect(statuses).toContain(503);
  });

  test('one failed command of a batch: the board shows the truth and the rest retries in one click', async ({
    openApp,
    portal,
  }) => {
    // No gaps between SORT values: moving a stage must renumber more than one stage.
    await portal.upsertStatuses(
      ['101', '103', '105', '107', '109'].map((ID, i) => ({ ID, SORT: String(i + 1) })),
    );
    const app = await openApp();
    await boardReady(app);
    await portal.failCommand('crm.status.update');
    await pickUp(app, 'New');
    await handle(app, 'New').press('ArrowRight');
    await expect(app.getByText('Stage New is over position 2 of 5 in In progress.')).toBeAttached();
    await handle(app, 'New').press('ArrowRight');
    await expect(app.getByText('Stage New is over position 3 of 5 in In progress.')).toBeAttached();
    await handle(app, 'New').press('Space');

    const unsaved = unsavedRegion(app);
    await expect(unsaved).toContainText('Move New');
    await expect(unsaved).toContainText('Internal server error');
    const writes = await portal.calls('crm.status.update');
    expect(writes.length).toBeGreaterThan(1);
    // The board converges to what the portal holds after the partial write.
    const truth = (await portal.order('DEAL_STAGE')).slice(0, 5);
    await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(truth);

    await unsaved.getByRole('button', { name: 'Try again' }).click();
    const wanted = [
      'Document Preparation',
      'Prepayment Invoice',
      'New',
      'In Progress',
      'Final Invoice',
    ];
    await expect.poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5)).toEqual(wanted);
    await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(wanted);
    await expect(unsaved).toHaveCount(0);
    const retried = (await portal.calls('crm.status.update')).slice(writes.length);
    expect(retried).toHaveLength(1);
  });

  test('the token expires during a save: refreshed through the parent, saved, nothing shown', async ({
    openApp,
    portal,
    page,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.expireToken();
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
    await expect(unsavedRegion(app)).toHaveCount(0);
    const batches = (await portal.requests()).slice(-3).map((r) => r.status);
    expect(batches).toContain(401);
    const commands = await page.evaluate(
      () => (window as unknown as { __frameLog: { command: string }[] }).__frameLog,
    );
    expect(commands.map((c) => c.command)).toContain('refreshAuth');
  });

  test('a parent that never answers refreshAuth: a clear message, a reload, and the edit kept', async ({
    openApp,
    portal,
  }) => {
    test.setTimeout(60_000);
    await portal.settings({ refreshAuth: 'ignore' });
    const app = await openApp();
    await boardReady(app);
    await portal.expireToken();
    await rename(app, 'Final Invoice', 'Closing invoice');
    const unsaved = unsavedRegion(app);
    // The SDK waits 10 s for the parent before giving up (docs/sdk.md §3.4).
    await expect(unsaved).toContainText('session has expired', { timeout: 20_000 });
    await portal.settings({ refreshAuth: 'answer' });
    await unsaved.getByRole('button', { name: 'Reload the app' }).click();
    await boardReady(app);
    await expect(unsavedRegion(app)).toContainText('Rename Final Invoice to Closing invoice');
    await unsavedRegion(app).getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
    await expect(unsavedRegion(app)).toHaveCount(0);
  });

  test('a dropped connection: a visible pending state, the SDK retries, the right final state', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await portal.fault({ type: 'drop', method: 'batch', after: true });
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect.poll(() => nameOf(portal, '109'), { timeout: 10_000 }).toBe('Closing invoice');
    await expect(app.getByText('Saving 1 change…')).toHaveCount(0);
    // The first answer was lost (status 0) after the change landed; the SDK sent it again, and
    // the app recognised its own value instead of crying conflict.
    const writes = (await portal.requests()).filter((r) => r.method === 'batch');
    expect(writes.map((r) => r.status).slice(0, 2)).toEqual([0, 200]);
    await expect(unsavedRegion(app)).toHaveCount(0);
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Closing invoice' }),
    ).toBeVisible();
  });

  test('a portal that answers after 5 seconds: pending, then saved once', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.clearJournal();
    await portal.fault({ type: 'delay', method: 'batch', ms: 5_000 });
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Closing invoice' }),
    ).toBeVisible();
    await expect(app.getByText('Saving 1 change…')).toBeVisible();
    await expect(app.getByText('Bitrix24 is answering slowly; still waiting.')).toBeVisible();
    await expect(app.getByText('Saving 1 change…')).toHaveCount(0, { timeout: 10_000 });
    expect(await nameOf(portal, '109')).toBe('Closing invoice');
    expect(await portal.calls('crm.status.update')).toHaveLength(1);
  });

  const refusals = [
    { status: 400, error: 'Access denied.', text: 'you need CRM administrator rights' },
    { status: 403, error: 'insufficient_scope', text: 'lacks access to the CRM' },
    { status: 403, error: 'user_access_error', text: 'opened this app to some users only' },
    { status: 403, error: 'ACCESS_DENIED', text: 'plan does not allow apps to use the REST API' },
    { status: 401, error: 'expired_token', text: 'session has expired', count: 2 },
  ];
  for (const { status, error, text, count = 1 } of refusals) {
    test(`${error} is explained in the admin's words`, async ({ openApp, portal }) => {
      const app = await openApp();
      await boardReady(app);
      await portal.fault({
        type: 'error',
        method: 'batch',
        count,
        status,
        error,
        error_description: `${error} (portal description)`,
      });
      await rename(app, 'Final Invoice', 'Closing invoice');
      await expect(unsavedRegion(app)).toContainText(text);
      await expect(
        group(app, 'In progress').getByRole('heading', { name: 'Final Invoice' }),
      ).toBeVisible();
      expect(await nameOf(portal, '109')).toBe('Final Invoice');
    });
  }

  test('in Russian, the same refusal reads in Russian', async ({ openApp, portal }) => {
    await portal.settings({ lang: 'ru' });
    const app = await openApp();
    await boardReady(app, 'В работе');
    await portal.fault({
      type: 'error',
      method: 'batch',
      status: 403,
      error: 'insufficient_scope',
      error_description: 'x',
    });
    await app.getByRole('button', { name: 'Переименовать стадию Final Invoice' }).click();
    await app.getByRole('textbox', { name: 'Название стадии' }).fill('Closing invoice');
    await app.getByRole('textbox', { name: 'Название стадии' }).press('Enter');
    await expect(app.getByRole('region', { name: 'Несохранённые изменения' })).toContainText(
      'У приложения нет доступа к CRM',
    );
  });
});

test.describe('another admin at the same time', () => {
  test('a stage deleted meanwhile: the app says so and shows the current stages', async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    expect(await portal.asAnotherAdmin('crm.status.delete', { id: 115 })).toBe(true);
    await rename(app, 'Reason for Failure Analysis', 'Why we lost');
    await expect(unsavedRegion(app)).toContainText('This stage no longer exists');
    await expect(group(app, 'Failure').getByRole('listitem')).toHaveCount(1);
    expect((await portal.statuses('DEAL_STAGE')).some((s) => s.ID === '115')).toBe(false);
  });

  test("a stage renamed meanwhile: the other admin's name is kept and shown, mine stays pending", async ({
    openApp,
    portal,
  }) => {
    const app = await openApp();
    await boardReady(app);
    await portal.asAnotherAdmin('crm.status.update', {
      id: 109,
      fields: { NAME: 'Invoice (final)' },
    });
    await rename(app, 'Final Invoice', 'Closing invoice');
    const unsaved = unsavedRegion(app);
    await expect(unsaved).toContainText('Someone else changed this stage meanwhile');
    await expect(unsaved).toContainText('Invoice (final)');
    await expect(
      group(app, 'In progress').getByRole('heading', { name: 'Invoice (final)' }),
    ).toBeVisible();
    expect(await nameOf(portal, '109')).toBe('Invoice (final)');

    await unsaved.getByRole('button', { name: 'Apply mine anyway' }).click();
    await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
    await expect(unsaved).toHaveCount(0);
  });
});

test('unsaved changes survive a reload of the frame until applied or discarded', async ({
  openApp,
  portal,
  page,
}) => {
  const app = await openApp();
  await boardReady(app);
  await portal.failCommand('crm.status.update', 2);
  await rename(app, 'Final Invoice', 'Closing invoice');
  await expect(unsavedRegion(app)).toContainText('Rename Final Invoice to Closing invoice');
  await page.getByRole('button', { name: 'Reload app' }).click();
  await boardReady(app);
  await expect(unsavedRegion(app)).toContainText('Rename Final Invoice to Closing invoice');
  await unsavedRegion(app).getByRole('button', { name: 'Try again' }).click();
  await expect(unsavedRegion(app)).toContainText('Internal server error');
  await unsavedRegion(app).getByRole('button', { name: 'Discard' }).click();
  await expect(unsavedRegion(app)).toHaveCount(0);
  await page.reload();
  await boardReady(app);
  await expect(unsavedRegion(app)).toHaveCount(0);
  expect(await nameOf(portal, '109')).toBe('Final Invoice');
});

test('a refused add survives a reload of the frame and lands exactly once on retry', async ({
  openApp,
  portal,
  page,
}) => {
  const app = await openApp();
  await boardReady(app);
  await portal.failCommand('crm.status.add');
  await app.getByRole('button', { name: 'Add stage after Final Invoice' }).click();
  await app.getByRole('textbox', { name: 'Stage name' }).fill('Closing call');
  await app.getByRole('textbox', { name: 'Stage name' }).press('Enter');
  await expect(app.getByText(/Internal server error/)).toBeVisible();
  // The draft card speaks for the add while it is on screen; the list does not repeat it.
  await expect(unsavedRegion(app)).toHaveCount(0);

  await page.getByRole('button', { name: 'Reload app' }).click();
  await boardReady(app);
  const unsaved = unsavedRegion(app);
  await expect(unsaved).toContainText('Add stage Closing call');
  await unsaved.getByRole('button', { name: 'Try again' }).click();
  await expect(unsaved).toHaveCount(0);
  await expect(
    group(app, 'In progress').getByRole('heading', { name: 'Closing call' }),
  ).toBeVisible();
  await expect
    .poll(async () =>
      (await portal.statuses('DEAL_STAGE')).filter((s) => s.NAME === 'Closing call'),
    )
    .toHaveLength(1);
});
