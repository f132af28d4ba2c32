// The journal's storage on the local portal through the real SDK, on the OAuth road (entity.* is
// for apps only, docs/server-behaviour.md §4): creating it on first use with explicit rights,
// pages of 50 newest first with the portal's filters, what it skips, and how refusals read.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { encodeEntry } from '../domain/journal/codec';
import type { JournalEntry } from '../domain/journal/entry';
import { change, entry } from '../domain/journal/test-entries';
import { JOURNAL_ACCESS, JOURNAL_ENTITY } from './journal-store';
import { eachTenant, localPortal } from './local-hook';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;
beforeEach(async () => {
  portal = localPortal(local.h.portal.port, local.t.id, { auth: await local.t.session() });
});

const storage = async () =>
  (await local.t.control('app-storage')).body as unknown as {
    entities: { entity: string; rights: Record<string, string> }[];
    items: { fields: Record<string, string> }[];
  };
const requests = async () => (await local.t.journal()).filter((e) => e['parent'] === undefined);
const mine = (n: number, extra: Partial<JournalEntry> = {}): JournalEntry =>
  entry({ key: `k${n}`, id: null, who: { id: '1', name: 'Portal Administrator' }, ...extra });
const encode = (e: JournalEntry) => encodeEntry(e, false);
const plant = (items: Record<string, string>[]) =>
  local.t.control('entity-items', { entity: JOURNAL_ENTITY, items, access: JOURNAL_ACCESS });

describe('the journal storage', () => {
  it('opens in one request: who, the portal’s clock, and that there is no storage yet', async () => {
    await local.t.control('settings', { now: '2026-11-01T12:00:00+00:00' });
    const opening = await portal.journal.open();
    expect(opening.user).toEqual({ id: '1', name: 'Portal Administrator' });
    expect(opening.exists).toBe(false);
    // The portal's clock, not this machine's: what the journal dates a late entry by.
    expect(Math.abs(Date.now() + opening.skewMs - Date.parse('2026-11-01T12:00:00Z'))).toBeLessThan(
      5000,
    );
    expect(await requests()).toHaveLength(1);
  });

  it('creates the storage with explicit rights in the request of the first entry', async () => {
    const [id] = await portal.journal.write([mine(1)], { create: true, late: [false] });
    expect(id).toMatch(/^\d+$/);
    expect(await requests()).toHaveLength(1);
    const { entities, items } = await storage();
    expect(entities).toEqual([
      expect.objectContaining({ entity: JOURNAL_ENTITY, rights: { G1: 'X', AU: 'W', U1: 'X' } }),
    ]);
    expect(items[0]?.fields).toMatchObject({
      CODE: 'rename',
      PREVIEW_TEXT: 'DEAL_STAGE',
      CREATED_BY: '1',
    });
    expect((await portal.journal.open()).exists).toBe(true);
  });

  it('a CRM administrator writes under their own name, the portal says who', async () => {
    await portal.journal.write([mine(1)], { create: true, late: [false] });
    await local.t.control('settings', { user: 'crm-admin' });
    const crm = localPortal(local.h.portal.port, local.t.id, { auth: await local.t.session() });
    const opening = await crm.journal.open();
    expect(opening.user).toEqual({ id: '3', name: 'Sales Director' });
    await crm.journal.write([mine(2, { who: opening.user })], { create: false, late: [false] });
    const page = await crm.journal.page({}, 0);
    expect(page.entries.map((e) => [e.key, e.who?.name])).toEqual([
      ['k2', 'Sales Director'],
      ['k1', 'Portal Administrator'],
    ]);
  });

  it('pages 50 at a time, newest first, filtered by the portal', async () => {
    const planted = Array.from({ length: 120 }, (_, n) => {
      const e = mine(n, {
        change: change({ kind: n % 2 ? 'move' : 'rename' }),
      });
      return { NAME: 'x', CODE: e.change.kind, PREVIEW_TEXT: 'DEAL_STAGE', DETAIL_TEXT: encode(e) };
    });
    await plant(planted);
    const first = await portal.journal.page({}, 0);
    expect(first.total).toBe(120);
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]?.key).toBe('k119');
    const last = await portal.journal.page({}, 100);
    expect(last.entries.map((e) => e.key).at(-1)).toBe('k0');
    const moves = await portal.journal.page({ kind: 'move' }, 0);
    expect(moves.total).toBe(60);
    expect(moves.entries.every((e) => e.change.kind === 'move')).toBe(true);
    expect((await portal.journal.page({ authorId: '3' }, 0)).total).toBe(0);
    expect((await portal.journal.page({ entityId: 'SOURCE' }, 0)).total).toBe(0);
    const [get] = (await local.t.journal()).filter((e) => e['method'] === 'entity.item.get');
    expect(get?.['params']).toMatchObject({ SORT: { ID: 'DESC' }, start: '0' });
  });

  it('skips and counts malformed and foreign rows', async () => {
    await plant([
      { NAME: 'x', DETAIL_TEXT: encode(mine(1)) },
      { NAME: 'broken', DETAIL_TEXT: '{"app":' },
      { NAME: 'foreign', DETAIL_TEXT: JSON.stringify({ hello: 'world' }) },
      { NAME: 'hostile', DETAIL_TEXT: encode(mine(2)).replace('#7bd500', 'red;x:url(y)') },
    ]);
    const page = await portal.journal.page({}, 0);
    expect(page.entries.map((e) => e.key)).toEqual(['k1']);
    expect(page.skipped).toBe(3);
  });

  it('reads everything for an export, 50 pages per request', async () => {
    await plant(
      Array.from({ length: 130 }, (_, n) => ({ NAME: 'x', DETAIL_TEXT: encode(mine(n)) })),
    );
    await local.t.journal();
    await local.t.control('journal', undefined, 'DELETE');
    const all = await portal.journal.all({});
    expect(all.entries).toHaveLength(130);
    expect(await requests()).toHaveLength(2);
  });

  it.each([
    ['no-scope', 'insufficient-scope'],
    ['no-rights', 'storage-denied'],
  ])('a portal that refuses the storage (%s) says why: %s', async (appStorage, kind) => {
    await local.t.control('settings', { appStorage });
    await expect(portal.journal.open()).rejects.toMatchObject({ kind });
    const [result] = await portal.journal.write([mine(1)], { create: true, late: [false] });
    expect(result).toMatchObject({ kind });
    await expect(portal.journal.page({}, 0)).rejects.toMatchObject({ kind });
  });

  it('a storage this user may not read is denied, not created twice', async () => {
    await local.t.control('entity-items', {
      entity: JOURNAL_ENTITY,
      items: [],
      access: { U9: 'X' },
    });
    expect((await portal.journal.open()).exists).toBe(false);
    const [result] = await portal.journal.write([mine(1)], { create: true, late: [false] });
    expect(result).toMatchObject({ kind: 'storage-denied' });
  });
});
