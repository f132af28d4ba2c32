// Contract tests: crm.status.* as the Bitrix24 server answers it (the default `answers: 'server'`),
// one difference from the REST docs per test. Sources are in yuliai/bitrix-modules:
//   RS = crm/classes/general/restservice.php (CCrmStatusRestProxy 8916-9222, CCrmRestProxyBase)
//   CS = crm/classes/general/crm_status.php, ST = crm/lib/statustable.php
// and our summary is docs/server-behaviour.md §1. The docs' wording runs in contract.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ok, type Reply, type Tenant } from './test-utils';
import type { JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const refused = (r: Reply, description: string, code = '') => {
  expect(r.status).toBe(400);
  expect(r.body).toEqual({ error: code, error_description: description });
};

async function get(t: Tenant, id: number | string): Promise<JsonObject> {
  return ok(await t.hook('crm.status.get', { id })) as JsonObject;
}

async function idOf(t: Tenant, statusId: string): Promise<number> {
  const rows = ok(await t.hook('crm.status.list', { filter: { STATUS_ID: statusId } }));
  return Number((rows as JsonObject[])[0]?.['ID']);
}

describe('refusals: HTTP 400 with an empty code and the server sentence (§1)', () => {
  // RS 1310-1314 (get), 1553-1594 (update/delete): RestException(implode("\n", $errors)) has no
  // code. The docs show the sentence AS the code ("Status is not found.") with another text.
  it('get, update, delete of an unknown or invalid id', async () => {
    const t = await h.tenant();
    // RS 8986: get has its own wording; RS 9052/9097: update and delete say "Status is not found."
    refused(await t.hook('crm.status.get', { id: 999999 }), 'CRM Status is not found.');
    refused(
      await t.hook('crm.status.update', { id: 999999, fields: { NAME: 'x' } }),
      'Status is not found.',
    );
    refused(await t.hook('crm.status.delete', { id: 999999 }), 'Status is not found.');
    // RS 757-760: the id is cast to int; ≤ 0 is refused before anything else (docs: "Invalid identifier.").
    for (const id of [0, -3, 'abc']) {
      refused(await t.hook('crm.status.get', { id }), 'ID is not defined or invalid.');
      refused(await t.hook('crm.status.delete', { id }), 'ID is not defined or invalid.');
    }
    // "101abc" is 101 to PHP's (int).
    expect(await get(t, '101abc')).toMatchObject({ STATUS_ID: 'NEW' });
  });

  it('check order of delete: id → rights → exists → FORCED → items', async () => {
    // RS 1581-1594 then innerDelete 9085-9122.
    const t = await h.tenant();
    refused(await t.hook('crm.status.delete', { id: 0 }, 5), 'ID is not defined or invalid.');
    refused(await t.hook('crm.status.delete', { id: 999999 }, 5), 'Access denied.');
    // NEW (101) is a system stage holding deals: FORCED is asked for first.
    refused(
      await t.hook('crm.status.delete', { id: 101 }),
      'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
    );
    refused(
      await t.hook('crm.status.delete', { id: 101, params: { FORCED: 'Y' } }),
      'There are active items in this status.',
    );
  });

  it('a stage holding items: fixed English for deals and leads, localised for smart processes', async () => {
    // RS 9110-9114 (CCrmStatus::existsEntityWithStatus covers STATUS, QUOTE_STATUS, INVOICE_STATUS,
    // DEAL_STAGE*); DT stages fall through to ST 378-385, CRM_STATUS_STAGE_WITH_ITEMS_ERROR.
    const sentences: string[] = [];
    for (const lang of ['en', 'ru', 'de']) {
      const t = await h.tenant({ rateLimit: null, lang });
      refused(
        await t.hook('crm.status.delete', { id: 103 }),
        'There are active items in this status.',
      );
      const dt = await t.hook('crm.status.delete', { id: await idOf(t, 'DT177_7:PREPARATION') });
      expect(dt.status).toBe(400);
      expect(dt.body['error']).toBe('');
      sentences.push(String(dt.body['error_description']));
    }
    expect(new Set(sentences).size).toBe(3);
    expect(sentences).not.toContain('There are active items in this status.');
  });

  it('add: fields not an object, rights, both required fields at once, unknown directory', async () => {
    // RS 1634-1640, then innerAdd 8936-8960: in that order.
    const t = await h.tenant();
    refused(await t.hook('crm.status.add', { fields: 'x' }), "Parameter 'fields' must be array.");
    refused(await t.hook('crm.status.add', { fields: {} }, 5), 'Access denied.');
    refused(
      await t.hook('crm.status.add', { fields: { NAME: 'x' } }),
      'The field ENTITY_ID is required.\nThe field STATUS_ID is required.',
    );
    // ENTITY_ID is matched exactly: no trimming, no case folding.
    refused(
      await t.hook('crm.status.add', {
        fields: { ENTITY_ID: 'deal_stage', STATUS_ID: 'X', NAME: 'x' },
      }),
      'Specified entity type is not supported.',
    );
    // Keys inside fields are case-sensitive: `name` is dropped, so NAME is missing (ORM text).
    const lower = await t.hook('crm.status.add', {
      fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'X', name: 'x' },
    });
    expect(lower.status).toBe(400);
    expect(lower.body['error']).toBe('');
  });

  it('the same shapes inside a batch result_error', async () => {
    const t = await h.tenant();
    const r = await t.hook('batch', {
      halt: 0,
      cmd: { a: 'crm.status.get?id=999999', b: 'crm.status.delete?id=103' },
    });
    expect(r.status).toBe(200);
    expect((r.body['result'] as JsonObject)['result_error']).toEqual({
      a: { error: '', error_description: 'CRM Status is not found.' },
      b: { error: '', error_description: 'There are active items in this status.' },
    });
  });
});

