// The port on the local portal through the real SDK (docs/sdk.md §2). The emulator answers as
// the Bitrix24 server does (docs/server-behaviour.md); where a test needs a shape it does not
// produce on its own (a localised sentence, a lost answer), that is injected as a fault. The SDK
// and the HTTP path are never replaced. Users: 1 portal admin, 3 CRM admin, 5 ordinary, 7 no
// item rights.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { eachTenant, localPortal } from './local-hook';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;
beforeEach(() => {
  portal = localPortal(local.h.portal.port, local.t.id);
});

const tenant = () => {
  const found = local.h.portal.registry.get(local.t.id);
  if (!found) throw new Error('no tenant');
  return found;
};
const row = (id: string) => {
  const found = tenant().statuses.find((r) => r.ID === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const requests = async () => (await local.t.journal()).filter((e) => e['parent'] === undefined);
const commandsOf = async (request: { seq?: unknown }) =>
  (await local.t.journal())
    .filter((e) => e['parent'] === request.seq)
    .map((e) => String(e['method']));
const emptyCode = (method: string, description: string) =>
  local.t.control('faults', { type: 'refusedEmptyCode', method, description });

describe('loadStart', () => {
  it('reads directories, CRM mode and the stages in one request; a portal admin is not probed', async () => {
    const start = await portal.loadStart('DEAL_STAGE');
    expect(start.stages?.map((s) => s.name)).toContain('Final Invoice');
    expect(start.directories.map((d) => d.entityId)).toContain('DYNAMIC_177_STAGE_7');
    expect(start.crmMode).toBe('classic');
    expect(start.editRight).toEqual({ kind: 'allowed' });
    const sent = await requests();
    expect(sent).toHaveLength(1);
    expect(await commandsOf(sent[0]!)).not.toContain('crm.status.update');
  });

  it('asks crm.status.list for one plain ENTITY_ID and never for a page', async () => {
    const start = await portal.loadStart('DEAL_STAGE_3');
    expect(start.stages).toHaveLength(120);
    const lists = (await local.t.journal()).filter((e) => e['method'] === 'crm.status.list');
    expect(lists[0]?.['params']).toEqual({
      order: { SORT: 'ASC', ID: 'ASC' },
      filter: { ENTITY_ID: 'DEAL_STAGE_3' },
    });
  });

  it('a CRM admin who is not a portal admin may edit: the probe in the same request says so, and writes nothing', async () => {
    const crmAdmin = localPortal(local.h.portal.port, local.t.id, {
      isPortalAdmin: false,
      userId: 3,
    });
    const before = structuredClone(tenant().statuses);
    const start = await crmAdmin.loadStart('DEAL_STAGE');
    expect(start.editRight).toEqual({ kind: 'allowed' });
    const sent = await requests();
    expect(sent).toHaveLength(1);
    const probe = (await local.t.journal()).find((e) => e['method'] === 'crm.status.update');
    expect(probe?.['params']).toEqual({ id: '101' });
    expect(tenant().statuses).toEqual(before);
  });

  it('a user without the CRM settings right gets a read-only board, and why', async () => {
    const user = localPortal(local.h.portal.port, local.t.id, { isPortalAdmin: false, userId: 5 });
    const start = await user.loadStart('DEAL_STAGE');
    expect(start.editRight).toEqual({ kind: 'read-only', reason: 'not-crm-admin' });
    expect(start.stages).toHaveLength(8);
  });

  it('reads the docs’ `Access denied.` code to the probe as read-only too', async () => {
    await local.t.control('settings', { answers: 'docs' });
    const user = localPortal(local.h.portal.port, local.t.id, { isPortalAdmin: false, userId: 5 });
    expect((await user.loadStart('DEAL_STAGE')).editRight).toEqual({
      kind: 'read-only',
      reason: 'not-crm-admin',
    });
  });

  it('with no stage to probe with, probes with another directory’s stage', async () => {
    tenant().statuses = tenant().statuses.filter((r) => r.ENTITY_ID !== 'DEAL_STAGE_1');
    // The server checks the id before the right (docs/server-behaviour.md §9): no row, no answer.
    const user = localPortal(local.h.portal.port, local.t.id, { isPortalAdmin: false, userId: 5 });
    const start = await user.loadStart('DEAL_STAGE_1');
    expect(start.stages).toEqual([]);
    expect(start.editRight).toEqual({ kind: 'read-only', reason: 'not-crm-admin' });
    expect(await requests()).toHaveLength(2);
  });

  it('without any CRM access, says so instead of failing', async () => {
    const noRights = localPortal(local.h.portal.port, local.t.id, {
      isPortalAdmin: false,
      userId: 7,
    });
    const start = await noRights.loadStart('DEAL_STAGE');
    expect(start).toMatchObject({
      directories: [],
      stages: null,
      editRight: { kind: 'read-only', reason: 'no-crm-access' },
    });
  });

  it('marks a smart process whose stages are switched off', async () => {
    await local.t.control('settings', { disabledSmartProcess: true });
    const { directories } = await portal.loadStart('DEAL_STAGE');
    const enabled = (id: string) => directories.find((d) => d.entityId === id)?.enabled;
    expect(enabled('DYNAMIC_185_STAGE_11')).toBe(false);
    expect(enabled('DYNAMIC_177_STAGE_7')).toBe(true);
    expect(enabled('DEAL_STAGE')).toBe(true);
  });
});

describe('loadDirectory', () => {
  it('reads the list of directories and the stages in one request; a directory gone is null', async () => {
    const now = await portal.loadDirectory('DEAL_STAGE_3');
    expect(now.directory?.entityId).toBe('DEAL_STAGE_3');
    expect(now.stages).toHaveLength(120);
    expect(await portal.loadDirectory('DEAL_STAGE_99')).toEqual({ directory: null, stages: null });
    const sent = await requests();
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(await commandsOf(request)).toEqual(['crm.status.entity.types', 'crm.status.list']);
    }
  });
});

describe('updateStages', () => {
  it('a guarded rename lands, verified by the read-back in the same request', async () => {
    const result = await portal.updateStages('DEAL_STAGE', [
      { id: '109', patch: { name: 'Closing invoice' }, expected: { name: 'Final Invoice' } },
    ]);
    expect(result.failures).toEqual([]);
    expect(result.stages?.find((s) => s.id === '109')?.name).toBe('Closing invoice');
    const sent = await requests();
    expect(sent).toHaveLength(1);
    expect(await commandsOf(sent[0]!)).toEqual([
      'crm.status.list',
      'crm.status.update',
      'crm.status.list',
    ]);
  });

  it('after another admin renamed the stage, keeps their name and reports a conflict', async () => {
    await local.t.hook('crm.status.update', { id: 109, fields: { NAME: 'Their name' } });
    const result = await portal.updateStages('DEAL_STAGE', [
      { id: '109', patch: { name: 'My name' }, expected: { name: 'Final Invoice' } },
    ]);
    expect(result.failures.map((f) => [f.error.kind, f.error.description])).toEqual([
      ['conflict', 'Their name'],
    ]);
    expect(row('109').NAME).toBe('Their name');
    expect(result.stages?.find((s) => s.id === '109')?.name).toBe('Their name');
  });

  it('`true` for a change the portal did not keep is a failure: not saved, with what it holds', async () => {
    await local.t.control('faults', { type: 'notSaved', method: 'crm.status.update' });
    const result = await portal.updateStages('DEAL_STAGE', [
      { id: '109', patch: { name: 'Closing invoice' }, expected: { name: 'Final Invoice' } },
      { id: '107', patch: { sort: 41 } },
    ]);
    expect(result.failures.map((f) => [f.update.id, f.error.kind, f.error.reason])).toEqual([
      ['109', 'not-saved', 'not-kept'],
    ]);
    expect(result.failures[0]?.error.description).toBe('Final Invoice');
    expect(result.stages?.find((s) => s.id === '107')?.sort).toBe(41);
  });

  it.each([
    [{ name: '' }, 'empty-name', 'Final Invoice'],
    [{ name: '0' }, 'empty-name', 'Final Invoice'],
    [{ name: 'x'.repeat(101) }, 'name-too-long', 'Final Invoice'],
    [{ sort: -5 }, 'not-kept', '10'],
  ])('the server answers true to %j and keeps something else: %s', async (patch, reason, held) => {
    const { failures } = await portal.updateStages('DEAL_STAGE', [{ id: '109', patch }]);
    expect(failures.map((f) => [f.error.kind, f.error.reason, f.error.description])).toEqual([
      ['not-saved', reason, held],
    ]);
  });

  it('reads colours case-insensitively and names trimmed, as the portal stores them', async () => {
    const result = await portal.updateStages('DEAL_STAGE', [
      { id: '109', patch: { color: '#AABBCC' } },
      { id: '107', patch: { color: 'a1b2c3' } },
      { id: '105', patch: { name: '  Prepaid  ' } },
    ]);
    expect(result.failures).toEqual([]);
    expect(row('107').COLOR).toBe('#a1b2c3');
  });

  it.each([
    ['server', 'Access denied.'],
    ['docs', 'No permission to perform the operation.'],
  ])(
    'a refused rename in the %s’ words is access denied, in the portal’s words',
    async (answers, words) => {
      await local.t.control('settings', { answers });
      const user = localPortal(local.h.portal.port, local.t.id, {
        isPortalAdmin: false,
        userId: 5,
      });
      const { failures } = await user.updateStages('DEAL_STAGE', [
        { id: '109', patch: { name: 'A' } },
      ]);
      expect(failures.map((f) => [f.error.kind, f.error.description])).toEqual([
        ['access-denied', words],
      ]);
    },
  );

  it('reports the failed command of a batch and applies the others', async () => {
    await local.t.control('faults', {
      method: 'crm.status.update',
      type: 'error',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    });
    const { failures } = await portal.updateStages('DEAL_STAGE', [
      { id: '103', patch: { name: 'A' } },
      { id: '105', patch: { name: 'B' } },
    ]);
    expect(failures.map((f) => [f.update.id, f.error.kind, f.error.description])).toEqual([
      ['103', 'server', 'Internal server error'],
    ]);
    expect(row('105').NAME).toBe('B');
  });

  it('a stage deleted meanwhile is not found, whatever words the refusal used', async () => {
    await local.t.hook('crm.status.delete', { id: 115 });
    await local.t.hook('crm.status.delete', { id: 109 });
    await emptyCode('crm.status.update', 'Стадия не найдена');
    const { failures } = await portal.updateStages('DEAL_STAGE', [
      { id: '115', patch: { name: 'A' }, expected: { name: 'Reason for Failure Analysis' } },
      { id: '109', patch: { name: 'B' } },
    ]);
    expect(failures.map((f) => [f.update.id, f.error.kind])).toEqual([
      ['115', 'not-found'],
      ['109', 'not-found'],
    ]);
  });

  it('never sends more than 50 commands: 49 updates and the read-back per request', async () => {
    const stages = await portal.loadStages('DEAL_STAGE_3');
    await local.t.control('journal', undefined, 'DELETE');
    const updates = stages.slice(0, 60).map((s) => ({ id: s.id, patch: { sort: s.sort + 1 } }));
    const result = await portal.updateStages('DEAL_STAGE_3', updates);
    expect(result.failures).toEqual([]);
    const sent = await requests();
    const sizes = await Promise.all(sent.map(async (r) => (await commandsOf(r)).length));
    expect(sizes).toEqual([50, 12]);
    for (const request of sent) expect((await commandsOf(request)).at(-1)).toBe('crm.status.list');
  });
});
