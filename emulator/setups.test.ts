// Portal set-ups (settings) and the fault kinds of issue 10: without smart invoices, with a smart
// process whose stages are disabled, the four users, the answer modes, "accepted but not saved"
// and "refused with an empty code". Server facts: docs/server-behaviour.md §1, §3; sources in
// yuliai/bitrix-modules crm/classes/general/crm_status.php GetEntityTypes (109-253, smart invoices
// only while enabled) and getDynamicEntities (255-296, IS_ENABLED = the type's stages flag), and
// crm/lib/integration/intranet/bindingmenu.php 67-118 (one funnel button per smart-process type).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, ok, type Reply } from './test-utils';
import type { JsonObject } from './types';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

const typeIds = async (r: Promise<Reply>) =>
  (ok(await r) as JsonObject[]).map((t) => String(t['ID']));

describe('set-ups', () => {
  it('without smart invoices: no directory, no button, add refused', async () => {
    const t = await h.tenant({ rateLimit: null, smartInvoices: false });
    expect(await typeIds(t.hook('crm.status.entity.types'))).not.toContain('SMART_INVOICE_STAGE_5');
    const auth = await t.session();
    const codes = ok(await t.oauth('placement.list', auth)) as string[];
    expect(codes).not.toContain('CRM_SMART_INVOICE_FUNNELS_TOOLBAR');
    expect(codes).toContain('CRM_FUNNELS_TOOLBAR');
    const bind = await t.oauth('placement.bind', auth, {
      PLACEMENT: 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
      HANDLER: 'http://stage-editor.localhost/index.html',
    });
    expect(bind.status).toBe(400);
    expect(bind.body).toEqual({
      error: 'ERROR_PLACEMENT_NOT_FOUND',
      error_description: 'Placement not found',
    });
    const add = await t.hook('crm.status.add', {
      fields: { ENTITY_ID: 'SMART_INVOICE_STAGE_5', STATUS_ID: 'X', NAME: 'x', SORT: 15 },
    });
    expect(add.body).toEqual({
      error: '',
      error_description: 'Specified entity type is not supported.',
    });
    // Switched back on, everything is there again.
    await t.control('settings', { smartInvoices: true });
    expect(await typeIds(t.hook('crm.status.entity.types'))).toContain('SMART_INVOICE_STAGE_5');
  });

  it('a smart process whose stages are disabled: listed with IS_ENABLED false, its button exists', async () => {
    const t = await h.tenant({ rateLimit: null, disabledSmartProcess: true });
    const types = ok(await t.hook('crm.status.entity.types')) as JsonObject[];
    expect(types.find((x) => x['ID'] === 'DYNAMIC_185_STAGE_11')).toMatchObject({
      ENTITY_TYPE_ID: 185,
      PREFIX: 'DT185_11',
      IS_ENABLED: false,
      CATEGORY_ID: 11,
      IS_DEFAULT_CATEGORY: true,
    });
    expect(types.find((x) => x['ID'] === 'DYNAMIC_177_STAGE_7')).toMatchObject({
      IS_ENABLED: true,
    });
    const stages = ok(
      await t.hook('crm.status.list', { filter: { ENTITY_ID: 'DYNAMIC_185_STAGE_11' } }),
    );
    expect((stages as JsonObject[]).map((r) => r['STATUS_ID'])).toEqual([
      'DT185_11:NEW',
      'DT185_11:PREPARATION',
      'DT185_11:CLIENT',
      'DT185_11:SUCCESS',
      'DT185_11:FAIL',
    ]);
    // Codes exist per smart-process type, enabled or not: the APP must skip this one.
    expect(ok(await t.oauth('placement.list', await t.session()))).toContain(
      'CRM_DYNAMIC_185_FUNNELS_TOOLBAR',
    );
    // add does not check IS_ENABLED.
    expect(
      (
        await t.hook('crm.status.add', {
          fields: { ENTITY_ID: 'DYNAMIC_185_STAGE_11', STATUS_ID: 'X', NAME: 'x', SORT: 15 },
        })
      ).status,
    ).toBe(200);
    await t.control('settings', { disabledSmartProcess: false });
    expect(await typeIds(t.hook('crm.status.entity.types'))).not.toContain('DYNAMIC_185_STAGE_11');
    expect(await t.rows('DYNAMIC_185_STAGE_11')).toEqual([]);
  });

  it('users: `user` setting, and the older `admin` boolean maps onto it', async () => {
    const t = await h.tenant();
    expect((await t.control('settings', { admin: false })).body).toMatchObject({
      user: 'ordinary',
      admin: false,
    });
    expect((await t.control('settings', { user: 'crm-admin' })).body).toMatchObject({
      user: 'crm-admin',
      admin: false,
    });
    expect((await t.control('settings', { admin: true })).body).toMatchObject({
      user: 'portal-admin',
      admin: true,
    });
    expect((await t.control('settings', { user: 'boss' })).status).toBe(400);
    // The session of the page follows the user (user options are per user).
    await t.control('settings', { user: 'no-item-rights' });
    const r = await t.oauth('crm.status.list', await t.session());
    expect(r.body).toEqual({ error: '', error_description: 'Access denied.' });
  });

  it('answers: docs wording on the same portal, and back', async () => {
    const t = await h.tenant({ rateLimit: null, answers: 'docs' });
    expect((await t.hook('crm.status.get', { id: 999999 })).body).toEqual({
      error: 'Status is not found.',
      error_description: 'Directory item not found.',
    });
    await t.control('settings', { answers: 'server' });
    expect((await t.hook('crm.status.get', { id: 999999 })).body).toEqual({
      error: '',
      error_description: 'CRM Status is not found.',
    });
    expect((await t.control('settings', { answers: 'both' })).status).toBe(400);
  });
});