describe('add: STATUS_ID problems are ERROR_CORE with localised text ending in <br> (§1)', () => {
  // CS 978-1009: CheckFields throws a CAdminException (main/classes/general/adminexception.php
  // appends "<br>"); rest/classes/general/rest.php 860-884 swaps code and text for it. The docs
  // give the duplicate as "The specified status ID already exists." with no code.
  const add = (t: Tenant, fields: JsonObject) =>
    t.hook('crm.status.add', { fields: { NAME: 'Stage', SORT: 15, ...fields } });
  const coreError = (r: Reply) => {
    expect(r.status).toBe(400);
    expect(r.body['error']).toBe('ERROR_CORE');
    expect(String(r.body['error_description'])).toMatch(/<br>$/);
    return String(r.body['error_description']);
  };

  it('duplicate (case-insensitive), too long, bad characters; worded per portal language', async () => {
    const t = await h.tenant();
    const duplicate = coreError(await add(t, { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'new' }));
    const tooLong = coreError(await add(t, { ENTITY_ID: 'STATUS', STATUS_ID: 'L'.repeat(22) }));
    const chars = coreError(await add(t, { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'BAD ID' }));
    expect(new Set([duplicate, tooLong, chars]).size).toBe(3);
    const ru = await h.tenant({ rateLimit: null, lang: 'ru' });
    expect(coreError(await add(ru, { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'NEW' }))).not.toBe(
      duplicate,
    );
  });

  it('length limits count the code without its prefix (CS 684-724)', async () => {
    const t = await h.tenant();
    const cases: [string, number][] = [
      ['STATUS', 21],
      ['QUOTE_STATUS', 22],
      ['DEAL_STAGE', 22],
      ['DEAL_STAGE_1', 19], // 22 with "C1:"
      ['DYNAMIC_177_STAGE_7', 50 - 'DT177_7:'.length],
      ['SOURCE', 50],
    ];
    for (const [entityId, max] of cases) {
      const code = (n: number) => `${entityId.slice(0, 1)}${'X'.repeat(n - 1)}`;
      expect((await add(t, { ENTITY_ID: entityId, STATUS_ID: code(max) })).status, entityId).toBe(
        200,
      );
      coreError(await add(t, { ENTITY_ID: entityId, STATUS_ID: code(max + 1) }));
    }
    // Only leads, quotes and deals restrict the characters.
    expect((await add(t, { ENTITY_ID: 'SOURCE', STATUS_ID: 'any chars: ok!' })).status).toBe(200);
  });
});

