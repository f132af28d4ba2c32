// Issue 12: the change journal every admin of the portal shares. Two admins in two browser
// contexts (the portal admin, and the CRM admin through the page's `user` parameter), reverting
// another admin's entry (with a conflict), the journal across a reload. A revert whose stage or
// directory is gone is journal-gone.spec.ts; the keyboard path is journal-keyboard.spec.ts.
import type { Browser, FrameLocator } from '@playwright/test';
import { analyticsLoaded, boardReady, rename } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';
import { isJournalCall } from './portal-control';
import {
  announcement,
  GUARDED_WRITE,
  FRESH_READ,
  entriesList,
  journalRegion,
  openJournal,
  sentEntries,
  sentRequests,
  storedEntries,
  undoButton,
  readyApp,
} from './journal-helpers';

const nameOf = async (portal: TestPortal, id: string) =>
  (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === id)?.NAME;

/** The same portal in another browser context, signed in as the CRM administrator (user 3). */
async function secondAdmin(browser: Browser, baseURL: string | undefined, portal: TestPortal) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${portal.pageUrl}&user=crm-admin`);
  const app = page.frameLocator('#app-frame');
  await boardReady(app);
  return { app, close: () => context.close() };
}

const entry = (app: FrameLocator, text: string) =>
  entriesList(app).getByRole('listitem').filter({ hasText: text });

test.describe('the shared journal', () => {
  // Two browser contexts each load the app: more than one page load's time.
  test.describe.configure({ timeout: 60_000 });

  test('two admins in two browsers each see the other’s entries, under their own names', async ({
    openApp,
    portal,
    browser,
    baseURL,
    request,
  }) => {
    const anna = await readyApp(openApp);
    const ivan = await secondAdmin(browser, baseURL, portal);
    try {
      await rename(anna, 'Final Invoice', 'Closing invoice');
      await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
      await rename(ivan.app, 'In Progress', 'Working');
      await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(2);
      // The portal dates and signs each entry: CREATED_BY is the writer, whatever the app says.
      const stored = await storedEntries(request, portal);
      expect(stored.map((e) => e.fields['CREATED_BY'])).toEqual(['1', '3']);

      const seenByIvan = await openJournal(ivan.app);
      await expect(entriesList(ivan.app).getByRole('listitem')).toHaveText([
        /^Sales Director renamed “In Progress” to “Working” in General Deal Stages/,
        /^Portal Administrator renamed “Final Invoice” to “Closing invoice” in General Deal Stages/,
      ]);
      await expect(seenByIvan).toBeVisible();
      await openJournal(anna);
      await expect(entriesList(anna).getByRole('listitem')).toHaveText([
        /^Sales Director renamed “In Progress” to “Working”/,
        /^Portal Administrator renamed “Final Invoice” to “Closing invoice”/,
      ]);
      // Filter by admin: the portal filters (CREATED_BY), one request.
      await portal.clearJournal();
      await journalRegion(anna)
        .getByLabel('Admin', { exact: true })
        .selectOption({ label: 'Sales Director' });
      await expect(entriesList(anna).getByRole('listitem')).toHaveText([/^Sales Director renamed/]);
      const gets = await portal.calls('entity.item.get');
      expect(gets).toHaveLength(1);
      expect(gets[0]?.params).toMatchObject({ FILTER: { CREATED_BY: '3' }, start: '0' });
    } finally {
      await ivan.close();
    }
  });

  test('reverting another admin’s entry; and when someone changed it since, both values and a choice', async ({
    openApp,
    portal,
    browser,
    baseURL,
    request,
  }) => {
    const anna = await readyApp(openApp);
    await analyticsLoaded(anna);
    await rename(anna, 'Final Invoice', 'Closing invoice');
    await rename(anna, 'In Progress', 'Working');
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(2);
    const [, working] = await storedEntries(request, portal);
    const ivan = await secondAdmin(browser, baseURL, portal);
    try {
      await analyticsLoaded(ivan.app);
      await openJournal(ivan.app);
      await expect(entriesList(ivan.app).getByRole('listitem')).toHaveCount(2);
      await portal.clearJournal();
      await entry(ivan.app, '“In Progress” to “Working”')
        .getByRole('button', { name: /^Revert/ })
        .click();
      await expect(announcement(ivan.app)).toHaveText('Reverted: the rename of “Working”.');
      await expect(
        ivan.app.getByRole('article', { name: 'In Progress', exact: true }),
      ).toBeVisible();
      await expect(entriesList(ivan.app).getByRole('listitem').first()).toHaveText(
        /^Sales Director reverted the rename of “Working” in General Deal Stages/,
      );
      // A fresh read (directories and rows), the guarded write, its entry, the panel's page.
      await expect
        .poll(() => sentRequests(portal))
        .toEqual([FRESH_READ, GUARDED_WRITE, ['entity.item.add'], ['entity.item.get']]);
      expect((await portal.calls('crm.status.update')).map((c) => c.params)).toEqual([
        { id: '107', fields: { NAME: 'In Progress' } },
      ]);
      expect((await sentEntries(portal))[0]).toMatchObject({
        code: 'revert',
        directory: 'DEAL_STAGE',
        entry: { of: working?.entry.key, ofKind: 'rename', outcome: { status: 'saved' } },
      });
      expect(await nameOf(portal, '107')).toBe('In Progress');

      // Someone renames the stage again outside the app; the revert meets their value.
      await portal.asAnotherAdmin('crm.status.update', {
        id: 109,
        fields: { NAME: 'Invoice (final)' },
      });
      await portal.clearJournal();
      await entry(ivan.app, '“Final Invoice” to “Closing invoice”')
        .getByRole('button', { name: /^Revert/ })
        .click();
      await expect(announcement(ivan.app)).toContainText('could not be put back');
      const unsaved = ivan.app.getByRole('region', { name: 'Unsaved changes' });
      await expect(unsaved).toContainText('Rename Invoice (final) to Final Invoice');
      await expect(unsaved).toContainText('it is now “Invoice (final)”');
      await expect(journalRegion(ivan.app)).toContainText(
        'Rename Invoice (final) to Final Invoice',
      );
      // The write met their value: theirs is put back at once (one more request) and kept
      // until the admin chooses; the refusal is journalled with its reason.
      await expect
        .poll(() => sentRequests(portal))
        .toEqual([
          FRESH_READ,
          GUARDED_WRITE,
          ['crm.status.update', 'crm.status.list'],
          ['entity.item.add'],
          ['entity.item.get'],
        ]);
      expect((await portal.calls('crm.status.update')).map((c) => c.params)).toEqual([
        { id: '109', fields: { NAME: 'Final Invoice' } },
        { id: '109', fields: { NAME: 'Invoice (final)' } },
      ]);
      expect((await sentEntries(portal))[0]).toMatchObject({
        code: 'revert',
        entry: { outcome: { status: 'refused', reason: expect.stringMatching(/^conflict/) } },
      });
      expect(await nameOf(portal, '109')).toBe('Invoice (final)');
      await expect(ivan.app.getByRole('article', { name: 'Invoice (final)' })).toBeVisible();

      // The open journal shows the same choice (it covers part of the board).
      await portal.clearJournal();
      await journalRegion(ivan.app).getByRole('button', { name: 'Apply mine' }).click();
      await expect(unsaved).toHaveCount(0);
      await expect(ivan.app.getByRole('article', { name: 'Final Invoice' })).toBeVisible();
      // Mine, on purpose over theirs: no guard, one request; then its entry.
      await expect
        .poll(() => sentRequests(portal))
        .toEqual([
          ['crm.status.update', 'crm.status.list'],
          ['entity.item.add'],
          ['entity.item.get'],
        ]);
      expect((await portal.calls('crm.status.update')).map((c) => c.params)).toEqual([
        { id: '109', fields: { NAME: 'Final Invoice' } },
      ]);
      expect(await nameOf(portal, '109')).toBe('Final Invoice');
      // Both attempts are in the journal: the refused one with its reason, then the saved one.
      await expect
        .poll(async () =>
          (await storedEntries(request, portal)).map((e) => [e.entry.kind, e.entry.outcome.status]),
        )
        .toEqual([
          ['rename', 'saved'],
          ['rename', 'saved'],
          ['revert', 'saved'],
          ['revert', 'refused'],
          ['revert', 'saved'],
        ]);
    } finally {
      await ivan.close();
    }
  });

  test('the journal survives a reload; what could not be written waits and is written after it', async ({
    openApp,
    portal,
    page,
    request,
  }) => {
    const app = await readyApp(openApp);
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(1);
    await analyticsLoaded(app);
    // The next journal write fails: the change stands, its entry waits as not yet recorded.
    await portal.fault({
      type: 'error',
      method: 'entity.item.add',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'x',
    });
    await portal.clearJournal();
    await rename(app, 'In Progress', 'Working');
    await expect.poll(() => nameOf(portal, '107')).toBe('Working');
    const region = await openJournal(app);
    await expect(region).toContainText('1 change is not yet recorded in the journal.');
    await expect(region.getByRole('list', { name: 'Not yet recorded' })).toContainText(
      'renamed “In Progress” to “Working”',
    );
    await expect(entriesList(app).getByRole('listitem')).toHaveCount(1);
    // The change in one request, its entry in one that failed, the open panel's page.
    expect(await sentRequests(portal)).toEqual([
      GUARDED_WRITE,
      ['entity.item.add'],
      ['entity.item.get'],
    ]);
    const [failed] = await sentEntries(portal);
    expect(failed).toMatchObject({ status: 500, code: 'rename', entry: { kind: 'rename' } });

    await portal.clearJournal();
    await page.reload();
    await boardReady(app);
    await expect(undoButton(app)).toBeDisabled();
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(2);
    // After the reload: the board's one request; the journal's opening, then the waiting entry
    // sent again under its own key (so it is never recorded twice), nothing else of the journal.
    expect(await portal.boardRequests()).toHaveLength(1);
    expect(
      (await sentRequests(portal)).filter((r) => r.every((m) => isJournalCall({ method: m }))),
    ).toEqual([['profile', 'server.time', 'entity.get'], ['entity.item.add']]);
    const [again] = await sentEntries(portal);
    expect(again).toMatchObject({ status: 200, code: 'rename' });
    expect(again?.entry.key).toBe(failed?.entry.key);

    await portal.clearJournal();
    await openJournal(app);
    await expect(entriesList(app).getByRole('listitem')).toHaveText([
      /^Portal Administrator renamed “In Progress” to “Working”/,
      /^Portal Administrator renamed “Final Invoice” to “Closing invoice”/,
    ]);
    await expect(journalRegion(app)).not.toContainText('not yet recorded');
    // Opening the journal costs one request.
    expect(await sentRequests(portal)).toEqual([['entity.item.get']]);
  });
});
