// The port against the local portal through the real SDK (B24Hook on the webhook route).
// B24Hook hard-codes https:// (b24jssdk.md §2), so the test rewrites the scheme back to http.
import { ApiVersion, B24Hook } from '@bitrix24/b24jssdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, type Tenant } from '../../emulator/test-utils';
import { SdkPortal } from './sdk-portal';

let h: Harness;
let t: Tenant;
let portal: SdkPortal;

beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.portal.close());

beforeEach(async () => {
  t = await h.tenant();
  const hook = new B24Hook(
    { b24Url: `http://127.0.0.1:${h.portal.port}`, userId: 1, secret: `secret-${t.id}` },
    { restrictionParams: { maxRetries: 1 } },
  );
  hook.offClientSideWarning();
  hook.getHttpClient(ApiVersion.v2).ajaxClient.interceptors.request.use((config) => {
    config.url = config.url?.replace(/^https:/, 'http:');
    return config;
  });
  portal = new SdkPortal(hook, {
    isAdmin: true,
    lang: 'en',
    userOptions: { get: () => null, set: () => undefined },
    reload: () => undefined,
  });
});

const nameOf = async (id: string) => {
  const state = await h.control(`${t.id}/state`);
  const rows = state.body['statuses'] as { ID: string; NAME: string }[];
  return rows.find((r) => r.ID === id)?.NAME;
};

describe('SdkPortal', () => {
  it('loads the start data in one request, with every page of a long directory', async () => {
    const start = await portal.loadStart('DEAL_STAGE_3');
    expect(start.stages).toHaveLength(120);
    expect(start.directories.map((d) => d.entityId)).toContain('DEAL_STAGE');
    expect(start.crmMode).toBe('classic');
  });

  it('a guarded rename lands when nobody else changed the stage', async () => {
    const failures = await portal.updateStages([
      { id: '109', fields: { NAME: 'Closing invoice' }, expected: { NAME: 'Final Invoice' } },
    ]);
    expect(failures).toEqual([]);
    expect(await nameOf('109')).toBe('Closing invoice');
  });

  it('a guarded rename after another admin renamed keeps their name and reports a conflict', async () => {
    await t.hook('crm.status.update', { id: 109, fields: { NAME: 'Their name' } });
    const failures = await portal.updateStages([
      { id: '109', fields: { NAME: 'My name' }, expected: { NAME: 'Final Invoice' } },
    ]);
    expect(failures.map((f) => [f.error.kind, f.error.description])).toEqual([
      ['conflict', 'Their name'],
    ]);
    expect(await nameOf('109')).toBe('Their name');
  });

  it('reports the failed command of a batch and applies the others', async () => {
    await h.control(`${t.id}/faults`, {
      method: 'crm.status.update',
      type: 'error',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    });
    const failures = await portal.updateStages([
      { id: '103', fields: { NAME: 'A' } },
      { id: '105', fields: { NAME: 'B' } },
    ]);
    expect(failures.map((f) => [f.update.id, f.error.kind, f.error.description])).toEqual([
      ['103', 'server', 'Internal server error'],
    ]);
    expect(await nameOf('105')).toBe('B');
  });

  it('a stage deleted meanwhile is reported as not found', async () => {
    const deleted = await t.hook('crm.status.delete', { id: 115 });
    expect(deleted.body['result']).toBe(true);
    const failures = await portal.updateStages([
      { id: '115', fields: { NAME: 'A' }, expected: { NAME: 'Reason for Failure Analysis' } },
    ]);
    expect(failures.map((f) => f.error.kind)).toEqual(['not-found']);
  });
});
