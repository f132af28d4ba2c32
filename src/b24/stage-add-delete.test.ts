// Adding and deleting stages, and moving CRM items, on the local portal through the real SDK, in
// the server's answers and, where the app reads an error, in the REST docs' too (settings
// `answers`). A lost answer and a few exact wordings are injected (see sdk-portal.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { itemTypeOf } from '../domain/directories';
import { eachTenant, localPortal } from './local-hook';
import type { NewStage } from './portal';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;
beforeEach(() => {
  portal = localPortal(local.h.portal.port, local.t.id);
});

const statuses = () => local.h.portal.registry.get(local.t.id)?.statuses ?? [];
/** A stage that holds no CRM item (the seed's year of history fills many), system or not. */
const emptyStage = (system: boolean) => {
  const tenant = local.h.portal.registry.get(local.t.id);
  const held = new Set(tenant?.items.map((i) => `${i.entityTypeId}:${i.stageId}`));
  const found = statuses().find((r) => {
    const type = itemTypeOf(r.ENTITY_ID);
    return type !== null && (r.SYSTEM === 'Y') === system && !held.has(`${type}:${r.STATUS_ID}`);
  });
  if (!found) throw new Error('the seed has no such stage');
  return found;
};
const requests = async () => (await local.t.journal()).filter((e) => e['parent'] === undefined);
const calls = async (method: string) =>
  (await local.t.journal()).filter((e) => e['method'] === method);
const fault = (method: string, error: string, sentence: string, status = 400) =>
  local.t.control('faults', { type: 'error', method, status, error, error_description: sentence });

const reviewStage = (name = 'Review'): NewStage => ({
  entityId: 'DEAL_STAGE_1',
  code: 'REVIEW',
  statusId: 'C1:REVIEW',
  name,
  sort: 25,
  semantics: '',
  color: 'aabbcc',
  categoryId: 1,
});

describe('addStage', () => {
  it('sends the shifts, the add and the read-back in one request, with CATEGORY_ID and a # colour', async () => {
    const added = await portal.addStage(reviewStage(), [{ id: '121', patch: { sort: 35 } }]);
    expect(added.stages?.find((s) => s.id === added.id)?.name).toBe('Review');
    expect(await requests()).toHaveLength(1);
    const [add] = await calls('crm.status.add');
    expect(add?.['params']).toMatchObject({
      fields: { STATUS_ID: 'REVIEW', CATEGORY_ID: '1', COLOR: '#aabbcc', SORT: '25' },
    });
    expect(statuses().find((r) => r.ID === added.id)?.STATUS_ID).toBe('C1:REVIEW');
  });

  it.each(['server', 'docs'])(
    'a lost answer: the SDK resends, meets our own stage (%s’ duplicate answer), and that is one stage and no error',
    async (answers) => {
      await local.t.control('settings', { answers, lang: 'ru' });
      const resending = localPortal(local.h.portal.port, local.t.id, { attempts: 2 });
      await local.t.control('faults', { type: 'drop', method: 'batch', after: true });
      const added = await resending.addStage(reviewStage(), []);
      expect(
        statuses()
          .filter((r) => r.STATUS_ID === 'C1:REVIEW')
          .map((r) => r.ID),
      ).toEqual([added.id]);
      // The first add landed, its answer was lost, the resend was refused as a duplicate.
      expect((await calls('crm.status.add')).map((e) => e['status'])).toEqual([200, 400]);
      const next = await resending.addStage(
        { ...reviewStage('Audit'), code: 'AUDIT', statusId: 'C1:AUDIT' },
        [],
      );
      expect(statuses().some((r) => r.ID === next.id && r.NAME === 'Audit')).toBe(true);
    },
  );

  it('a duplicate met in another case is still ours: STATUS_IDs compare case-insensitively', async () => {
    const first = await portal.addStage(reviewStage(), []);
    const again = await portal.addStage({ ...reviewStage(), code: 'review' }, []);
    expect(again.id).toBe(first.id);
    expect(again.stages?.filter((s) => s.statusId.toUpperCase() === 'C1:REVIEW')).toHaveLength(1);
  });

  it('a resend refused with the server’s ERROR_CORE (localised, with <br>) is recognised by its STATUS_ID', async () => {
    const first = await portal.addStage(reviewStage(), []);
    await fault(
      'crm.status.add',
      'ERROR_CORE',
      'Элемент с таким идентификатором уже существует<br>',
    );
    const again = await portal.addStage(reviewStage(), []);
    expect(again.id).toBe(first.id);
    expect(again.stages?.filter((s) => s.statusId === 'C1:REVIEW')).toHaveLength(1);
  });

  it('someone else’s stage with the same STATUS_ID is a refusal in the portal’s words, without markup', async () => {
    await local.t.control('settings', { lang: 'ru' });
    await local.t.hook('crm.status.add', {
      fields: { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'REVIEW', NAME: 'Theirs', SORT: 26 },
    });
    await expect(portal.addStage(reviewStage(), [])).rejects.toMatchObject({
      kind: 'refused',
      code: 'ERROR_CORE',
      description: 'Статус с таким идентификатором уже существует.',
    });
  });

  it('an empty-code refusal of the add shows the portal’s sentence', async () => {
    // A process stage after the success stage: refused by add, with an empty code (§1).
    await expect(portal.addStage({ ...reviewStage(), sort: 1000 }, [])).rejects.toMatchObject({
      kind: 'refused',
      code: '',
      description:
        'Cannot create more stages after the final stage. Place the new stage before the successful one.',
    });
  });

  it('a refused shift stops the add (halt): nothing lands out of order', async () => {
    await expect(
      portal.addStage(reviewStage(), [{ id: '999', patch: { sort: 35 } }]),
    ).rejects.toMatchObject({ kind: 'not-found', method: 'crm.status.update' });
    expect(await calls('crm.status.add')).toHaveLength(0);
  });
});

