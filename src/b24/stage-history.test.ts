// Stage history, holdings and item moves on the local portal through the real SDK
// (docs/server-behaviour.md §7, §8): pages, requests per page, rights, and what comes back.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { eachTenant, localPortal } from './local-hook';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;
beforeEach(() => {
  portal = localPortal(local.h.portal.port, local.t.id);
});

/** HISTORY_REFERENCE_NOW of the emulator's seed: every seeded row is in the year before it. */
const NOW = Date.UTC(2026, 10, 1, 12);
const DAY = 86_400_000;
const tenant = () => local.h.portal.registry.get(local.t.id);
const requests = async () => (await local.t.journal()).filter((e) => e['parent'] === undefined);

describe('readHistory', () => {
  it('reads every row of the pipeline in the period, and the rows of items that left it', async () => {
    const since = NOW - 365 * DAY;
    const rows = await portal.analytics.readHistory({ entityTypeId: 2, categoryId: 1, since });
    const held = tenant()?.history.filter(
      (r) => r.ENTITY_TYPE_ID === 2 && Date.parse(r.CREATED_TIME) >= since,
    );
    const own = held?.filter((r) => r.CATEGORY_ID === 1) ?? [];
    const departures = held?.filter((r) => r.TYPE_ID === 5 && r.CATEGORY_ID !== 1) ?? [];
    expect(departures.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      [...own, ...departures].map((r) => r.ID).sort((a, b) => a - b),
    );
    expect(rows.find((r) => r.id === own[0]?.ID)).toEqual({
      id: own[0]?.ID,
      ownerId: own[0]?.OWNER_ID,
      time: Date.parse(own[0]?.CREATED_TIME ?? ''),
      stageId: own[0]?.STAGE_ID,
      categoryId: 1,
      semantic: own[0]?.STAGE_SEMANTIC_ID,
    });
  });

  it('10,000 rows: the first page with its total, then 50 pages a request', async () => {
    const created = await local.t.hook('crm.category.add', {
      entityTypeId: 177,
      fields: { name: 'Bench' },
    });
    const categoryId = Number((created.body['result'] as { category: { id: number } }).category.id);
    const planted = await local.t.control('history', {
      entityTypeId: 177,
      categoryId,
      rows: 10_000,
      now: new Date(NOW).toISOString(),
    });
    await local.h.control(`${local.t.id}/journal`, undefined, 'DELETE');
    const progress: number[] = [];
    const rows = await portal.analytics.readHistory(
      { entityTypeId: 177, categoryId, since: NOW - 365 * DAY },
      { onProgress: (p) => progress.push(p.loaded) },
    );
    expect(rows).toHaveLength(Number(planted.body['rows']));
    // 50 rows in the first request, 2,500 in each one after it.
    expect(await requests()).toHaveLength(1 + Math.ceil((rows.length - 50) / 2500));
    expect(progress[0]).toBe(50);
    expect(progress.at(-1)).toBe(rows.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('leads: one pipeline, STATUS_* columns, no pipeline filter', async () => {
    const rows = await portal.analytics.readHistory({
      entityTypeId: 1,
      categoryId: null,
      since: NOW - 30 * DAY,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.stageId !== '' && r.categoryId === null)).toBe(true);
    const [call] = (await local.t.journal()).filter((e) => e['method'] === 'crm.stagehistory.list');
    expect(JSON.stringify(call?.['params'])).not.toContain('CATEGORY_ID');
  });

  it('a user without item rights gets the kind that says so', async () => {
    const denied = localPortal(local.h.portal.port, local.t.id, { userId: 7 });
    await expect(
      denied.analytics.readHistory({ entityTypeId: 2, categoryId: 0, since: NOW - 30 * DAY }),
    ).rejects.toMatchObject({ kind: 'items-access-denied' });
  });

  it('items hidden from the user: the history comes back empty, not refused', async () => {
    await local.t.control('settings', { itemRights: false });
    const crmAdmin = localPortal(local.h.portal.port, local.t.id, { userId: 3 });
    const rows = await crmAdmin.analytics.readHistory({
      entityTypeId: 2,
      categoryId: 0,
      since: NOW - 365 * DAY,
    });
    expect(rows).toEqual([]);
  });

  it('an abort stops the read between requests', async () => {
    const stop = new AbortController();
    const read = portal.analytics.readHistory(
      { entityTypeId: 2, categoryId: 0, since: NOW - 365 * DAY },
      { signal: stop.signal, onProgress: () => stop.abort() },
    );
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(await requests()).toHaveLength(1);
  });
});

describe('readHoldings', () => {
  it('counts the items of a stage and sums their amounts per currency', async () => {
    const holdings = await portal.analytics.readHoldings(2, 'WON');
    const items = tenant()?.items.filter((i) => i.entityTypeId === 2 && i.stageId === 'WON') ?? [];
    expect(holdings.count).toBe(items.length);
    const usd = items
      .filter((i) => i.currencyId === 'USD')
      .reduce((sum, i) => sum + Math.round(Number(i.opportunity) * 100), 0);
    expect(holdings.amounts?.find((a) => a.currency === 'USD')?.sum).toBe(usd / 100);
  });
});

describe('moveItems', () => {
  it('sends stageId with categoryId, and reports what did not move instead of throwing', async () => {
    const ids = (tenant()?.items ?? [])
      .filter((i) => i.entityTypeId === 2 && i.stageId === 'C1:WON')
      .slice(0, 3)
      .map((i) => i.id);
    await local.t.control('faults', {
      type: 'error',
      method: 'crm.item.update',
      status: 400,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied.',
    });
    const report = await portal.analytics.moveItems(2, 1, ids, 'C1:LOSE');
    expect(report.moved).toEqual(ids.slice(1));
    expect(report.failures).toMatchObject([{ id: ids[0], error: { kind: 'items-access-denied' } }]);
    const [update] = (await local.t.journal()).filter((e) => e['method'] === 'crm.item.update');
    expect(update?.['params']).toMatchObject({ fields: { stageId: 'C1:LOSE', categoryId: '1' } });
    const after = tenant()
      ?.items.filter((i) => ids.includes(i.id))
      .map((i) => i.stageId);
    expect(after).toEqual(['C1:WON', 'C1:LOSE', 'C1:LOSE']);
  });
});
