// Contract tests: who may do what, placements and scopes, as the server answers
// (docs/server-behaviour.md §3, §9, §10). Sources in yuliai/bitrix-modules:
//   crm/classes/general/restservice.php 516-521 (every legacy crm.* needs read access to some item)
//   crm/classes/general/crm_status.php 1769-1790 (crm.status writes: isCrmAdmin)
//   rest/lib/api/placement.php (53-95 list, 98-327 bind, 528-587 unbind, 589-642 get, 644-655 rights)
//   rest/lib/handlerhelper.php 31-51, rest/lib/placement.php 495-530 (duplicate handler)
//   rest/classes/general/rest_provider.php 224-250 (profile), 731-775 (app.option.set)
//   rest/classes/general/rest.php 969-976 with rest/lib/oauthexception.php (insufficient_scope: 401)
// Where the docs differ: they know only "admin vs not", answer insufficient_scope with 403 and
// omit the binding id and the doubled unbind count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ok, type Reply, type Tenant } from './test-utils';
import type { JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const USERS = { portalAdmin: 1, crmAdmin: 3, ordinary: 5, noItemRights: 7 };
const HANDLER = 'http://stage-editor.localhost:4183/local/stage-editor/index.html';

describe('four kinds of user (§9)', () => {
  it('profile and user.admin: ADMIN means portal administrator only', async () => {
    const t = await h.tenant();
    const admin = async (user: number) => ok(await t.hook('profile', {}, user)) as JsonObject;
    expect(await admin(USERS.portalAdmin)).toMatchObject({ ID: '1', ADMIN: true });
    expect(await admin(USERS.crmAdmin)).toMatchObject({ ID: '3', ADMIN: false });
    expect(await admin(USERS.ordinary)).toMatchObject({ ADMIN: false });
    expect(ok(await t.hook('user.admin', {}, USERS.crmAdmin))).toBe(false);
    expect(ok(await t.hook('user.admin', {}, USERS.portalAdmin))).toBe(true);
    // The frame session follows the `user` setting.
    expect(ok(await t.oauthAs('crm-admin', 'profile'))).toMatchObject({ ID: '3', ADMIN: false });
  });

  it('a CRM administrator edits crm.status; an ordinary user reads only', async () => {
    const t = await h.tenant();
    expect(
      ok(await t.hook('crm.status.update', { id: 103, fields: { NAME: 'By CRM admin' } }, 3)),
    ).toBe(true);
    const denied = await t.hook('crm.status.update', { id: 103, fields: { NAME: 'x' } }, 5);
    expect(denied.status).toBe(400);
    expect(denied.body).toEqual({ error: '', error_description: 'Access denied.' });
    expect((ok(await t.hook('crm.status.get', { id: 103 }, 5)) as JsonObject)['NAME']).toBe(
      'By CRM admin',
    );
  });

  it('no item rights: every legacy crm.* call refused, crm.item.* ACCESS_DENIED', async () => {
    const t = await h.tenant();
    for (const method of ['crm.status.list', 'crm.status.entity.types', 'crm.settings.mode.get']) {
      const r = await t.hook(method, {}, USERS.noItemRights);
      expect(r.status, method).toBe(400);
      expect(r.body, method).toEqual({ error: '', error_description: 'Access denied.' });
    }
    const item = await t.hook('crm.item.list', { entityTypeId: 2 }, USERS.noItemRights);
    expect(item.status).toBe(400);
    expect(item.body['error']).toBe('ACCESS_DENIED');
    // An ordinary user moves items.
    expect(
      ok(
        await t.hook(
          'crm.item.update',
          { entityTypeId: 2, id: 1, fields: { stageId: 'PREPARATION' } },
          5,
        ),
      ),
    ).toMatchObject({ item: { stageId: 'PREPARATION' } });
  });

  it('app.option.set: portal administrators only (403)', async () => {
    const t = await h.tenant();
    const r = await t.oauthAs('crm-admin', 'app.option.set', { options: { a: 1 } });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({
      error: 'ACCESS_DENIED',
      error_description: 'Access denied! Administrator authorization required',
    });
  });
});

describe('placement.* (§3)', () => {
  async function admin(): Promise<{
    t: Tenant;
    call: (m: string, p?: JsonObject) => Promise<Reply>;
  }> {
    const t = await h.tenant();
    const auth = await t.session();
    return { t, call: (method, params = {}) => t.oauth(method, auth, params) };
  }

  it('bind/unbind/get need an OAuth app and a portal administrator; list any app user', async () => {
    const t = await h.tenant();
    for (const method of [
      'placement.bind',
      'placement.unbind',
      'placement.get',
      'placement.list',
    ]) {
      const hook = await t.hook(method, { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER });
      expect(hook.status, method).toBe(403);
      expect(hook.body['error'], method).toBe('WRONG_AUTH_TYPE');
    }
    for (const user of ['crm-admin', 'ordinary']) {
      for (const method of ['placement.bind', 'placement.unbind', 'placement.get']) {
        const r = await t.oauthAs(user, method, { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER });
        expect(r.status, `${user} ${method}`).toBe(403);
        expect(r.body, `${user} ${method}`).toEqual({
          error: 'ACCESS_DENIED',
          error_description: 'Access denied!',
        });
      }
      expect(ok(await t.oauthAs(user, 'placement.list'))).toContain('CRM_FUNNELS_TOOLBAR');
    }
  });

  it('placement.list: the funnel codes this portal offers, plus others; SCOPE and FULL', async () => {
    const { call } = await admin();
    const codes = ok(await call('placement.list')) as string[];
    for (const code of [
      'CRM_FUNNELS_TOOLBAR',
      'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
      'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
      'REST_APP_URI',
    ]) {
      expect(codes).toContain(code);
    }
    expect(codes).not.toContain('DEFAULT');
    expect(codes).not.toContain('TASK_VIEW_TAB');
    expect(ok(await call('placement.list', { SCOPE: 'task' }))).toContain('TASK_VIEW_TAB');
    expect(ok(await call('placement.list', { FULL: true }))).toContain('TASK_VIEW_TAB');
  });

  it('bind refusals in the server order', async () => {
    const { call } = await admin();
    const refused = async (params: JsonObject, error: string, status = 400) => {
      const r = await call('placement.bind', params);
      expect(r.status, JSON.stringify(params)).toBe(status);
      expect(r.body['error'], JSON.stringify(params)).toBe(error);
      return r.body;
    };
    expect(await refused({ PLACEMENT: 5, HANDLER }, 'ERROR_ARGUMENT')).toEqual({
      error: 'ERROR_ARGUMENT',
      error_description: "The value of an argument 'PLACEMENT' must be of type string",
      argument: 'PLACEMENT',
    });
    expect((await refused({ PLACEMENT: '', HANDLER }, 'ERROR_ARGUMENT'))['error_description']).toBe(
      "Argument 'The placement code is not specified' is null or empty",
    );
    await refused({ PLACEMENT: 'DEFAULT', HANDLER }, 'ERROR_ARGUMENT');
    await refused({ PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER: '' }, 'ERROR_ARGUMENT');
    // The handler's host must contain a dot: `localhost` is refused, `*.localhost` is not.
    for (const bad of ['http://localhost:4183/index.html', '/local/index.html', 'stage-editor']) {
      await refused({ PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER: bad }, 'ERROR_WRONG_HANDLER_URL');
    }
    await refused(
      { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER: 'ftp://apps.example.com/x' },
      'ERROR_UNSUPPORTED_PROTOCOL',
    );
    expect(
      await refused({ PLACEMENT: 'CRM_NOPE_TOOLBAR', HANDLER }, 'ERROR_PLACEMENT_NOT_FOUND'),
    ).toEqual({
      error: 'ERROR_PLACEMENT_NOT_FOUND',
      error_description: 'Placement not found',
    });
    await refused(
      { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER, USER_ID: 1 },
      'ERROR_PLACEMENT_USER_MODE',
    );
  });

  it('bind: code uppercased, the same URL twice is ERROR_CORE, another URL a second binding', async () => {
    const { t, call } = await admin();
    expect(
      ok(
        await call('placement.bind', {
          placement: 'crm_funnels_toolbar',
          handler: HANDLER,
          TITLE: 'Stages',
        }),
      ),
    ).toBe(true);
    expect(
      (await call('placement.bind', { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER })).body,
    ).toEqual({
      error: 'ERROR_CORE',
      error_description: 'Unable to set placement handler: Handler already binded',
    });
    expect(
      ok(
        await call('placement.bind', {
          PLACEMENT: 'CRM_FUNNELS_TOOLBAR',
          HANDLER: `${HANDLER}?v=2`,
        }),
      ),
    ).toBe(true);
    expect((await t.control('state')).body['placements']).toHaveLength(2);
  });

  it('get: [{id, placement, userId, handler, options, title, description, langAll}]', async () => {
    const { call } = await admin();
    await call('placement.bind', {
      PLACEMENT: 'CRM_FUNNELS_TOOLBAR',
      HANDLER,
      TITLE: 'Stage editor',
    });
    await call('placement.bind', {
      PLACEMENT: 'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
      HANDLER,
      LANG_ALL: { en: { TITLE: 'Stages' }, de: { TITLE: 'Phasen', DESCRIPTION: 'Editor' } },
    });
    await call('placement.bind', { PLACEMENT: 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR', HANDLER });
    const rows = ok(await call('placement.get')) as JsonObject[];
    expect(rows[0]).toEqual({
      id: expect.any(Number),
      placement: 'CRM_FUNNELS_TOOLBAR',
      userId: 0,
      handler: HANDLER,
      options: [],
      title: 'Stage editor',
      description: '',
      langAll: { en: { TITLE: 'Stage editor', DESCRIPTION: '', GROUP_NAME: '' } },
    });
    expect(rows[1]).toMatchObject({
      title: 'Stages',
      langAll: {
        en: { TITLE: 'Stages', DESCRIPTION: '', GROUP_NAME: '' },
        de: { TITLE: 'Phasen', DESCRIPTION: 'Editor', GROUP_NAME: '' },
      },
    });
    // Without TITLE or LANG_ALL the title is the app's name.
    expect(rows[2]).toMatchObject({ title: 'Stage editor' });
    const ids = rows.map((r) => Number(r['id']));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('unbind: {count: 2 × deleted}; an unknown code {count: 0}; HANDLER filters', async () => {
    const { call } = await admin();
    await call('placement.bind', { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER });
    await call('placement.bind', { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER: `${HANDLER}?v=2` });
    expect(ok(await call('placement.unbind', { PLACEMENT: 'CRM_NOPE', HANDLER }))).toEqual({
      count: 0,
    });
    expect(
      ok(await call('placement.unbind', { PLACEMENT: 'CRM_FUNNELS_TOOLBAR', HANDLER })),
    ).toEqual({ count: 2 });
    expect(ok(await call('placement.unbind', { PLACEMENT: 'crm_funnels_toolbar' }))).toEqual({
      count: 2,
    });
    expect(ok(await call('placement.unbind', { PLACEMENT: 'CRM_FUNNELS_TOOLBAR' }))).toEqual({
      count: 0,
    });
    expect((await call('placement.unbind', {})).body['error']).toBe('ERROR_ARGUMENT');
  });
});

describe('scopes and unknown methods (§10)', () => {
  it('a method outside the app scopes: 401 insufficient_scope (docs: 403)', async () => {
    const t = await h.tenant();
    const r = await t.oauth('user.current', await t.session());
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: 'insufficient_scope', error_description: '' });
    // Webhooks carry every scope here; an app granted `user` may call it.
    expect(ok(await t.hook('user.current', {}, 5))).toMatchObject({ ID: '5' });
    await t.control('settings', { scopes: ['crm', 'placement', 'user'] });
    expect(ok(await t.oauth('user.current', await t.session()))).toMatchObject({ ID: '1' });
    expect(ok(await t.oauth('scope', await t.session()))).toEqual(['crm', 'placement', 'user']);
    await t.control('settings', { scopes: ['placement'], answers: 'docs' });
    const docs = await t.oauth('crm.status.list', await t.session());
    expect(docs.status).toBe(403);
    expect(docs.body['error']).toBe('insufficient_scope');
  });

  it('an unknown method: 404 ERROR_METHOD_NOT_FOUND, alone and in a batch', async () => {
    const t = await h.tenant();
    const r = await t.hook('crm.nope.list');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({
      error: 'ERROR_METHOD_NOT_FOUND',
      error_description: 'Method not found!',
    });
    const b = (await t.hook('batch', { cmd: { x: 'crm.nope.list' } })).body['result'] as JsonObject;
    expect(b['result_error']).toEqual({
      x: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' },
    });
  });
});