describe('deleteStage', () => {
  it('deletes and answers with the directory read back in the same request', async () => {
    const stages = await portal.deleteStage('DEAL_STAGE', '115', false);
    expect(stages?.map((s) => s.id)).not.toContain('115');
    expect(await requests()).toHaveLength(1);
  });

  it.each(['server', 'docs'])(
    'a deal stage that holds deals, refused in the %s’ words, is "has items"',
    async (answers) => {
      await local.t.control('settings', { answers });
      await expect(portal.deleteStage('DEAL_STAGE', '103', false)).rejects.toMatchObject({
        kind: 'has-items',
      });
    },
  );

  it('a smart-process stage refused in a localised sentence is looked up: it holds items', async () => {
    await local.t.control('settings', { lang: 'ru' });
    const stage = statuses().find((r) => r.STATUS_ID === 'DT177_7:PREPARATION');
    await expect(
      portal.deleteStage('DYNAMIC_177_STAGE_7', String(stage?.ID), false),
    ).rejects.toMatchObject({
      kind: 'has-items',
      description: 'Нельзя удалить стадию, на которой есть элементы.',
    });
    const [count] = await calls('crm.item.list');
    expect(count?.['params']).toMatchObject({
      entityTypeId: '177',
      filter: { stageId: 'DT177_7:PREPARATION' },
    });
  });

  it('a localised refusal of a stage without items stays a refusal in the portal’s words', async () => {
    await fault('crm.status.delete', '', 'Нельзя удалить стадию');
    await expect(
      portal.deleteStage(emptyStage(false).ENTITY_ID, emptyStage(false).ID, false),
    ).rejects.toMatchObject({ kind: 'refused', description: 'Нельзя удалить стадию' });
    expect(await calls('crm.item.list')).toHaveLength(1);
  });

  it('a stage already gone is deleted: another admin, or a resend after a lost answer', async () => {
    await local.t.hook('crm.status.delete', { id: 115 });
    const stages = await portal.deleteStage('DEAL_STAGE', '115', false);
    expect(stages?.map((s) => s.id)).not.toContain('115');
  });

  it('without FORCED a system stage holding items is refused for FORCED, not for its items', async () => {
    // The server checks FORCED before the items (§1): its sentence says all, nothing to look up.
    const won = statuses().find((r) => r.STATUS_ID === 'WON' && r.ENTITY_ID === 'DEAL_STAGE');
    await expect(portal.deleteStage('DEAL_STAGE', String(won?.ID), false)).rejects.toMatchObject({
      kind: 'refused',
    });
    expect(await calls('crm.item.list')).toHaveLength(0);
  });

  it('a system stage needs FORCED, sent as exactly Y', async () => {
    const { ID: system, ENTITY_ID: entityId } = emptyStage(true);
    await expect(portal.deleteStage(entityId, system, false)).rejects.toMatchObject({
      kind: 'refused',
      description:
        'CRM System Status can be deleted only if parameter FORCED is specified and equal to "Y".',
    });
    const stages = await portal.deleteStage(entityId, system, true);
    expect(stages?.map((s) => s.id)).not.toContain(system);
    const [forced] = (await calls('crm.status.delete')).slice(-1);
    expect(forced?.['params']).toMatchObject({ params: { FORCED: 'Y' } });
  });
});

describe('CRM items', () => {
  it('counts, lists and moves the items of a stage', async () => {
    expect(await portal.countItems(2, ['NEW', 'PREPARATION', 'PREPAYMENT_INVOICE'])).toEqual({
      NEW: 3,
      PREPARATION: 2,
      PREPAYMENT_INVOICE: 0,
    });
    const page = await portal.listItems(2, 'PREPARATION');
    expect(page.total).toBe(2);
    await portal.moveItems(2, page.ids, 'EXECUTING');
    expect(await portal.countItems(2, ['PREPARATION', 'EXECUTING'])).toEqual({
      PREPARATION: 0,
      EXECUTING: 3,
    });
  });

  it('a user without rights on the items is told exactly that', async () => {
    const assistant = localPortal(local.h.portal.port, local.t.id, { userId: 7 });
    await expect(assistant.moveItems(2, [1], 'EXECUTING')).rejects.toMatchObject({
      kind: 'items-access-denied',
    });
  });
});