describe('add: defaults and coercions (§1; CS 394-471, ST 102-168)', () => {
  const add = async (t: Tenant, fields: JsonObject) => {
    const r = await t.hook('crm.status.add', { fields: { NAME: 'Stage', ...fields } });
    return get(t, ok(r) as number);
  };

  it('STATUS_ID: everything up to the first ":" is cut, the own prefix put in front', async () => {
    const t = await h.tenant();
    expect(await add(t, { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'C2:X', SORT: 15 })).toMatchObject({
      STATUS_ID: 'C1:X',
    });
    expect(await add(t, { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'Y', SORT: 15 })).toMatchObject({
      STATUS_ID: 'C1:Y',
    });
    expect(
      await add(t, { ENTITY_ID: 'DYNAMIC_177_STAGE_7', STATUS_ID: 'Z', SORT: 15 }),
    ).toMatchObject({ STATUS_ID: 'DT177_7:Z' });
    expect(await add(t, { ENTITY_ID: 'SOURCE', STATUS_ID: 'A:B' })).toMatchObject({
      STATUS_ID: 'B',
    });
  });

  it('CATEGORY_ID: n for DEAL_STAGE_n, 0 for smart processes and the rest, an explicit one wins', async () => {
    // CS 419-430. The docs' field report says smart-process stages get 0: true, and permanent.
    const t = await h.tenant();
    const category = async (fields: JsonObject) =>
      (await add(t, { SORT: 15, ...fields }))['CATEGORY_ID'];
    expect(await category({ ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'A' })).toBe('1');
    expect(await category({ ENTITY_ID: 'DYNAMIC_177_STAGE_9', STATUS_ID: 'A' })).toBe('0');
    expect(await category({ ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'A' })).toBe('0');
    expect(
      await category({ ENTITY_ID: 'DYNAMIC_177_STAGE_9', STATUS_ID: 'B', CATEGORY_ID: 9 }),
    ).toBe('9');
    expect(await category({ ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'B', CATEGORY_ID: 4 })).toBe('4');
  });

  it('COLOR "" when not sent, "#" added, no hex check; SORT cast; NAME trimmed', async () => {
    // RS 8945 (COLOR ?? EXTRA.COLOR ?? ''), CS 402-406 (SORT), 438-441 (#).
    const t = await h.tenant();
    expect(await add(t, { ENTITY_ID: 'SOURCE', STATUS_ID: 'A' })).toMatchObject({
      COLOR: '',
      SORT: '10',
    });
    expect(
      await add(t, { ENTITY_ID: 'SOURCE', STATUS_ID: 'B', COLOR: 'red', SORT: '25abc' }),
    ).toMatchObject({
      COLOR: '#red',
      SORT: '25',
    });
    expect(
      await add(t, { ENTITY_ID: 'SOURCE', STATUS_ID: 'C', EXTRA: { COLOR: 'ABCDEF' }, SORT: -4 }),
    ).toMatchObject({ COLOR: '#ABCDEF', SORT: '10' });
    expect(
      await add(t, {
        ENTITY_ID: 'SOURCE',
        STATUS_ID: 'D',
        NAME: '  Spaced  ',
        SYSTEM: 'Y',
        NAME_INIT: 'x',
      }),
    ).toMatchObject({ NAME: 'Spaced', SYSTEM: 'N', NAME_INIT: '' });
  });

  it('zone rules of add: SEMANTICS empty is in progress, stored as NULL', async () => {
    // ST 102-168, with the success SORT of ST 514-526 (DEAL_STAGE: WON at 60).
    const t = await h.tenant();
    const attempt = (fields: JsonObject) =>
      t.hook('crm.status.add', { fields: { ENTITY_ID: 'DEAL_STAGE', NAME: 'Z', ...fields } });
    const refusedLocalised = (r: Reply) => {
      expect(r.status).toBe(400);
      expect(r.body['error']).toBe('');
    };
    expect(
      await get(t, ok(await attempt({ STATUS_ID: 'P1', SORT: 59, SEMANTICS: '' })) as number),
    ).toMatchObject({ SEMANTICS: null });
    expect(
      await get(t, ok(await attempt({ STATUS_ID: 'P2', SORT: 58, SEMANTICS: 'P' })) as number),
    ).toMatchObject({ SEMANTICS: null });
    refusedLocalised(await attempt({ STATUS_ID: 'P3', SORT: 60 })); // ≥ success SORT
    refusedLocalised(await attempt({ STATUS_ID: 'F1', SORT: 60, SEMANTICS: 'F' })); // ≤ success
    refusedLocalised(await attempt({ STATUS_ID: 'S2', SORT: 65, SEMANTICS: 'S' })); // second S
    refusedLocalised(await attempt({ STATUS_ID: 'X1', SORT: 20, SEMANTICS: 's' })); // case matters
    expect(ok(await attempt({ STATUS_ID: 'F2', SORT: 61, SEMANTICS: 'F' }))).toEqual(
      expect.any(Number),
    );
    // Without a success stage the sort rules are skipped.
    expect(
      (
        await t.hook('crm.status.add', {
          fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'Q', NAME: 'q', SORT: 999 },
        })
      ).status,
    ).toBe(200);
  });

  it('NAME empty after trim is refused with the ORM text', async () => {
    const t = await h.tenant();
    const r = await t.hook('crm.status.add', {
      fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'E', NAME: '   ' },
    });
    expect(r.status).toBe(400);
    expect(r.body['error']).toBe('');
    expect(String(r.body['error_description']).length).toBeGreaterThan(0);
  });

  it('NAME "0" is stored: add trims NAME but has no empty() check (CS 394-471)', async () => {
    // Only the ORM's required check follows, and it refuses only "" (§1.3, unverified live).
    const t = await h.tenant();
    const id = ok(
      await t.hook('crm.status.add', {
        fields: { ENTITY_ID: 'SOURCE', STATUS_ID: 'Z', NAME: ' 0 ' },
      }),
    );
    expect((await get(t, id as number))['NAME']).toBe('0');
  });
});

