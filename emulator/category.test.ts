// crm.category.* against the server's behaviour: docs/server-behaviour.md §0 (engine-controller
// errors), §1 (stages a new pipeline gets), §6. Server source crm/lib/controller/category.php,
// crm/lib/category/dealcategory.php, crm/classes/general/crm_status.php (GetDefaultDealStages),
// crm/lib/Service/Scenario/DefaultStages.php, crm/lib/Model/ItemCategoryTable.php.
// Where the REST docs differ: they do not mention the plan limit, the recycle bin blocking a
// delete, the 21-character stage ids of pipelines 10 and up, nor that list never pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_DEAL_STAGES } from './seed';
import { Harness, type Reply } from './test-utils';
import type { JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const result = (r: Reply) => {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body['result'] as JsonObject;
};
const error = (r: Reply): JsonObject => ({ status: r.status, ...r.body });

describe('crm.category.list / get', () => {
  it('lists every pipeline with total and no next; ints and Y/N', async () => {
    const t = await h.tenant();
    const r = await t.hook('crm.category.list', { entityTypeId: 2 });
    expect(result(r)['categories']).toEqual([
      { id: 0, name: 'General', sort: 0, entityTypeId: 2, isDefault: 'Y' },
      {
        id: 1,
        name: 'Newest',
        sort: 10,
        entityTypeId: 2,
        isDefault: 'N',
        originId: null,
        originatorId: null,
      },
      {
        id: 3,
        name: 'Enterprise onboarding (120 stages)',
        sort: 20,
        entityTypeId: 2,
        isDefault: 'N',
        originId: null,
        originatorId: null,
      },
    ]);
    expect([r.body['total'], r.body['next']]).toEqual([3, undefined]);
    expect(result(await t.hook('crm.category.get', { entityTypeId: 177, id: 9 }))).toEqual({
      category: { id: 9, name: 'Second Funnel', sort: 500, entityTypeId: 177, isDefault: 'N' },
    });
  });

  it('unknown types, types without pipelines, unknown ids; a user without item rights', async () => {
    const t = await h.tenant();
    expect(error(await t.hook('crm.category.list', { entityTypeId: 999 }))).toMatchObject({
      status: 400,
      error: 'NOT_FOUND',
    });
    expect(error(await t.hook('crm.category.list', { entityTypeId: 1 }))).toMatchObject({
      status: 400,
      error: 'ENTITY_TYPE_NOT_SUPPORTED',
    });
    expect(error(await t.hook('crm.category.get', { entityTypeId: 2, id: 77 }))).toMatchObject({
      status: 400,
      error: 'NOT_FOUND',
    });
    await t.control('settings', { itemRights: false });
    expect(result(await t.hook('crm.category.list', { entityTypeId: 2 }, 5))['categories']).toEqual(
      [],
    );
    expect(error(await t.hook('crm.category.get', { entityTypeId: 2, id: 1 }, 5))).toEqual({
      status: 400,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied.',
    });
  });
});

describe('crm.category.add', () => {
  it('a deal pipeline gets the 8 default stages and a DEAL_STAGE_n directory', async () => {
    const t = await h.tenant();
    const added = result(
      await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: 'Wholesale' } }),
    );
    expect(added).toEqual({
      category: {
        id: 4,
        name: 'Wholesale',
        sort: 0,
        entityTypeId: 2,
        isDefault: 'N',
        originId: null,
        originatorId: null,
      },
    });
    const rows = (await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE_4' } })).body[
      'result'
    ] as JsonObject[];
    // [STATUS_ID, SORT, COLOR, SYSTEM, SEMANTICS, CATEGORY_ID, EXTRA.SEMANTICS]
    const p = 'process';
    expect(
      rows.map((r) => [
        r['STATUS_ID'],
        r['SORT'],
        r['COLOR'],
        r['SYSTEM'],
        r['SEMANTICS'],
        r['CATEGORY_ID'],
        (r['EXTRA'] as JsonObject)['SEMANTICS'],
      ]),
    ).toEqual([
      ['C4:NEW', '10', '#1F86FF', 'Y', null, '4', p],
      ['C4:PREPARATION', '20', '#30AFFF', 'N', null, '4', p],
      ['C4:PREPAYMENT_INVOICE', '30', '#00C0D5', 'N', null, '4', p],
      ['C4:EXECUTING', '40', '#31C469', 'N', null, '4', p],
      ['C4:FINAL_INVOICE', '50', '#FAAA08', 'N', null, '4', p],
      ['C4:WON', '60', '#7BD500', 'Y', 'S', '4', 'success'],
      ['C4:LOSE', '70', '#FF5752', 'Y', 'F', '4', 'failure'],
      ['C4:APOLOGY', '80', '#FF5752', 'N', 'F', '4', 'apology'],
    ]);
    // The names of a fresh portal's default pipeline, in the portal's language.
    expect(rows.map((r) => r['NAME'])).toEqual(DOC_DEAL_STAGES.map((r) => r.NAME));
    expect(rows[0]?.['NAME_INIT']).toBe(rows[0]?.['NAME']);
    expect(rows[1]?.['NAME_INIT']).toBe('');
    const types = (await t.hook('crm.status.entity.types')).body['result'] as JsonObject[];
    expect(types.find((x) => x['ID'] === 'DEAL_STAGE_4')).toEqual({
      ID: 'DEAL_STAGE_4',
      NAME: 'Wholesale Deal Stages',
      PARENT_ID: 'DEAL_STAGE',
      SEMANTIC_INFO: {
        START_FIELD: 'C4:NEW',
        FINAL_SUCCESS_FIELD: 'C4:WON',
        FINAL_UNSUCCESS_FIELD: 'C4:LOSE',
        FINAL_SORT: 0,
      },
      PREFIX: 'C4',
      FIELD_ATTRIBUTE_SCOPE: 'category_4',
      ENTITY_TYPE_ID: 2,
      CATEGORY_ID: '4',
    });
  });

  it('stage ids of pipeline 10 and later are cut to 21 characters', async () => {
    const t = await h.tenant();
    for (let n = 4; n <= 10; n++)
      result(await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: `P${n}` } }));
    const rows = (await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE_10' } })).body[
      'result'
    ] as JsonObject[];
    expect(rows[2]?.['STATUS_ID']).toBe('C10:PREPAYMENT_INVOIC');
  });

  it('a smart-process pipeline gets the 5 default stages; isDefault Y demotes the old default', async () => {
    const t = await h.tenant();
    const added = result(
      await t.hook('crm.category.add', {
        entityTypeId: 177,
        fields: { name: 'Imports', isDefault: 'Y' },
      }),
    );
    expect(added['category']).toEqual({
      id: 14,
      name: 'Imports',
      sort: 500,
      entityTypeId: 177,
      isDefault: 'Y',
    });
    const rows = (
      await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DYNAMIC_177_STAGE_14' } })
    ).body['result'] as JsonObject[];
    expect(
      rows.map((r) => [r['STATUS_ID'], r['SORT'], r['COLOR'], r['SYSTEM'], r['SEMANTICS']]),
    ).toEqual([
      ['DT177_14:NEW', '10', '#22B9FF', 'Y', null],
      ['DT177_14:PREPARATION', '20', '#88B9FF', 'N', null],
      ['DT177_14:CLIENT', '30', '#10e5fc', 'N', null],
      ['DT177_14:SUCCESS', '40', '#00ff00', 'Y', 'S'],
      ['DT177_14:FAIL', '50', '#ff0000', 'Y', 'F'],
    ]);
    expect(
      rows.every((r) => r['NAME_INIT'] === r['NAME'] && r['CATEGORY_ID'] === '14' && !r['EXTRA']),
    ).toBe(true);
    const types = (await t.hook('crm.status.entity.types')).body['result'] as JsonObject[];
    expect(types.find((x) => x['ID'] === 'DYNAMIC_177_STAGE_14')).toMatchObject({
      NAME: 'Equipment Purchase (Imports)',
      PREFIX: 'DT177_14',
      SEMANTIC_INFO: [],
      IS_ENABLED: true,
      CATEGORY_ID: 14,
      CATEGORY_NAME: 'Imports',
      CATEGORY_SORT: 500,
      IS_DEFAULT_CATEGORY: true,
    });
    expect(types.find((x) => x['ID'] === 'DYNAMIC_177_STAGE_7')?.['IS_DEFAULT_CATEGORY']).toBe(
      false,
    );
    expect(
      result(await t.hook('crm.category.get', { entityTypeId: 177, id: 7 }))['category'],
    ).toMatchObject({
      isDefault: 'N',
    });
  });

  it('errors: empty deal name "0", the plan limit (counting the default), rights, isSystem', async () => {
    const t = await h.tenant();
    expect(
      error(await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: ' ' } })),
    ).toEqual({
      status: 400,
      error: '0',
      error_description: "Field 'NAME' is required.",
    });
    expect(
      error(await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: 'X' } }, 5)),
    ).toEqual({
      status: 400,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied.',
    });
    expect(
      error(await t.hook('crm.category.add', { entityTypeId: 177, fields: { isSystem: 'Y' } })),
    ).toMatchObject({
      error: 'ADDING_DISABLED',
    });
    // 3 deal pipelines exist (0, 1, 3): a limit of 4 allows one more.
    await t.control('settings', { dealCategoryLimit: 4 });
    result(await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: 'Fourth' } }));
    const over = error(
      await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: 'Fifth' } }),
    );
    expect(over).toMatchObject({ status: 400, error: '0' });
    expect(String(over['error_description'])).toMatch(/plan/);
  });
});

