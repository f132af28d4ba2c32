// Drives the real @bitrix24/b24jssdk 2.2.0 in Node against the emulator's webhook route.
// B24Hook hard-codes https:// (b24jssdk.md §2), so this TEST rewrites the scheme in an axios
// interceptor; the app itself never uses B24Hook.
import { AjaxError, ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Tenant } from './test-utils';

let h: Harness;
let t: Tenant;
let b24: B24Hook;

beforeAll(async () => {
  h = await Harness.start();
  t = await h.tenant();
  b24 = new B24Hook(
    { b24Url: `http://127.0.0.1:${h.portal.port}`, userId: 1, secret: `secret-${t.id}` },
    { restrictionParams: { maxRetries: 1 } },
  );
  b24.offClientSideWarning();
  b24.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
    // The SDK posts absolute URLs (`${origin}/rest/1/<secret>/<method>?bx24_...`), not baseURL.
    config.url = config.url?.replace(/^https:/, 'http:');
    return config;
  });
});
afterAll(() => h.portal.close());

describe('B24Hook against the webhook route', () => {
  it('call.make reads result/total/time', async () => {
    const r = await b24.actions.v2.call.make<{ STATUS_ID: string }[]>({
      method: 'crm.status.list',
      params: { order: { SORT: 'ASC' }, filter: { ENTITY_ID: 'DEAL_STAGE' } },
    });
    expect(r.isSuccess).toBe(true);
    expect(r.getData()?.result.map((s) => s.STATUS_ID)).toEqual([
      'NEW',
      'PREPARATION',
      'PREPAYMENT_INVOICE',
      'EXECUTING',
      'FINAL_INVOICE',
      'WON',
      'LOSE',
      'APOLOGY',
    ]);
    expect(r.getTotal()).toBe(8);
  });

  it('callList pages the 120-stage pipeline with the >ID cursor', async () => {
    const r = await b24.actions.v2.callList.make<{ ID: string }>({
      method: 'crm.status.list',
      params: { filter: { ENTITY_ID: 'DEAL_STAGE_3' } },
    });
    expect(r.isSuccess).toBe(true);
    expect(r.getData()).toHaveLength(120);
  });

  it('batch.make: named calls, per-command errors', async () => {
    const r = await b24.actions.v2.batch.make({
      calls: {
        types: ['crm.status.entity.types', {}],
        missing: ['crm.status.get', { id: 999999 }],
      },
      options: { isHaltOnError: false },
    });
    expect(r.isSuccess).toBe(false);
    expect(r.getErrorMessages().join(' ')).toContain('Directory item not found.');
  });

  it('documented errors surface as the SDK documents (§3.5)', async () => {
    const notFound = await b24.actions.v2.call
      .make({ method: 'crm.status.get', params: { id: 999999 } })
      .catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(AjaxError);
    expect((notFound as AjaxError).code).toBe('Status is not found.');
    expect((notFound as AjaxError).status).toBe(400);

    // The empty error code of add validation: the SDK loses the message (b24jssdk.md §3.5).
    const invalid = await b24.actions.v2.call
      .make({
        method: 'crm.status.add',
        params: { fields: { ENTITY_ID: 'DEAL_STAGE', NAME: 'x' } },
      })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(AjaxError);
    expect((invalid as AjaxError).code).toBe('ERR_BAD_REQUEST');
    const original = (invalid as AjaxError).originalError as { response?: { data?: unknown } };
    expect(original.response?.data).toEqual({
      error: '',
      error_description: 'The field STATUS_ID is required.',
    });
  });

  it('writes through the SDK land in the tenant', async () => {
    const r = await b24.actions.v2.call.make<number>({
      method: 'crm.status.add',
      params: {
        fields: { ENTITY_ID: 'DYNAMIC_177_STAGE_9', STATUS_ID: 'AUDIT', NAME: 'Audit', SORT: 25 },
      },
    });
    const id = r.getData()?.result;
    const row = await t.hook('crm.status.get', { id: id ?? 0 });
    expect(row.body['result']).toMatchObject({ STATUS_ID: 'DT177_9:AUDIT', CATEGORY_ID: '0' });
  });
});
