// Drives the real @bitrix24/b24jssdk 2.2.0 in Node against the emulator's webhook route, and pins
// how the SDK reads the server's answers (docs/sdk.md §3, docs/server-behaviour.md §0).
// B24Hook hard-codes https:// (docs/sdk.md §2.5), so this TEST rewrites the scheme in an axios
// interceptor; the app itself never uses B24Hook.
import { AjaxError, ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Tenant } from './test-utils';

let h: Harness;
let t: Tenant;
let b24: B24Hook;
/** The same SDK against a portal answering with the docs' error shapes. */
let docs: B24Hook;

function hookFor(tenant: Tenant): B24Hook {
  const hook = new B24Hook(
    { b24Url: `http://127.0.0.1:${h.portal.port}`, userId: 1, secret: `secret-${tenant.id}` },
    { restrictionParams: { maxRetries: 1 } },
  );
  hook.offClientSideWarning();
  hook.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
    // The SDK posts absolute URLs (`${origin}/rest/1/<secret>/<method>?bx24_...`), not baseURL.
    config.url = config.url?.replace(/^https:/, 'http:');
    return config;
  });
  return hook;
}

beforeAll(async () => {
  h = await Harness.start();
  t = await h.tenant();
  b24 = hookFor(t);
  docs = hookFor(await h.tenant({ rateLimit: null, answers: 'docs' }));
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

  it('one call returns the whole 120-stage pipeline: crm.status.list never pages', async () => {
    // The SDK's callList/fetchList page with a `>ID` filter the server ignores, so against a real
    // portal they would ask for the same 120 rows forever (docs/server-behaviour.md §1): the app
    // makes one call instead. That loop is not run here.
    const r = await b24.actions.v2.call.make<{ ID: string }[]>({
      method: 'crm.status.list',
      params: { filter: { ENTITY_ID: 'DEAL_STAGE_3' } },
    });
    expect(r.getData()?.result).toHaveLength(120);
    expect(r.getTotal()).toBe(120);
    expect(r.isMore()).toBe(false);
  });

  it('batch.make: an empty-code refusal inside a batch looks like a success (§2)', async () => {
    const calls: Record<string, [string, Record<string, unknown>]> = {
      types: ['crm.status.entity.types', {}],
      missing: ['crm.status.get', { id: 999999 }],
    };
    const server = await b24.actions.v2.batch.make({
      calls: { ...calls },
      options: { isHaltOnError: false },
    });
    // The server answers result_error.missing = {error:"", ...}: the SDK reports success and the
    // command's result is undefined; the sentence is lost.
    expect(server.isSuccess).toBe(true);
    const data = server.getData() as Record<string, { getData(): { result: unknown } }>;
    expect(data['missing']?.getData().result).toBeUndefined();
    // With the docs' shape (the sentence as the code) the same batch fails with the message.
    const documented = await docs.actions.v2.batch.make({
      calls: { ...calls },
      options: { isHaltOnError: false },
    });
    expect(documented.isSuccess).toBe(false);
    expect(documented.getErrorMessages().join(' ')).toContain('Directory item not found.');
  });

  it('an empty-code refusal alone: ERR_BAD_REQUEST, the sentence only in the raw answer (§0)', async () => {
    const refused = await b24.actions.v2.call
      .make({ method: 'crm.status.get', params: { id: 999999 } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AjaxError);
    expect((refused as AjaxError).code).toBe('ERR_BAD_REQUEST');
    expect((refused as AjaxError).status).toBe(400);
    const original = (refused as AjaxError).originalError as { response?: { data?: unknown } };
    expect(original.response?.data).toEqual({
      error: '',
      error_description: 'CRM Status is not found.',
    });
    // The docs' shape keeps the sentence as the code.
    const documented = await docs.actions.v2.call
      .make({ method: 'crm.status.get', params: { id: 999999 } })
      .catch((e: unknown) => e);
    expect((documented as AjaxError).code).toBe('Status is not found.');
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
    // A smart-process stage added without CATEGORY_ID gets 0, not its pipeline's 9 (§1).
    expect(row.body['result']).toMatchObject({ STATUS_ID: 'DT177_9:AUDIT', CATEGORY_ID: '0' });
  });
});