describe('update answers true even when it saved nothing (§1; RS 9040-9083, CS 477-544)', () => {
  it('NAME "", blank or "0" once trimmed is kept, "00" is written; over 100 characters saves nothing', async () => {
    const t = await h.tenant();
    for (const NAME of ['', '   ', '0', ' 0 ']) {
      expect(ok(await t.hook('crm.status.update', { id: 103, fields: { NAME } }))).toBe(true);
      expect((await get(t, 103))['NAME']).toBe('Document Preparation');
    }
    // PHP's empty() holds for "0" and for no other non-empty string (CS 495-499).
    for (const NAME of ['00', ' 0.0 ', '-0']) {
      expect(ok(await t.hook('crm.status.update', { id: 105, fields: { NAME } }))).toBe(true);
      expect((await get(t, 105))['NAME']).toBe(NAME.trim());
    }
    const r = await t.hook('crm.status.update', {
      id: 103,
      fields: { NAME: 'n'.repeat(101), SORT: 25 },
    });
    expect(ok(r)).toBe(true);
    expect(await get(t, 103)).toMatchObject({ NAME: 'Document Preparation', SORT: '20' });
    expect(ok(await t.hook('crm.status.update', { id: 103, fields: { NAME: '  Trimmed ' } }))).toBe(
      true,
    );
    expect((await get(t, 103))['NAME']).toBe('Trimmed');
  });

  it('SORT ≤ 0 or not a number becomes 10; COLOR "" becomes "#"; "#" is added', async () => {
    const t = await h.tenant();
    for (const SORT of [0, -5, 'abc']) {
      await t.hook('crm.status.update', { id: 107, fields: { SORT } });
      expect((await get(t, 107))['SORT']).toBe('10');
    }
    await t.hook('crm.status.update', { id: 107, fields: { COLOR: '' } });
    expect(await get(t, 107)).toMatchObject({ COLOR: '#', EXTRA: { COLOR: '#' } });
    await t.hook('crm.status.update', { id: 107, fields: { EXTRA: { COLOR: '00A9F4' } } });
    expect((await get(t, 107))['COLOR']).toBe('#00A9F4');
  });

  it('no zone rules on update; immutable and read-only fields silently dropped', async () => {
    const t = await h.tenant();
    // An in-progress stage moved after the success stage: saved (add would refuse it).
    expect(ok(await t.hook('crm.status.update', { id: 103, fields: { SORT: 75 } }))).toBe(true);
    expect((await get(t, 103))['SORT']).toBe('75');
    const before = await get(t, 105);
    const fields = {
      STATUS_ID: 'HACK',
      ENTITY_ID: 'SOURCE',
      CATEGORY_ID: 5,
      SEMANTICS: 'S',
      SYSTEM: 'Y',
      NAME_INIT: 'x',
    };
    expect(ok(await t.hook('crm.status.update', { id: 105, fields }))).toBe(true);
    expect(await get(t, 105)).toEqual(before);
  });

  it('no fields at all: true and nothing written, for those who may edit (the rights probe, §9)', async () => {
    const t = await h.tenant();
    const before = await t.rows('DEAL_STAGE');
    expect(ok(await t.hook('crm.status.update', { id: 101 }))).toBe(true);
    expect(ok(await t.hook('crm.status.update', { id: 101 }, 3))).toBe(true);
    refused(await t.hook('crm.status.update', { id: 101 }, 5), 'Access denied.');
    expect(await t.rows('DEAL_STAGE')).toEqual(before);
  });
});