describe('crm.category.update / delete', () => {
  it('renames (the directory name follows), ignores an empty deal name and a negative sort', async () => {
    const t = await h.tenant();
    const r = result(
      await t.hook('crm.category.update', {
        entityTypeId: 2,
        id: 1,
        fields: { name: 'Retail', sort: -5 },
      }),
    );
    expect(r['category']).toMatchObject({ id: 1, name: 'Retail', sort: 10 });
    result(await t.hook('crm.category.update', { entityTypeId: 2, id: 1, fields: { name: '' } }));
    const types = (await t.hook('crm.status.entity.types')).body['result'] as JsonObject[];
    expect(types.find((x) => x['ID'] === 'DEAL_STAGE_1')?.['NAME']).toBe('Retail Deal Stages');
    expect(
      error(
        await t.hook('crm.category.update', { entityTypeId: 177, id: 9, fields: { name: '' } }),
      ),
    ).toMatchObject({
      status: 400,
      error: 'BX_ERROR',
    });
  });

  it('refuses the default deal pipeline and pipelines with items, the recycle bin included', async () => {
    const t = await h.tenant();
    expect(error(await t.hook('crm.category.delete', { entityTypeId: 2, id: 0 }))).toEqual({
      status: 400,
      error: '0',
      error_description: 'Default deal category can not be deleted',
    });
    expect(error(await t.hook('crm.category.delete', { entityTypeId: 2, id: 1 }))).toMatchObject({
      error: '0',
    });
    const added = result(
      await t.hook('crm.category.add', { entityTypeId: 2, fields: { name: 'Temp' } }),
    );
    const id = Number((added['category'] as JsonObject)['id']);
    const planted = await t.control('items', {
      entityTypeId: 2,
      categoryId: id,
      stageId: `C${id}:NEW`,
      count: 1,
    });
    const itemId = Number(((planted.body as unknown as JsonObject[])[0] ?? {})['id']);
    expect((await t.control('recycle', { entityTypeId: 2, ids: [itemId] })).body).toEqual({
      count: 1,
    });
    const listed = await t.hook('crm.item.list', { entityTypeId: 2, filter: { categoryId: id } });
    expect(listed.body['total']).toBe(0);
    expect(error(await t.hook('crm.category.delete', { entityTypeId: 2, id }))).toMatchObject({
      error: '0',
    });
    expect(error(await t.hook('crm.category.delete', { entityTypeId: 2, id }, 5))).toMatchObject({
      error: 'ACCESS_DENIED',
    });
  });

  it('deletes an empty pipeline with its stages and directory; smart-process rules', async () => {
    const t = await h.tenant();
    const added = result(
      await t.hook('crm.category.add', { entityTypeId: 177, fields: { name: 'Empty' } }),
    );
    const id = Number((added['category'] as JsonObject)['id']);
    expect(result(await t.hook('crm.category.delete', { entityTypeId: 177, id }))).toBeNull();
    const rows = (
      await t.hook('crm.status.list', { filter: { ENTITY_ID: `DYNAMIC_177_STAGE_${id}` } })
    ).body;
    expect(rows['total']).toBe(0);
    const types = (await t.hook('crm.status.entity.types')).body['result'] as JsonObject[];
    expect(types.some((x) => x['ID'] === `DYNAMIC_177_STAGE_${id}`)).toBe(false);
    // The default pipeline of a type that has items, and a pipeline with items: BX_ERROR.
    expect(error(await t.hook('crm.category.delete', { entityTypeId: 177, id: 7 }))).toMatchObject({
      error: 'BX_ERROR',
    });
    expect(error(await t.hook('crm.category.delete', { entityTypeId: 177, id: 9 }))).toMatchObject({
      error: 'BX_ERROR',
    });
  });
});
