// crm.stagehistory.list, crm.item.list / update and the seeded year of history against the
// server's behaviour: docs/server-behaviour.md §7, §8, §9. Server source
// crm/lib/controller/stagehistory.php, crm/lib/controller/validator/filter.php,
// crm/lib/controller/item.php, crm/lib/Field/Stage.php.
// Where the REST docs differ: they document errors for unknown order fields and directions (the
// server drops them), and an item update to another pipeline's stage as an error (the server
// silently keeps the old stage).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_REFERENCE_NOW } from './seed';
import { Harness, type Reply, type Tenant } from './test-utils';
import type { JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const ok = (r: Reply) => {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body['result'] as JsonObject;
};
const items = (r: Reply) => ok(r)['items'] as JsonObject[];
const error = (r: Reply): JsonObject => ({ status: r.status, ...r.body });
const history = (t: Tenant, params: JsonObject, user = 1) =>
  t.hook('crm.stagehistory.list', { entityTypeId: 2, ...params }, user);

describe('the seeded year', () => {
  it('has 5,000+ deals whose last history row is their current stage, all within the year', async () => {
    const t = await h.tenant();
    const state = (await t.control('state')).body as unknown as {
      items: { id: number; entityTypeId: number; stageId: string }[];
    };
    const rows = (await t.control('history')).body as unknown as JsonObject[];
    const deals = state.items.filter((i) => i.entityTypeId === 2);
    expect(deals.length).toBeGreaterThanOrEqual(5000);
    const last = new Map<string, unknown>();
    for (const r of rows)
      last.set(`${String(r['ENTITY_TYPE_ID'])}/${String(r['OWNER_ID'])}`, r['STAGE_ID']);
    expect(state.items.filter((i) => last.get(`${i.entityTypeId}/${i.id}`) !== i.stageId)).toEqual(
      [],
    );
    const times = rows.map((r) => Date.parse(String(r['CREATED_TIME'])));
    expect(Math.max(...times)).toBeLessThanOrEqual(HISTORY_REFERENCE_NOW);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(HISTORY_REFERENCE_NOW - 366 * 86_400_000);
    expect(new Set(rows.map((r) => r['TYPE_ID']))).toEqual(new Set([1, 2, 3, 5]));
    expect(rows.some((r) => r['ENTITY_TYPE_ID'] === 177)).toBe(true);
  });

  it('keeps the item counts the e2e suite asserts', async () => {
    const t = await h.tenant();
    const count = async (stageId: string, categoryId = 0) =>
      (
        await t.hook('crm.item.list', {
          entityTypeId: 2,
          filter: { categoryId, stageId },
          select: ['id'],
        })
      ).body['total'];
    expect([
      await count('NEW'),
      await count('PREPARATION'),
      await count('EXECUTING'),
      await count('FINAL_INVOICE'),
    ]).toEqual([3, 2, 1, 0]);
    expect(await count('C1:NEW', 1)).toBe(2);
    // Second failure stages stay empty: e2e tests and the soak delete them.
    expect(await count('APOLOGY')).toBe(0);
    expect(await count('C1:APOLOGY', 1)).toBe(0);
  });
});

describe('crm.stagehistory.list', () => {
  it('rows: int ids, ISO times with offset; smart types served, quotes not supported', async () => {
    const t = await h.tenant();
    const [row] = items(await history(t, { filter: { OWNER_ID: 4 } }));
    expect(row).toEqual({
      ID: expect.any(Number),
      TYPE_ID: 1,
      OWNER_ID: 4,
      CREATED_TIME: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
      CATEGORY_ID: 0,
      STAGE_SEMANTIC_ID: 'P',
      STAGE_ID: 'NEW',
    });
    // Leads' STATUS_* columns: contract.test.ts.
    expect(items(await t.hook('crm.stagehistory.list', { entityTypeId: 177 })).length).toBe(50);
    expect(items(await t.hook('crm.stagehistory.list', { entityTypeId: 31 })).length).toBe(50);
    expect(error(await t.hook('crm.stagehistory.list', { entityTypeId: 7 }))).toMatchObject({
      status: 400,
      error: 'ENTITY_TYPE_NOT_SUPPORTED',
    });
  });

  it('validates the filter: unknown fields, list values, CREATED_TIME', async () => {
    const t = await h.tenant();
    expect(error(await history(t, { filter: { STATUS_ID: 'NEW' } }))).toEqual({
      status: 400,
      error: 'INVALID_ARG_VALUE',
      error_description: "Invalid filter: field 'STATUS_ID' is not allowed in filter",
    });
    expect(error(await history(t, { filter: { '>ID': [1, 2] } }))).toEqual({
      status: 400,
      error: 'INVALID_ARG_VALUE',
      error_description: "Invalid filter: field '>ID' has invalid value",
    });
    expect(error(await history(t, { filter: { '>=CREATED_TIME': 'yesterday' } }))).toMatchObject({
      status: 400,
      error: 'WRONG_DATETIME_FORMAT',
    });
  });

  it('filters with =, !=, @, ranges and LOGIC OR; select keeps ID', async () => {
    const t = await h.tenant();
    const all = (params: JsonObject) => history(t, { ...params, select: ['STAGE_ID'] });
    const won = await all({ filter: { STAGE_ID: 'WON', TYPE_ID: 3 } });
    expect(items(won).every((r) => r['STAGE_ID'] === 'WON')).toBe(true);
    expect(Object.keys(items(won)[0] ?? {})).toEqual(['STAGE_ID', 'ID']);
    const either = await all({ filter: { '@STAGE_ID': ['WON', 'LOSE'] } });
    const orred = await all({
      filter: { 0: { LOGIC: 'OR', 0: { STAGE_ID: 'WON' }, 1: { STAGE_ID: 'LOSE' } } },
    });
    expect(orred.body['total']).toBe(either.body['total']);
    const lost = await all({ filter: { STAGE_ID: 'LOSE' } });
    expect(Number(either.body['total'])).toBe(
      Number(won.body['total']) + Number(lost.body['total']),
    );
    const from = new Date(HISTORY_REFERENCE_NOW - 30 * 86_400_000).toISOString();
    const recent = items(
      await history(t, { filter: { '>=CREATED_TIME': from }, order: { CREATED_TIME: 'DESC' } }),
    );
    expect(recent.every((r) => Date.parse(String(r['CREATED_TIME'])) >= Date.parse(from))).toBe(
      true,
    );
    expect(Date.parse(String(recent[0]?.['CREATED_TIME']))).toBeGreaterThanOrEqual(
      Date.parse(String(recent[49]?.['CREATED_TIME'])),
    );
  });

  it('order: unknown fields dropped, anything but DESC is ASC', async () => {
    const t = await h.tenant();
    const ids = async (order: JsonObject) => items(await history(t, { order })).map((r) => r['ID']);
    const plain = await ids({});
    expect(await ids({ NOPE: 'DESC' })).toEqual(plain);
    expect(await ids({ ID: 'sideways' })).toEqual(plain);
    expect((await ids({ ID: 'desc' }))[0]).toBeGreaterThan(Number(plain[49]));
  });

  it('pages of 50 with total/next; start=-1 pages with >ID to the same rows', async () => {
    const t = await h.tenant();
    const first = await history(t, { filter: { STAGE_ID: 'WON' } });
    const total = Number(first.body['total']);
    expect(first.body['next']).toBe(50);
    const seen: unknown[] = [];
    let after = 0;
    for (;;) {
      const r = await history(t, {
        filter: { STAGE_ID: 'WON', '>ID': after },
        order: { ID: 'ASC' },
        start: -1,
      });
      expect([r.body['total'], r.body['next']]).toEqual([undefined, undefined]);
      const page = items(r);
      seen.push(...page.map((x) => x['ID']));
      if (page.length < 50) break;
      after = Number(page[49]?.['ID']);
    }
    expect(seen.length).toBe(total);
    const offset = await history(t, { filter: { STAGE_ID: 'WON' }, start: 50 });
    expect(items(offset)[0]?.['ID']).toBe(seen[50]);
  });

  it('a user without item rights sees no rows, and no error', async () => {
    const t = await h.tenant();
    await t.control('settings', { itemRights: false });
    const r = await history(t, {}, 5);
    expect([items(r), r.body['total']]).toEqual([[], 0]);
    expect(items(await history(t, {}, 1)).length).toBe(50);
  });
});

describe('crm.item.list / crm.item.update', () => {
  it('camelCase filter with operators, select, order, start=-1; unknown fields refused', async () => {
    const t = await h.tenant();
    const r = await t.hook('crm.item.list', {
      entityTypeId: 2,
      filter: { '>id': 100, '@stageId': ['WON', 'LOSE'], categoryId: 0 },
      select: ['id', 'stageId', 'categoryId', 'opportunity', 'currencyId'],
      order: { id: 'desc' },
      start: -1,
    });
    const list = items(r);
    expect(list).toHaveLength(50);
    expect(r.body['total']).toBeUndefined();
    expect(Object.keys(list[0] ?? {})).toEqual([
      'id',
      'stageId',
      'categoryId',
      'opportunity',
      'currencyId',
    ]);
    expect(
      list.every((i) => Number(i['id']) > 100 && ['WON', 'LOSE'].includes(String(i['stageId']))),
    ).toBe(true);
    expect(Number(list[0]?.['id'])).toBeGreaterThan(Number(list[1]?.['id']));
    expect(error(await t.hook('crm.item.list', { entityTypeId: 2, filter: { nope: 1 } }))).toEqual({
      status: 400,
      error: 'INVALID_ARG_VALUE',
      error_description: "Invalid filter: field 'NOPE' is not allowed in filter",
    });
    await t.control('settings', { itemRights: false });
    expect((await t.hook('crm.item.list', { entityTypeId: 2 }, 5)).body['total']).toBe(0);
  });

  it('moves within and across pipelines, leaving TYPE_ID 2/3/5 rows at the portal clock', async () => {
    const t = await h.tenant();
    await t.control('settings', { now: '2026-11-02T10:00:00+00:00' });
    expect(ok(await t.hook('server.time'))).toBe('2026-11-02T10:00:00+00:00');
    const update = (id: number, fields: JsonObject, user = 1) =>
      t.hook('crm.item.update', { entityTypeId: 2, id, fields }, user);
    const item = (r: Reply) => ok(r)['item'] as JsonObject;
    expect(item(await update(1, { stageId: 'PREPARATION' }))).toMatchObject({
      stageId: 'PREPARATION',
      categoryId: 0,
    });
    // Another pipeline's stage without categoryId: success, nothing changes.
    expect(item(await update(1, { stageId: 'C1:NEW' }))).toMatchObject({
      stageId: 'PREPARATION',
      categoryId: 0,
    });
    expect(item(await update(1, { categoryId: 1, stageId: 'C1:PREPARATION' }))).toMatchObject({
      stageId: 'C1:PREPARATION',
      categoryId: 1,
    });
    // categoryId alone: the first stage with the same semantics in the new pipeline.
    expect(item(await update(1, { categoryId: 0 }))).toMatchObject({
      stageId: 'NEW',
      categoryId: 0,
    });
    expect(item(await update(1, { stageId: 'WON' }))).toMatchObject({ stageId: 'WON' });
    const rows = items(await history(t, { filter: { OWNER_ID: 1 } }));
    expect(
      rows.slice(1).map((r) => [r['TYPE_ID'], r['CATEGORY_ID'], r['STAGE_ID'], r['CREATED_TIME']]),
    ).toEqual([
      [2, 0, 'PREPARATION', '2026-11-02T10:00:00+00:00'],
      [5, 1, 'C1:PREPARATION', '2026-11-02T10:00:00+00:00'],
      [5, 0, 'NEW', '2026-11-02T10:00:00+00:00'],
      [3, 0, 'WON', '2026-11-02T10:00:00+00:00'],
    ]);
    expect(error(await update(99999, { stageId: 'NEW' }))).toMatchObject({
      status: 400,
      error: 'NOT_FOUND',
    });
    await t.control('settings', { itemRights: false });
    expect(error(await update(2, { stageId: 'WON' }, 5))).toEqual({
      status: 400,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied.',
    });
  });
});

describe('POST /__emulator/<id>/history', () => {
  it('plants 10,000 rows with consistent items in one call', async () => {
    const t = await h.tenant();
    const r = await t.control('history', { entityTypeId: 2, categoryId: 1, rows: 10_000, seed: 7 });
    expect(r.status).toBe(200);
    expect(Number(r.body['rows'])).toBeGreaterThanOrEqual(10_000);
    const last = Number(r.body['lastItemId']);
    const rows = items(await history(t, { filter: { OWNER_ID: last } }));
    const [current] = items(
      await t.hook('crm.item.list', { entityTypeId: 2, filter: { id: last } }),
    );
    expect(rows.at(-1)?.['STAGE_ID']).toBe(current?.['stageId']);
    expect(rows[0]?.['TYPE_ID']).toBe(1);
  });
});
