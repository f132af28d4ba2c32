// entity.* (the app's storage) against the server's behaviour: docs/server-behaviour.md §4 and
// §10, server source rest/classes/general/restentity.php. Where the REST docs differ: they let
// portal admins do everything, and give 13 characters for ENTITY without saying why (it is 50
// minus the length of APP_<client_id>_).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_CODE_MAX } from './app-storage';
import { Harness, type Reply, type Tenant } from './test-utils';
import type { Json, JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const result = (r: Reply): Json => {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body['result'] ?? null;
};
const error = (r: Reply): JsonObject => ({ status: r.status, ...r.body });

/** An app session: the admin (user 1), or the ordinary user (5) with admin:false. */
async function app(t: Tenant, admin = true) {
  await t.control('settings', { admin });
  const auth = await t.session();
  return (method: string, params: JsonObject = {}) => t.oauth(method, auth, params);
}

describe('entity.add / entity.get / entity.rights', () => {
  it('creates a storage; the caller gets X; ACCESS keeps only R/W/X; codes are stripped', async () => {
    const t = await h.tenant();
    const call = await app(t);
    expect(
      result(
        await call('entity.add', {
          ENTITY: 'jour-nal!',
          NAME: 'Change journal',
          ACCESS: { G1: 'W', AU: 'R', U9: 'Z' },
        }),
      ),
    ).toBe(true);
    expect(result(await call('entity.get', { ENTITY: 'journal' }))).toEqual({
      ID: expect.stringMatching(/^\d+$/),
      IBLOCK_TYPE_ID: 'rest_entity',
      ENTITY: 'journal',
      NAME: 'Change journal',
    });
    expect(result(await call('entity.get'))).toHaveLength(1);
    expect(result(await call('entity.rights', { ENTITY: 'journal' }))).toEqual({
      G1: 'W',
      AU: 'R',
      U1: 'X',
    });
    expect(error(await call('entity.add', { ENTITY: 'journal', NAME: 'Again' }))).toEqual({
      status: 400,
      error: 'ERROR_ENTITY_ALREADY_EXISTS',
      error_description: 'Entity already exists',
    });
  });

  it('refuses webhooks, empty and too long codes', async () => {
    const t = await h.tenant();
    const call = await app(t);
    expect(error(await t.hook('entity.add', { ENTITY: 'journal', NAME: 'J' }))).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied! Application context required',
    });
    // checkParams runs before the app-context check.
    expect(error(await t.hook('entity.add', { ENTITY: '%%', NAME: 'J' }))).toEqual({
      status: 400,
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'ENTITY' is null or empty",
      argument: 'ENTITY',
    });
    expect(ENTITY_CODE_MAX).toBe(13);
    expect(error(await call('entity.add', { ENTITY: 'a'.repeat(14), NAME: 'J' }))).toEqual({
      status: 400,
      error: 'ERROR_ARGUMENT',
      error_description: 'Entity code is too long. Max length is 13 characters.',
      argument: '',
    });
    expect(result(await call('entity.add', { ENTITY: 'a'.repeat(13), NAME: 'J' }))).toBe(true);
  });

  it('a portal admin without an explicit grant is not let in; AU lets everyone write', async () => {
    const t = await h.tenant();
    const ordinary = await app(t, false);
    // The ordinary user creates the storage, granting nothing: the admin cannot even see it.
    expect(result(await ordinary('entity.add', { ENTITY: 'journal', NAME: 'J' }))).toBe(true);
    const admin = await app(t, true);
    expect(error(await admin('entity.get', { ENTITY: 'journal' }))).toMatchObject({
      status: 400,
      error: 'ERROR_ENTITY_NOT_FOUND',
    });
    expect(result(await admin('entity.item.get', { ENTITY: 'journal' }))).toEqual([]);
    const user = await app(t, false);
    expect(result(await user('entity.rights', { ENTITY: 'journal', ACCESS: { G1: 'R' } }))).toEqual(
      { G1: 'R', U5: 'X' },
    );
    const admin2 = await app(t, true);
    expect(error(await admin2('entity.item.add', { ENTITY: 'journal', NAME: 'x' }))).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied!',
    });
    const user2 = await app(t, false);
    result(await user2('entity.rights', { ENTITY: 'journal', ACCESS: { AU: 'W' } }));
    const admin3 = await app(t, true);
    expect(typeof result(await admin3('entity.item.add', { ENTITY: 'journal', NAME: 'x' }))).toBe(
      'number',
    );
    // W is not X: the storage itself stays the owner's.
    expect(error(await admin3('entity.delete', { ENTITY: 'journal' }))).toMatchObject({
      status: 403,
      error: 'ACCESS_DENIED',
    });
  });

  it('the portal setting appStorage models a refused storage', async () => {
    const t = await h.tenant();
    const call = await app(t);
    await t.control('settings', { appStorage: 'no-scope' });
    expect(error(await call('entity.get'))).toEqual({
      status: 401,
      error: 'insufficient_scope',
      error_description:
        'The request requires higher privileges than provided by the access token.',
    });
    await t.control('settings', { appStorage: 'no-rights' });
    expect(error(await call('entity.add', { ENTITY: 'journal', NAME: 'J' }))).toEqual({
      status: 403,
      error: 'ACCESS_DENIED',
      error_description: 'Access denied!',
    });
  });
});