describe('fault kinds', () => {
  it('notSaved: true is answered, nothing changes; alone and as one batch command', async () => {
    const t = await h.tenant();
    await t.control('faults', { type: 'notSaved', method: 'crm.status.update' });
    expect(ok(await t.hook('crm.status.update', { id: 103, fields: { NAME: 'Lost' } }))).toBe(true);
    const row = async () => ok(await t.hook('crm.status.get', { id: 103 })) as JsonObject;
    expect((await row())['NAME']).toBe('Document Preparation');
    await t.control('faults', { type: 'notSaved', method: 'crm.status.update', count: 1 });
    const b = (
      await t.hook('batch', {
        cmd: {
          a: 'crm.status.update?id=103&fields[NAME]=A',
          b: 'crm.status.update?id=105&fields[NAME]=B',
        },
      })
    ).body['result'] as JsonObject;
    expect(b['result']).toEqual({ a: true, b: true });
    expect((await row())['NAME']).toBe('Document Preparation');
    expect((ok(await t.hook('crm.status.get', { id: 105 })) as JsonObject)['NAME']).toBe('B');
    const journal = await t.journal();
    expect(
      journal.filter((e) => e['method'] === 'crm.status.update').map((e) => e['status']),
    ).toEqual([200, 200, 200]);
  });

  it('refusedEmptyCode: HTTP 400 with "" and the sentence; in a batch only that row', async () => {
    const t = await h.tenant();
    await t.control('faults', {
      type: 'refusedEmptyCode',
      method: 'crm.status.delete',
      description: 'Stage is in use by a robot.',
    });
    const r = await t.hook('crm.status.delete', { id: 115 });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: '', error_description: 'Stage is in use by a robot.' });
    await t.control('faults', { type: 'refusedEmptyCode', method: 'crm.status.update' });
    const b = (
      await t.hook('batch', {
        halt: 0,
        cmd: {
          a: 'crm.status.update?id=103&fields[NAME]=A',
          b: 'crm.status.update?id=105&fields[NAME]=B',
        },
      })
    ).body['result'] as JsonObject;
    expect(b['result_error']).toEqual({
      a: { error: '', error_description: 'The operation was refused.' },
    });
    expect(b['result']).toEqual({ b: true });
    expect((await t.control('faults', { type: 'refusedEmptyCode' })).status).toBe(400);
    expect(
      (await t.control('faults', { type: 'refusedEmptyCode', method: 'x', description: 5 })).status,
    ).toBe(400);
  });
});
