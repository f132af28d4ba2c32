// Issue 12: a revert whose target stage or directory no longer exists explains that and changes
// nothing, asserted on the screen and in the portal's call journal.
import type { FrameLocator } from '@playwright/test';
import { rename } from './board-helpers';
import { expect, test } from './fixtures';
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
} from './journal-helpers';

const entry = (app: FrameLocator, text: string) =>
  entriesList(app).getByRole('listitem').filter({ hasText: text });

test.describe('a revert of what is gone', () => {
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
    const added = (await portal.asAnotherAdmin('crm.category.add', {
      entityTypeId: 2,
      fields: { name: 'Renewals' },
    })) as { category: { id: number } };
    const entityId = `DEAL_STAGE_${added.category.id}`;
    const stage = { statusId: `C${added.category.id}:NEW`, color: '#39a8ef', sort: 10 };
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
    await expect(
      app
        .getByRole('navigation', { name: 'Directories' })
        .getByRole('button', { name: 'Renewals' }),
    ).toBeVisible();
    await portal.asAnotherAdmin('crm.category.delete', { entityTypeId: 2, id: added.category.id });
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
});
