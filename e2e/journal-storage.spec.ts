// Issue 12: the journal's storage as the portal keeps it. Thousands of entries paged 50 at a
// time without loading the rest, the portal's own filters, entries that are malformed or not
// ours, a portal that refuses the storage, and the CSV export.
import { readFile } from 'node:fs/promises';
import { rename } from './board-helpers';
import { expect, test, type TestPortal } from './fixtures';
import {
  announcement,
  entriesList,
  entryText,
  openJournal,
  plantEntries,
  sentRequests,
  storedEntries,
  undoButton,
  readyApp,
} from './journal-helpers';

/** A planted entry as the app writes it: kind in CODE, the directory in PREVIEW_TEXT. */
const planted = (n: number, kind: 'rename' | 'recolour' = 'rename') => {
  const stage = (label: string, color: string) => ({
    id: '109',
    statusId: 'FINAL_INVOICE',
    name: label,
    color,
    sort: 50,
    group: 'process',
    system: false,
  });
  const stages =
    kind === 'rename'
      ? [{ b: stage(`Name ${n}`, '#ffa900'), a: stage(`Name ${n + 1}`, '#ffa900') }]
      : [{ b: stage('Final Invoice', '#ffa900'), a: stage('Final Invoice', '#00ff00') }];
  return {
    NAME: `${kind} ${n}`,
    CODE: kind,
    PREVIEW_TEXT: 'DEAL_STAGE',
    DETAIL_TEXT: entryText(n, { kind, stages }),
  };
};

const nameOf = async (portal: TestPortal, id: string) =>
  (await portal.statuses('DEAL_STAGE')).find((s) => s.ID === id)?.NAME;

