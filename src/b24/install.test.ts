// The install against the local portal through the real SDK, on the OAuth road a frame uses
// (placement.* refuses webhooks, docs/server-behaviour.md §3). Portal set-ups come from the
// emulator's settings; many smart processes are put on the tenant's own state.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { eachTenant, localPortal } from './local-hook';
import type { InstallRequest } from './portal';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;

/** The port as a frame session of `user` sees it. */
async function portalAs(user = 'portal-admin'): Promise<SdkPortal> {
  await local.t.control('settings', { user });
  return localPortal(local.h.portal.port, local.t.id, { auth: await local.t.session() });
}

beforeEach(async () => {
  portal = await portalAs();
});

const REQUEST: InstallRequest = {
  handler: 'https://apps.example.com/stage-editor/index.html',
  title: { TITLE: 'Stage editor', DESCRIPTION: 'd' },
  titles: { en: { TITLE: 'Stage editor', DESCRIPTION: 'd' } },
};
const ALL = [
  'CRM_FUNNELS_TOOLBAR',
  'CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
  'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
];

const tenant = () => {
  const found = local.h.portal.registry.get(local.t.id);
  if (!found) throw new Error('no tenant');
  return found;
};
const bound = () =>
  tenant()
    .placements.map((p) => p.placement)
    .sort();
const fault = (method: string, error: string, sentence: string, status = 400) =>
  local.t.control('faults', { type: 'error', method, status, error, error_description: sentence });
const batches = async () => {
  const journal = await local.t.journal();
  return journal
    .filter((e) => e['method'] === 'batch')
    .map((b) => journal.filter((e) => e['parent'] === b['seq']));
};
const placementOf = (e: Record<string, unknown>) =>
  `${String(e['method'])} ${String((e['params'] as Record<string, unknown>)['PLACEMENT'] ?? '')}`;