describe('entity.item.*', () => {
  async function journal() {
    const t = await h.tenant();
    const call = await app(t);
    result(await call('entity.add', { ENTITY: 'journal', NAME: 'J', ACCESS: { G1: 'W' } }));
    return { t, call };
  }

  it('add → int id; get → strings, ISO dates, the documented keys', async () => {
    const { call } = await journal();
    const id = result(
      await call('entity.item.add', {
        ENTITY: 'journal',
        NAME: 'rename',
        DETAIL_TEXT: '{"a":1}',
        SORT: 7,
      }),
    );
    expect(typeof id).toBe('number');
    const rows = result(await call('entity.item.get', { ENTITY: 'journal' })) as JsonObject[];
    expect(rows).toEqual([
      {
        ID: String(id),
        TIMESTAMP_X: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
        MODIFIED_BY: '1',
        DATE_CREATE: expect.stringMatching(/\+00:00$/),
        CREATED_BY: '1',
        ACTIVE: 'Y',
        DATE_ACTIVE_FROM: '',
        DATE_ACTIVE_TO: '',
        SORT: '7',
        NAME: 'rename',
        PREVIEW_PICTURE: null,
        PREVIEW_TEXT: '',
        DETAIL_PICTURE: null,
        DETAIL_TEXT: '{"a":1}',
        CODE: null,
        ENTITY: 'journal',
        SECTION: null,
      },
    ]);
  });

  it('non-scalar values are ERROR_ARGUMENT; update and delete; unknown ids', async () => {
    const { call } = await journal();
    expect(
      error(await call('entity.item.add', { ENTITY: 'journal', NAME: 'x', DETAIL_TEXT: { a: 1 } })),
    ).toEqual({
      status: 400,
      error: 'ERROR_ARGUMENT',
      error_description: 'Wrong format of field `DETAIL_TEXT`.',
    });
    const id = result(await call('entity.item.add', { ENTITY: 'journal', NAME: 'x' }));
    expect(result(await call('entity.item.update', { ENTITY: 'journal', ID: id, NAME: 'y' }))).toBe(
      true,
    );
    expect(error(await call('entity.item.update', { ENTITY: 'journal', ID: 0 }))).toEqual({
      status: 400,
      error: 'ERROR_ARGUMENT',
      error_description: "Argument 'ID' is null or empty",
      argument: 'ID',
    });
    expect(error(await call('entity.item.delete', { ENTITY: 'journal', ID: 99999 }))).toEqual({
      status: 400,
      error: 'ERROR_ITEM_NOT_FOUND',
      error_description: 'Item not found',
    });
    expect(result(await call('entity.item.delete', { ENTITY: 'journal', ID: id }))).toBe(true);
    expect(error(await call('entity.item.get', { ENTITY: 'nope' }))).toMatchObject({
      error: 'ERROR_ENTITY_NOT_FOUND',
    });
  });

  it('pages of 50 with next/total, start=-1 without; SORT, FILTER operators, properties', async () => {
    const { t, call } = await journal();
    const planted = await t.control('entity-items', {
      entity: 'journal',
      properties: [{ code: 'KIND' }],
      items: Array.from({ length: 2000 }, (_, n) => ({
        NAME: `entry ${n}`,
        PROPERTY_VALUES: { KIND: n % 2 ? 'move' : 'rename' },
      })),
    });
    expect(planted.body['count']).toBe(2000);
    const first = await call('entity.item.get', { ENTITY: 'journal' });
    expect((first.body['result'] as JsonObject[]).length).toBe(50);
    expect([first.body['total'], first.body['next']]).toEqual([2000, 50]);
    const last = await call('entity.item.get', { ENTITY: 'journal', start: 1950 });
    expect([last.body['total'], last.body['next']]).toEqual([2000, undefined]);
    const quick = await call('entity.item.get', { ENTITY: 'journal', start: -1 });
    expect([quick.body['total'], quick.body['next']]).toEqual([undefined, undefined]);
    const newest = result(
      await call('entity.item.get', {
        ENTITY: 'journal',
        SORT: { ID: 'desc' },
        FILTER: { '<ID': 99999 },
      }),
    ) as JsonObject[];
    expect(newest[0]?.['NAME']).toBe('entry 1999');
    expect((newest[0]?.['PROPERTY_VALUES'] as JsonObject)['KIND']).toBe('move');
    const moves = await call('entity.item.get', {
      ENTITY: 'journal',
      FILTER: { PROPERTY_KIND: 'move' },
    });
    expect(moves.body['total']).toBe(1000);
    const like = await call('entity.item.get', {
      ENTITY: 'journal',
      FILTER: { '%NAME': 'entry 19' },
    });
    expect(like.body['total']).toBe(111); // 19, 190-199, 1900-1999
    // `@` is not among the allowed operations: dropped silently, the whole storage comes back.
    const dropped = await call('entity.item.get', { ENTITY: 'journal', FILTER: { '@ID': [1] } });
    expect(dropped.body['total']).toBe(2000);
    expect(result(await call('entity.item.property.get', { ENTITY: 'journal' }))).toEqual([
      { PROPERTY: 'KIND', NAME: 'KIND', TYPE: 'S', SORT: '500' },
    ]);
  });
});
