// Pipelines and stage-set writes on the local portal through the real SDK (issue 13):
// crm.category.* with the directories read back in the same request, the plan limit, delete
// refusals, batched stage writes that stop at a refusal, and item moves with categoryId.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { eachTenant, localPortal } from './local-hook';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;
beforeEach(() => {
  portal = localPortal(local.h.portal.port, local.t.id);
});
const requests = async () => (await local.t.journal()).filter((e) => e['parent'] === undefined);
const calls = async (method: string) =>
  (await local.t.journal()).filter((e) => e['method'] === method);

describe('pipelines', () => {
  it('adds a deal pipeline: one request, its default stages, the directories read back', async () => {
    const added = await portal.pipelines.add(2, 'Wholesale');
    expect(added.pipeline).toMatchObject({ entityTypeId: 2, name: 'Wholesale', isDefault: false });
    const entityId = `DEAL_STAGE_${added.pipeline.id}`;
    expect(added.directories?.some((d) => d.entityId === entityId)).toBe(true);
    expect(await requests()).toHaveLength(1);
    const stages = await portal.loadStages(entityId);
    expect(stages.map((s) => s.statusId)).toContain(`C${added.pipeline.id}:NEW`);
  });

  it('a plan limit refusal keeps the portal’s sentence', async () => {
    await local.t.control('settings', { dealCategoryLimit: 3 });
    const error = await portal.pipelines.add(2, 'One too many').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PortalError', method: 'crm.category.add' });
    expect(String((error as Error).message)).toMatch(/pipelines/i);
  });

  it('renames, counts items, refuses to delete one that holds items, deletes an empty one', async () => {
    const renamed = await portal.pipelines.rename(177, 9, 'Tenders');
    expect(renamed.pipeline.name).toBe('Tenders');
    expect(
      renamed.directories?.find((d) => d.entityId === 'DYNAMIC_177_STAGE_9')?.categoryName,
    ).toBe('Tenders');
    expect(await portal.pipelines.countItems(177, 9)).toBeGreaterThan(0);
    await expect(portal.pipelines.remove(177, 9)).rejects.toMatchObject({
      method: 'crm.category.delete',
    });
    const fresh = await portal.pipelines.add(177, 'Empty');
    expect(await portal.pipelines.countItems(177, fresh.pipeline.id)).toBe(0);
    const after = await portal.pipelines.remove(177, fresh.pipeline.id);
    expect(after?.some((d) => d.entityId === `DYNAMIC_177_STAGE_${fresh.pipeline.id}`)).toBe(false);
    expect((await portal.pipelines.list(177)).map((p) => p.name)).toEqual(['General', 'Tenders']);
  });
});

describe('stage-set writes', () => {
  it('sends updates, an add and a delete in one request, read back in it', async () => {
    const stages = await portal.loadStages('DEAL_STAGE_1');
    const contract = stages.find((s) => s.statusId === 'C1:CONTRACT');
    const round = await portal.pipelines.sendStageWrites('DEAL_STAGE_1', [
      { kind: 'update', id: stages[0]?.id ?? '', patch: { name: 'Inbox', color: '#aabbcc' } },
      {
        kind: 'add',
        stage: {
          entityId: 'DEAL_STAGE_1',
          code: 'REVIEW',
          name: 'Review',
          sort: 15,
          group: 'process',
          color: '#123456',
          categoryId: 1,
        },
      },
      { kind: 'delete', id: contract?.id ?? '', forced: false },
    ]);
    expect(round).toMatchObject({ done: 3, error: null });
    expect(round.stages?.map((s) => s.name).slice(0, 3)).toEqual([
      'Inbox',
      'Review',
      'Needs assessment',
    ]);
    expect(round.stages?.some((s) => s.statusId === 'C1:CONTRACT')).toBe(false);
    expect(await requests()).toHaveLength(2);
    const [add] = await calls('crm.status.add');
    expect(add?.['params']).toMatchObject({
      fields: { CATEGORY_ID: '1', SEMANTICS: '', COLOR: '#123456' },
    });
  });

  it('stops at the first refusal and says how far it got', async () => {
    const stages = await portal.loadStages('DEAL_STAGE_1');
    const won = stages.find((s) => s.group === 'success');
    const round = await portal.pipelines.sendStageWrites('DEAL_STAGE_1', [
      { kind: 'update', id: stages[0]?.id ?? '', patch: { name: 'Inbox' } },
      {
        kind: 'add',
        // An in-progress stage above the success stage: the add refuses it (§1).
        stage: {
          entityId: 'DEAL_STAGE_1',
          code: 'LATE',
          name: 'Late',
          sort: (won?.sort ?? 80) + 1,
          group: 'process',
          color: '#123456',
          categoryId: 1,
        },
      },
      { kind: 'update', id: stages[1]?.id ?? '', patch: { name: 'Never sent' } },
    ]);
    expect(round.done).toBe(1);
    expect(round.error?.method).toBe('crm.status.add');
    expect((await portal.loadStages('DEAL_STAGE_1')).map((s) => s.name)).not.toContain(
      'Never sent',
    );
  });

  it('moves items with categoryId beside stageId', async () => {
    const page = await portal.listItems(177, 'DT177_9:QUOTES');
    expect(page.ids.length).toBeGreaterThan(0);
    await portal.pipelines.moveItems(177, 9, page.ids.slice(0, 2), 'DT177_9:NEW');
    const [update] = await calls('crm.item.update');
    expect(update?.['params']).toMatchObject({
      fields: { stageId: 'DT177_9:NEW', categoryId: '9' },
    });
  });
});