describe('installPlacements', () => {
  it('unbinds, then binds every placement, and reads the bindings back in the last request', async () => {
    const report = await portal.installPlacements(REQUEST);
    expect(report).toEqual({ bound: ALL, skipped: [], failures: [] });
    expect(bound()).toEqual([...ALL].sort());
    const [read, write] = await batches();
    expect(read?.map((e) => e['method'])).toEqual([
      'placement.list',
      'crm.status.entity.types',
      'placement.get',
    ]);
    expect(write?.map(placementOf)).toEqual([
      ...ALL.map((p) => `placement.unbind ${p}`),
      ...ALL.map((p) => `placement.bind ${p}`),
      'placement.get ',
    ]);
    expect(tenant().placements[0]).toMatchObject({
      handler: REQUEST.handler,
      title: 'Stage editor',
    });
  });

  it('reinstalling is clean: the old bindings go, the new ones come, nothing fails', async () => {
    await portal.installPlacements(REQUEST);
    const again = await portal.installPlacements(REQUEST);
    expect(again.failures).toEqual([]);
    expect(bound()).toEqual([...ALL].sort());
  });

  it('skips a smart process whose stages are off, and removes its old button', async () => {
    await local.t.control('settings', { disabledSmartProcess: true });
    const report = await portal.installPlacements(REQUEST);
    expect(report.skipped).toEqual([
      { placement: 'CRM_DYNAMIC_185_FUNNELS_TOOLBAR', reason: 'stages-disabled' },
    ]);
    expect(report.failures).toEqual([]);
    expect(bound()).toEqual([...ALL].sort());
    // Switched off after that install: its button goes at the next one.
    for (const type of tenant().entityTypes) {
      if (type['ENTITY_TYPE_ID'] === 177) type['IS_ENABLED'] = false;
    }
    const again = await portal.installPlacements(REQUEST);
    expect(again.skipped.map((s) => s.placement).sort()).toEqual([
      'CRM_DYNAMIC_177_FUNNELS_TOOLBAR',
      'CRM_DYNAMIC_185_FUNNELS_TOOLBAR',
    ]);
    expect(again.failures).toEqual([]);
    expect(bound()).toEqual(['CRM_FUNNELS_TOOLBAR', 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR']);
  });

  it('binds only what placement.list offers: no smart invoices, no invoice button, no failure', async () => {
    await local.t.control('settings', { smartInvoices: false });
    const report = await portal.installPlacements(REQUEST);
    expect(report.skipped).toEqual([
      { placement: 'CRM_SMART_INVOICE_FUNNELS_TOOLBAR', reason: 'not-offered' },
    ]);
    expect(report.failures).toEqual([]);
    expect(bound()).toEqual(['CRM_DYNAMIC_177_FUNNELS_TOOLBAR', 'CRM_FUNNELS_TOOLBAR']);
    const binds = (await local.t.journal()).filter((e) => e['method'] === 'placement.bind');
    expect(binds.map(placementOf)).not.toContain(
      'placement.bind CRM_SMART_INVOICE_FUNNELS_TOOLBAR',
    );
  });

  it('a bind refused as "Placement not found" is skipped, not a failure: the install can finish', async () => {
    await fault('placement.bind', 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
    const report = await portal.installPlacements(REQUEST);
    expect(report.skipped).toEqual([{ placement: 'CRM_FUNNELS_TOOLBAR', reason: 'not-offered' }]);
    expect(report.failures).toEqual([]);
    expect(report.bound).toEqual(ALL.slice(1));
  });

  it('"already bound" is bound: the read-back decides, not the answer', async () => {
    await portal.installPlacements(REQUEST);
    await fault('placement.unbind', 'ERROR_CORE', 'Unable to unbind');
    const report = await portal.installPlacements(REQUEST);
    const binds = (await local.t.journal()).filter((e) => e['method'] === 'placement.bind');
    expect(binds.at(-3)?.['error']).toBe('ERROR_CORE');
    expect(report.failures).toEqual([]);
    expect(report.bound).toEqual(ALL);
  });

  it('a real refusal is a failure with the portal’s words; the rest is bound', async () => {
    await fault('placement.bind', 'ERROR_CORE', 'Unable to set placement handler: scope denied');
    const report = await portal.installPlacements(REQUEST);
    expect(report.failures.map((f) => [f.placement, f.method, f.error.description])).toEqual([
      ['CRM_FUNNELS_TOOLBAR', 'placement.bind', 'Unable to set placement handler: scope denied'],
    ]);
    expect(report.bound).toEqual(ALL.slice(1));
  });

  it('a CRM administrator who is not a portal administrator is told so once, and nothing is written', async () => {
    const crmAdmin = await portalAs('crm-admin');
    await local.t.control('journal', undefined, 'DELETE');
    const report = await crmAdmin.installPlacements(REQUEST);
    expect(report.failures.map((f) => [f.method, f.error.kind])).toEqual([
      ['placement.get', 'admin-required'],
    ]);
    expect(await batches()).toHaveLength(1);
  });

  it('when a write request gets no answer, every step not known to have landed is reported', async () => {
    await local.t.control('faults', { type: 'delay', method: 'placement.list', ms: 300 });
    const running = portal.installPlacements(REQUEST);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await local.t.control('faults', {
      type: 'error',
      method: 'batch',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'down',
    });
    const report = await running;
    // One line per button, on the last step it was to take.
    expect(report.failures.map((f) => [f.placement, f.method, f.error.kind])).toEqual(
      ALL.map((p) => [p, 'placement.bind', 'server']),
    );
    expect(report.bound).toEqual([]);
  });

  it('never sends more than 50 commands: 66 writes and the read-back in two requests', async () => {
    const [template] = tenant().entityTypes.filter((e) => e['ENTITY_TYPE_ID'] === 177);
    for (let i = 0; i < 30; i++) {
      tenant().entityTypes.push({
        ...template!,
        ID: `DYNAMIC_${1030 + 2 * i}_STAGE_1`,
        ENTITY_TYPE_ID: 1030 + 2 * i,
      });
    }
    const report = await portal.installPlacements(REQUEST);
    expect(report.failures).toEqual([]);
    expect(report.bound).toHaveLength(33);
    const sent = await batches();
    expect(sent.map((b) => b.length)).toEqual([3, 49, 18]);
    expect(sent.at(-1)?.at(-1)?.['method']).toBe('placement.get');
  });
});
