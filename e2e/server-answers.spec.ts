// Issue 10: the app against a portal that answers as the Bitrix24 server code does (the local
// portal's default), and, where the app reads an error, also as the REST docs word it.
import type { FrameLocator } from '@playwright/test';
import { boardReady, group, handle, namesIn, rename } from './board-helpers';
import { expect, test } from './fixtures';

const unsaved = (app: FrameLocator) => app.getByRole('region', { name: 'Unsaved changes' });

const openPipeline = async (app: FrameLocator, name: string) => {
  await app.getByRole('navigation', { name: 'Directories' }).getByRole('button', { name }).click();
  await expect(app.getByRole('banner')).toContainText(name);
};

const addStageAfter = async (app: FrameLocator, after: string, name: string) => {
  await app.getByRole('button', { name: `Add stage after ${after}` }).click();
  const field = app.getByRole('textbox', { name: 'Stage name' });
  await field.fill(name);
  await field.press('Enter');
};

/** How a portal words its refusal to delete a deal stage that holds items. */
const HOLDS_ITEMS = {
  server: 'There are active items in this status.',
  docs: 'There are related items, deletion is not possible.',
};

for (const answers of ['server', 'docs'] as const) {
  test.describe(`with the ${answers}' answers`, () => {
    test.beforeEach(async ({ portal }) => {
      await portal.settings({ answers });
    });

    test('a stage that gained items meanwhile: its delete is refused in the portal’s words', async ({
      openApp,
      portal,
    }) => {
      const app = await openApp();
      await boardReady(app);
      await app.getByRole('button', { name: 'Delete stage Final Invoice' }).click();
      const dialog = app.getByRole('dialog', { name: 'Delete stage Final Invoice?' });
      await expect(dialog).toContainText('There are no CRM items in this stage.');
      // Another user creates a deal in the stage while the dialog is open.
      await portal.plantItems({ entityTypeId: 2, categoryId: 0, stageId: 'FINAL_INVOICE' });
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      // The portal's own words, quoted: the server's fixed sentence, or the docs' description.
      await expect(dialog.getByRole('alert')).toContainText(HOLDS_ITEMS[answers]);
      await expect(dialog.getByRole('alert')).toContainText('Move them to another stage first.');
      const refusal = (await portal.calls('crm.status.delete')).at(-1);
      expect(refusal?.status).toBe(400);
      expect(
        (await portal.statuses('DEAL_STAGE')).some((r) => r.STATUS_ID === 'FINAL_INVOICE'),
      ).toBe(true);
    });

    test('a lost answer to an add: the resend meets our own stage, one stage, no error, and the next add works', async ({
      openApp,
      portal,
    }) => {
      const app = await openApp();
      await boardReady(app);
      // The portal creates the stage, then the connection drops: the SDK sends the batch again.
      await portal.fault({ type: 'drop', method: 'batch', after: true });
      await addStageAfter(app, 'In Progress', 'Legal review');
      const legal = group(app, 'In progress').getByRole('heading', { name: 'Legal review' });
      await expect(legal).toHaveCount(1);
      await expect(app.getByRole('textbox', { name: 'Stage name' })).toHaveCount(0);
      await expect(app.getByRole('alert')).toHaveCount(0);
      // The draft leaves once the portal holds the stage; the SDK may still be resending.
      const landed = async () =>
        (await portal.calls('crm.status.add')).filter((a) => a.status === 200);
      await expect.poll(landed).toHaveLength(1);
      const adds = await portal.calls('crm.status.add');
      // The resend was refused as a duplicate: ERROR_CORE from the server, a sentence from the docs.
      expect(adds.filter((a) => a.status !== 200).length).toBeGreaterThan(0);

      await addStageAfter(app, 'Legal review', 'Contract signed');
      await expect(
        group(app, 'In progress').getByRole('heading', { name: 'Contract signed' }),
      ).toBeVisible();
      await expect(app.getByRole('alert')).toHaveCount(0);
      // The card shows while its add is on the way; the portal holds it once the add lands.
      const named = async (name: string) =>
        (await portal.statuses('DEAL_STAGE')).filter((r) => r.NAME === name);
      await expect.poll(() => named('Contract signed')).toHaveLength(1);
      expect(await named('Legal review')).toHaveLength(1);
    });

    test('a rename refused with an empty code shows the portal’s sentence and stays unsaved', async ({
      openApp,
      portal,
    }) => {
      const app = await openApp();
      await boardReady(app);
      await portal.fault({
        type: 'refusedEmptyCode',
        method: 'crm.status.update',
        description: 'The stage is locked by a running import.',
      });
      await rename(app, 'Final Invoice', 'Closing invoice');
      await expect(unsaved(app)).toContainText('Rename Final Invoice to Closing invoice');
      await expect(unsaved(app)).toContainText('The stage is locked by a running import.');
      await expect(
        group(app, 'In progress').getByRole('heading', { name: 'Final Invoice' }),
      ).toBeVisible();
    });

    test('a rename of a stage another admin deleted says it is gone', async ({
      openApp,
      portal,
    }) => {
      const app = await openApp();
      await boardReady(app);
      await portal.asAnotherAdmin('crm.status.delete', { id: 109 });
      await rename(app, 'Final Invoice', 'Closing invoice');
      await expect(unsaved(app)).toContainText('This stage no longer exists');
      await expect(
        group(app, 'In progress').getByRole('heading', { name: 'Final Invoice' }),
      ).toHaveCount(0);
    });
  });
}

