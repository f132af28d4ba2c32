// Issue 12: a revert (or an undo) whose target stage or directory no longer exists explains that
// and changes nothing, asserted on the screen and in the portal's call journal.
import type { FrameLocator } from '@playwright/test';
import { boardReady, rename } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';
import {
  announcement,
  entriesList,
  entryText,
  FRESH_READ,
  openJournal,
  plantEntries,
  readyApp,
  sentRequests,
  storedEntries,
  undoButton,
} from './journal-helpers';

const entry = (app: FrameLocator, text: string) =>
  entriesList(app).getByRole('listitem').filter({ hasText: text });

/** Another admin adds a deal pipeline "Renewals"; returns its category id and ENTITY_ID. */
async function addRenewals(portal: TestPortal) {
  const added = (await portal.asAnotherAdmin('crm.category.add', {
    entityTypeId: 2,
    fields: { name: 'Renewals' },
  })) as { category: { id: number } };
  return { categoryId: added.category.id, entityId: `DEAL_STAGE_${added.category.id}` };
}

const renewalsButton = (app: FrameLocator) =>
  app.getByRole('navigation', { name: 'Directories' }).getByRole('button', { name: 'Renewals' });

test.describe('a revert or an undo of what is gone', () => {
  test('a revert of a stage that is gone explains that and changes nothing', async ({
    openApp,
    portal,
    request,
  }) => {
    const app = await readyApp(openApp);
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
    await portal.asAnotherAdmin('crm.status.delete', { id: 109 });
    await openJournal(app);
    await expect(entriesList(app).getByRole('listitem')).toHaveCount(1);
    await portal.clearJournal();
    await entry(app, 'Closing invoice')
      .getByRole('button', { name: /^Revert/ })
      .click();
    await expect(announcement(app)).toHaveText(
      'Nothing was changed: the stage “Closing invoice” no longer exists.',
    );
    await expect(app.getByRole('article', { name: 'Closing invoice' })).toHaveCount(0);
    // One fresh read (directories and rows), nothing written, nothing journalled. The board
    // shows what it read, so its item counts follow (reads only).
    const counts = (r: string[]) => r.every((m) => m === 'crm.item.list');
    expect((await sentRequests(portal)).filter((r) => !counts(r))).toEqual([FRESH_READ]);
  });

  test('a revert in a pipeline another admin deleted since explains that and changes nothing', async ({
    openApp,
    portal,
    request,
  }) => {
    const added = await addRenewals(portal);
    const { entityId } = added;
    const stage = { statusId: `C${added.categoryId}:NEW`, color: '#39a8ef', sort: 10 };
    const snapshot = (name: string) => ({
      id: '9001',
      ...stage,
      name,
      group: 'process',
      system: false,
    });
    await plantEntries(request, portal, [
      {
        NAME: 'rename',
        CODE: 'rename',
        PREVIEW_TEXT: entityId,
        DETAIL_TEXT: entryText(1, {
          dir: { id: entityId, name: 'Renewals Deal Stages' },
          stages: [{ b: snapshot('New'), a: snapshot('First call') }],
        }),
      },
    ]);
    const app = await readyApp(openApp);
    // The app lists the pipeline; then it goes.
    await expect(renewalsButton(app)).toBeVisible();
    await portal.asAnotherAdmin('crm.category.delete', { entityTypeId: 2, id: added.categoryId });
    await openJournal(app);
    await expect(entriesList(app).getByRole('listitem')).toHaveCount(1);
    await portal.clearJournal();
    await entry(app, 'First call')
      .getByRole('button', { name: /^Revert/ })
      .click();
    await expect(announcement(app)).toHaveText(
      'Nothing was changed: the directory “Renewals Deal Stages” no longer exists.',
    );
    // One fresh read of the directories (and the rows): nothing written, nothing journalled.
    expect(await sentRequests(portal)).toEqual([FRESH_READ]);
  });

  test('an undo in a pipeline another admin deleted since says so, as a revert does, and sends no write', async ({
    openApp,
    portal,
    request,
  }) => {
    const { categoryId } = await addRenewals(portal);
    const app = await readyApp(openApp);
    await renewalsButton(app).click();
    await expect(app.getByRole('banner')).toContainText('Renewals');
    await boardReady(app);
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect(undoButton(app)).toHaveAccessibleName('Undo rename of Closing invoice');
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
    // The board still shows the pipeline; the portal no longer has it.
    await portal.asAnotherAdmin('crm.category.delete', { entityTypeId: 2, id: categoryId });
    await portal.clearJournal();
    await undoButton(app).click();
    await expect(announcement(app)).toHaveText(
      'Nothing was changed: the directory “Renewals Deal Stages” no longer exists.',
    );
    // One fresh read of the directories (and the rows), as a revert's: nothing written, nothing
    // journalled, nothing left to try again.
    expect(await sentRequests(portal)).toEqual([FRESH_READ]);
    await expect(app.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0);
    // It can never be undone: Undo has nothing left to offer.
    await expect(undoButton(app)).toHaveAccessibleName('Undo');
    await expect(undoButton(app)).toBeDisabled();
    expect(await storedEntries(request, portal)).toHaveLength(1);
  });
});