test.describe('the journal’s storage', () => {
  test('pages through 2,000 entries 50 at a time; opening costs one request', async ({
    openApp,
    portal,
    request,
  }) => {
    await plantEntries(
      request,
      portal,
      Array.from({ length: 2000 }, (_, n) => planted(n, n % 10 === 0 ? 'recolour' : 'rename')),
    );
    const app = await readyApp(openApp);
    await portal.clearJournal();
    const region = await openJournal(app);
    await expect(region).toContainText('Entries 1–50 of 2,000');
    const rows = entriesList(app).getByRole('listitem');
    await expect(rows).toHaveCount(50);
    await expect(rows.first()).toHaveText(
      /^Portal Administrator renamed “Name 1999” to “Name 2000”/,
    );
    expect(await portal.requests()).toHaveLength(1);
    const [first] = await portal.calls('entity.item.get');
    expect(first?.params).toMatchObject({
      SORT: { ID: 'DESC' },
      start: '0',
      ENTITY: 'stagejournal',
    });

    await region.getByRole('button', { name: 'Older' }).click();
    await expect(region).toContainText('Entries 51–100 of 2,000');
    await expect(rows.first()).toHaveText(/renamed “Name 1949” to “Name 1950”/);
    await region.getByRole('button', { name: 'Oldest' }).click();
    await expect(region).toContainText('Entries 1,951–2,000 of 2,000');
    await expect(rows.last()).toHaveText(/recoloured “Final Invoice” from #ffa900 to #00ff00/);
    await region.getByRole('button', { name: 'Newest' }).click();
    await expect(region).toContainText('Entries 1–50 of 2,000');
    // One request per page looked at, never the whole journal. The newest page shows from the
    // cache at once; its fresh read may follow the text.
    const starts = async () =>
      (await portal.calls('entity.item.get')).map((c) => c.params['start']);
    await expect.poll(starts).toEqual(['0', '50', '1950', '0']);
    expect(await portal.requests()).toHaveLength(4);

    // The kind filter is the portal's: one request, and the count is what matches.
    await region.getByLabel('Kind', { exact: true }).selectOption({ label: 'Recolour' });
    await expect(region).toContainText('Entries 1–50 of 200');
    const last = (await portal.calls('entity.item.get')).at(-1);
    expect(last?.params).toMatchObject({ FILTER: { CODE: 'recolour' }, start: '0' });
  });

  test('malformed and foreign entries are skipped, and counted', async ({
    openApp,
    portal,
    request,
  }) => {
    await plantEntries(request, portal, [
      planted(1),
      { NAME: 'broken', DETAIL_TEXT: '{"app":"b24-stage-editor/journal","v":1,' },
      { NAME: 'foreign', DETAIL_TEXT: JSON.stringify({ hello: 'from another app' }) },
      {
        NAME: 'hostile colour',
        DETAIL_TEXT: entryText(2).replaceAll('#ffa900', 'red;background:url(x)'),
      },
      { NAME: 'markup', DETAIL_TEXT: entryText(3).replace('"Name 3"', '{"html":"<img src=x>"}') },
      planted(4),
    ]);
    const app = await readyApp(openApp);
    await portal.clearJournal();
    const region = await openJournal(app);
    await expect(entriesList(app).getByRole('listitem')).toHaveText([
      /renamed “Name 4” to “Name 5”/,
      /renamed “Name 1” to “Name 2”/,
    ]);
    await expect(region.getByRole('status').filter({ hasText: 'could not be read' })).toHaveText(
      'Entries on this page not shown because they could not be read (malformed, or not written by this app): 4.',
    );
    await expect(region).toContainText('Entries 1–6 of 6');
    // One page read, all six items in it; the four bad ones are left as they are (nothing is
    // rewritten nor deleted), and the portal's count still includes them.
    expect(await sentRequests(portal)).toEqual([['entity.item.get']]);
    expect((await portal.calls('entity.item.get'))[0]?.params).toEqual({
      ENTITY: 'stagejournal',
      SORT: { ID: 'DESC' },
      start: '0',
    });
  });

  test('filter by directory: the portal filters, one request, only that directory’s entries', async ({
    openApp,
    portal,
    request,
  }) => {
    const inSources = (n: number) => ({
      NAME: `rename ${n}`,
      CODE: 'rename',
      PREVIEW_TEXT: 'SOURCE',
      DETAIL_TEXT: entryText(n, { dir: { id: 'SOURCE', name: 'Sources' } }),
    });
    await plantEntries(request, portal, [planted(1), inSources(2), planted(3), inSources(4)]);
    const app = await readyApp(openApp);
    const region = await openJournal(app);
    await expect(entriesList(app).getByRole('listitem')).toHaveCount(4);
    await portal.clearJournal();
    await region.getByLabel('Directory', { exact: true }).selectOption({ label: 'Sources' });
    await expect(entriesList(app).getByRole('listitem')).toHaveText([
      /^Portal Administrator renamed “Name 4” to “Name 5” in Sources/,
      /^Portal Administrator renamed “Name 2” to “Name 3” in Sources/,
    ]);
    await expect(region).toContainText('Entries 1–2 of 2');
    expect(await sentRequests(portal)).toEqual([['entity.item.get']]);
    expect((await portal.calls('entity.item.get'))[0]?.params).toEqual({
      ENTITY: 'stagejournal',
      SORT: { ID: 'DESC' },
      FILTER: { PREVIEW_TEXT: 'SOURCE' },
      start: '0',
    });

    await portal.clearJournal();
    await region
      .getByLabel('Directory', { exact: true })
      .selectOption({ label: 'General Deal Stages' });
    await expect(entriesList(app).getByRole('listitem')).toHaveText([
      /renamed “Name 3” to “Name 4” in General Deal Stages/,
      /renamed “Name 1” to “Name 2” in General Deal Stages/,
    ]);
    expect((await portal.calls('entity.item.get')).map((c) => c.params['FILTER'])).toEqual([
      { PREVIEW_TEXT: 'DEAL_STAGE' },
    ]);
    expect(await portal.requests()).toHaveLength(1);
  });

  for (const [appStorage, why] of [
    ['no-scope', 'this app was installed without access to its storage'],
    ['no-rights', 'Bitrix24 does not let your account use this app’s storage'],
  ] as const) {
    test(`a portal that refuses the storage (${appStorage}): editing and undo work, the journal says why`, async ({
      openApp,
      portal,
    }) => {
      await portal.settings({ appStorage });
      const app = await readyApp(openApp);
      await rename(app, 'Final Invoice', 'Closing invoice');
      await expect.poll(() => nameOf(portal, '109')).toBe('Closing invoice');
      await undoButton(app).click();
      await expect(announcement(app)).toHaveText('Undone: the rename of “Closing invoice”.');
      await expect.poll(() => nameOf(portal, '109')).toBe('Final Invoice');
      const region = await openJournal(app);
      await expect(region.getByRole('alert')).toContainText(
        `The change journal is unavailable: ${why}`,
      );
      await expect(region.getByRole('alert')).toContainText('Editing, undo and redo still work.');
      await expect(region).toContainText('2 changes are not yet recorded in the journal.');
      // The storage was asked once (at opening), and refused; nothing was written.
      const storage = (await portal.journal()).filter((e) => e.method.startsWith('entity.'));
      expect(storage.map((e) => e.method)).toEqual(['entity.get']);
      expect(storage[0]?.status).toBe(appStorage === 'no-scope' ? 401 : 403);
    });
  }

  test('Export as CSV: every matching entry, formula-safe, in the admin’s words', async ({
    openApp,
    portal,
    request,
    page,
  }) => {
    await plantEntries(request, portal, [
      // An author's name a spreadsheet would run as a formula.
      {
        ...planted(0),
        DETAIL_TEXT: entryText(0, {
          who: { id: '1', name: '=HYPERLINK("http://evil.example","x")' },
        }),
      },
      ...Array.from({ length: 119 }, (_, n) => planted(n + 1)),
    ]);
    const app = await readyApp(openApp);
    await rename(app, 'Final Invoice', 'Closing invoice');
    await expect.poll(async () => (await storedEntries(request, portal)).length).toBe(121);
    const region = await openJournal(app);
    // The panel's own first page has arrived: only the export's requests are counted below.
    await expect(region).toContainText('Entries 1–50 of 121');
    await portal.clearJournal();
    const download = page.waitForEvent('download');
    await region.getByRole('button', { name: 'Export as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('change-journal.csv');
    const text = (await readFile((await file.path()) ?? '', 'utf8')).replace(/^\ufeff/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"ID","Time","Admin ID","Admin","Directory","ENTITY_ID","Kind","Change","Outcome","Stages (before → after)","Items"',
    );
    expect(lines).toHaveLength(122);
    expect(lines[1]).toContain(
      '"Portal Administrator renamed “Final Invoice” to “Closing invoice” in General Deal Stages"',
    );
    // The hostile name reaches the spreadsheet as text: each cell it starts gets an apostrophe.
    const hostile = lines.find((l) => l.includes('HYPERLINK')) ?? '';
    expect(hostile).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
    expect(hostile).toContain(
      `,"'=HYPERLINK(""http://evil.example"",""x"") renamed “Name 0” to “Name 1”`,
    );
    expect(hostile).not.toMatch(/,"=/);
    await expect(region.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
      'Exported 121 entries.',
    );
    // The first page, then the other two pages in one request.
    expect((await portal.calls('entity.item.get')).map((c) => c.params['start'])).toEqual([
      '0',
      '50',
      '100',
    ]);
    expect(await portal.requests()).toHaveLength(2);
  });
});