test('“accepted but not saved”: the board shows what the portal kept, and the rename stays unsaved with the reason', async ({
  openApp,
  portal,
}) => {
  const app = await openApp();
  await boardReady(app);
  await portal.fault({ type: 'notSaved', method: 'crm.status.update' });
  await rename(app, 'Final Invoice', 'Closing invoice');
  await expect(unsaved(app)).toContainText('Rename Final Invoice to Closing invoice');
  await expect(unsaved(app)).toContainText('did not keep it: it still holds “Final Invoice”');
  await expect(
    group(app, 'In progress').getByRole('heading', { name: 'Final Invoice' }),
  ).toBeVisible();
  // The write and its read-back travelled in one request; nothing else was read.
  const writes = (await portal.calls('crm.status.update')).filter((c) => 'fields' in c.params);
  expect(writes).toHaveLength(1);
  const batch = (await portal.journal()).filter((e) => e.parent === writes[0]?.parent);
  expect(batch.map((e) => e.method).slice(-2)).toEqual(['crm.status.update', 'crm.status.list']);
  // Tried again, the portal keeps it this time.
  await unsaved(app).getByRole('button', { name: 'Try again' }).click();
  await expect(unsaved(app)).toHaveCount(0);
  await expect(
    group(app, 'In progress').getByRole('heading', { name: 'Closing invoice' }),
  ).toBeVisible();
  expect((await portal.statuses('DEAL_STAGE')).find((r) => r.ID === '109')?.NAME).toBe(
    'Closing invoice',
  );
});

test('a CRM administrator who is not a portal administrator reorders a stage', async ({
  openApp,
  portal,
}) => {
  await portal.settings({ user: 'crm-admin' });
  const app = await openApp();
  await boardReady(app);
  await expect(app.getByText(/can view the stages but not change them/)).toHaveCount(0);
  await handle(app, 'Final Invoice').focus();
  await handle(app, 'Final Invoice').press('Space');
  await handle(app, 'Final Invoice').press('ArrowLeft');
  await handle(app, 'Final Invoice').press('Space');
  const expected = [
    'New',
    'Document Preparation',
    'Prepayment Invoice',
    'Final Invoice',
    'In Progress',
  ];
  await expect.poll(() => namesIn(group(app, 'In progress'))).toEqual(expected);
  await expect.poll(async () => (await portal.order('DEAL_STAGE')).slice(0, 5)).toEqual(expected);
});

test('an ordinary user sees why the board is read-only before any work is lost', async ({
  openApp,
  portal,
}) => {
  await portal.settings({ user: 'ordinary' });
  const app = await openApp();
  await boardReady(app);
  await expect(app.getByText(/editing needs CRM administrator rights/)).toBeVisible();
  await expect(app.getByRole('button', { name: /^Move stage / })).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^Rename stage / })).toHaveCount(0);
});

test('a user without any CRM item rights is told there is no access to the CRM', async ({
  openApp,
  portal,
}) => {
  await portal.settings({ user: 'no-item-rights' });
  const app = await openApp();
  await expect(app.getByText(/no access to the CRM/)).toBeVisible();
  await expect(app.getByRole('button', { name: /^Move stage / })).toHaveCount(0);
});

test('a directory of 120 stages comes in one list call, never paged', async ({
  openApp,
  portal,
}) => {
  const app = await openApp();
  await boardReady(app);
  await portal.clearJournal();
  await openPipeline(app, 'Enterprise onboarding (120 stages)');
  await expect(group(app, 'In progress').getByRole('listitem')).toHaveCount(117);
  const lists = await portal.calls('crm.status.list');
  expect(lists).toHaveLength(1);
  expect(lists[0]?.params).not.toHaveProperty('start');
  expect(lists[0]?.params['filter']).toEqual({ ENTITY_ID: 'DEAL_STAGE_3' });
});

test('a smart process whose stages are switched off is shown as such, never as a board', async ({
  openApp,
  portal,
}) => {
  await portal.settings({ disabledSmartProcess: true });
  const app = await openApp();
  await boardReady(app);
  const nav = app.getByRole('navigation', { name: 'Directories' });
  await expect(nav).toContainText('Archived contracts');
  await expect(nav).toContainText('Stages are switched off in this smart process’s settings.');
  await expect(nav.getByRole('button', { name: /Archived contracts/ })).toHaveCount(0);
});