describe('delete (§1; RS 9085-9122)', () => {
  it('FORCED counts only as exactly "Y"; with it any empty system stage goes', async () => {
    const t = await h.tenant();
    // A system stage holding no items (the seeded year fills the deal pipelines' WON and LOSE).
    const won = await idOf(t, 'DT36_13:SUCCESS');
    for (const FORCED of ['y', 'yes', true, 1]) {
      refused(
        await t.hook('crm.status.delete', { id: won, params: { FORCED } }),
        'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
      );
    }
    expect(ok(await t.hook('crm.status.delete', { id: won, params: { FORCED: 'Y' } }))).toBe(true);
    // The docs' guard for start/success/first failure is the UI's, not the server's.
    const lose = await idOf(t, 'DT36_13:FAIL');
    expect(ok(await t.hook('crm.status.delete', { id: lose, params: { FORCED: 'Y' } }))).toBe(true);
  });
});

describe('list never pages; only exact UPPER filter keys filter (§1; RS 1503-1552, 3128-3180, CS 576-668)', () => {
  it('every row, `start` ignored, `total` = count, no `next`', async () => {
    const t = await h.tenant();
    const r = await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE_3' }, start: 50 });
    expect(ok(r)).toHaveLength(120);
    expect(r.body['total']).toBe(120);
    expect(r.body).not.toHaveProperty('next');
  });

  it('operator or lowercase keys are ignored, so the answer spans every directory', async () => {
    const t = await h.tenant();
    const all = (ok(await t.hook('crm.status.list', {})) as JsonObject[]).length;
    expect(all).toBeGreaterThan(200);
    const filters: JsonObject[] = [
      { '=ENTITY_ID': 'DEAL_STAGE' },
      { entity_id: 'DEAL_STAGE' },
      { '>ID': 1000 },
    ];
    for (const filter of filters) {
      expect(ok(await t.hook('crm.status.list', { filter })), JSON.stringify(filter)).toHaveLength(
        all,
      );
    }
    expect(ok(await t.hook('crm.status.list', { filter: { ENTITY_ID: '' } }))).toHaveLength(all);
  });

  it('arrays are refused for ENTITY_ID, STATUS_ID, SORT and SEMANTICS', async () => {
    const t = await h.tenant();
    for (const field of ['ENTITY_ID', 'STATUS_ID', 'SORT', 'SEMANTICS']) {
      refused(
        await t.hook('crm.status.list', { filter: { [field]: ['A', 'B'] } }),
        `Filter by ${field} must be a string`,
      );
    }
  });

  it('SEMANTICS "P" matches nothing (in progress is NULL); codes compare case-insensitively', async () => {
    const t = await h.tenant();
    expect(
      ok(await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE', SEMANTICS: 'P' } })),
    ).toEqual([]);
    const failures = ok(
      await t.hook('crm.status.list', { filter: { ENTITY_ID: 'deal_stage', SEMANTICS: 'f' } }),
    ) as JsonObject[];
    expect(failures.map((r) => r['STATUS_ID'])).toEqual(['LOSE', 'APOLOGY']);
  });

  it('NAME matches every word anywhere in the name, not equality', async () => {
    // CS 600-601 builds NAME with GetFilterQuery (main/filter_tools.php 383-395): LIKE %word% per word.
    const t = await h.tenant();
    const names = async (NAME: string) =>
      (
        ok(
          await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE', NAME } }),
        ) as JsonObject[]
      ).map((r) => r['NAME']);
    expect(await names('invoice')).toEqual(['Prepayment Invoice', 'Final Invoice']);
    expect(await names('final invoice')).toEqual(['Final Invoice']);
  });

  it('order: keys in any case, anything but ASC is DESC, an unknown key means ID DESC', async () => {
    const t = await h.tenant();
    const ids = async (order: JsonObject) =>
      (
        ok(
          await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' }, order }),
        ) as JsonObject[]
      ).map((r) => r['ID']);
    const ascending = ['101', '103', '105', '107', '109', '111', '113', '115'];
    expect(await ids({})).toEqual(ascending);
    expect(await ids({ sort: 'asc' })).toEqual(ascending);
    expect(await ids({ SORT: 'up' })).toEqual([...ascending].reverse());
    expect(await ids({ nope: 'ASC' })).toEqual([...ascending].reverse());
  });

  it('rows: strings, SEMANTICS null in progress, EXTRA only for lead/quote/deal stages', async () => {
    const t = await h.tenant();
    const [deal] = ok(
      await t.hook('crm.status.list', { filter: { STATUS_ID: 'C1:NEW' } }),
    ) as JsonObject[];
    expect(deal).toMatchObject({
      ID: expect.any(String),
      SORT: '10',
      CATEGORY_ID: '1',
      SEMANTICS: null,
    });
    expect(deal?.['EXTRA']).toEqual({ SEMANTICS: 'process', COLOR: expect.any(String) });
    const [smart] = ok(
      await t.hook('crm.status.list', { filter: { STATUS_ID: 'DT177_7:NEW' } }),
    ) as JsonObject[];
    expect(smart).not.toHaveProperty('EXTRA');
    const [source] = ok(
      await t.hook('crm.status.list', { filter: { ENTITY_ID: 'SOURCE' } }),
    ) as JsonObject[];
    expect(source).not.toHaveProperty('EXTRA');
    // RS 9124-9158 / crm_deal.php 4929-4957: EXTRA.SEMANTICS follows the position, not the row.
    const apology = await get(t, 115);
    expect(apology['EXTRA']).toEqual({ SEMANTICS: 'apology', COLOR: '#FF5752' });
  });
});

describe('entity.types, entity.items, extra.fields (§1; CS 109-296, RS 9173-9222)', () => {
  it('IS_ENABLED on DT entries only; DEAL_STAGE_n has a string CATEGORY_ID', async () => {
    const t = await h.tenant();
    const types = ok(await t.hook('crm.status.entity.types')) as JsonObject[];
    for (const type of types) {
      const dt = typeof type['PREFIX'] === 'string' && type['PREFIX'].startsWith('DT');
      expect('IS_ENABLED' in type, String(type['ID'])).toBe(dt);
    }
    expect(types.find((x) => x['ID'] === 'DEAL_STAGE_1')).toMatchObject({
      CATEGORY_ID: '1',
      PREFIX: 'C1',
    });
    expect(types.find((x) => x['ID'] === 'DEAL_STAGE')).toMatchObject({ CATEGORY_ID: 0 });
  });

  it('entity.items: uppercased id, [] for an unknown one, refused without one', async () => {
    const t = await h.tenant();
    expect(ok(await t.hook('crm.status.entity.items', { entityId: 'deal_stage' }))).toHaveLength(8);
    expect(ok(await t.hook('crm.status.entity.items', { entityId: 'NOPE' }))).toEqual([]);
    refused(
      await t.hook('crm.status.entity.items', {}),
      'The parameter entityId is not defined or invalid.',
    );
    refused(
      await t.hook('crm.status.entity.items', { entityId: ['DEAL_STAGE'] }),
      'The parameter entityId must be a string.',
    );
    refused(
      await t.hook('crm.status.extra.fields'),
      "Resource 'EXTRA' is not supported in current context.",
    );
  });
});
