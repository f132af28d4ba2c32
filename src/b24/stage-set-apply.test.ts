// The stage-set apply (stages/stage-set-apply.ts) against the local portal through the real SDK:
// the fewest writes in the fewest requests, a stop and a resume that plans again, and a stage
// that gained items after the preview, which the portal refuses to delete until they moved.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../emulator/test-utils';
import { holdsSet, setDirectoryOf } from '../domain/stage-set';
import { planStageSet } from '../domain/stage-set-plan';
import type { Directory } from '../domain/stage';
import { applyStageSet, type ApplyOptions } from '../stages/stage-set-apply';
import { eachTenant, localPortal } from './local-hook';
import type { SdkPortal } from './sdk-portal';

const local = eachTenant(() => Harness.start());
let portal: SdkPortal;
beforeEach(() => {
  portal = localPortal(local.h.portal.port, local.t.id);
});
const journal = () => local.t.journal();
const WRITES = ['crm.status.add', 'crm.status.update', 'crm.status.delete', 'crm.item.update'];

async function prepare(target: string, source: string) {
  const start = await portal.loadStart(target);
  const directory = start.directories.find((d) => d.entityId === target) as Directory;
  const set = setDirectoryOf({ entityId: source, name: source }, await portal.loadStages(source));
  const stages = await portal.loadStages(target);
  const counts = await portal.countItems(
    2,
    stages.map((s) => s.statusId),
  );
  const plan = planStageSet({ directory, stages, set, sameKind: true, counts });
  return { directory, set, counts, plan };
}

const options = (over: Partial<ApplyOptions> = {}): ApplyOptions => ({
  alreadyDone: 0,
  stopRequested: () => false,
  onProgress: () => undefined,
  onStages: () => undefined,
  record: () => undefined,
  ...over,
});

const run = (prepared: Awaited<ReturnType<typeof prepare>>, over: Partial<ApplyOptions> = {}) =>
  applyStageSet(
    portal,
    {
      directory: prepared.directory,
      set: prepared.set,
      sameKind: true,
      targets: new Map(),
      kept: prepared.plan.pairs,
      counts: prepared.counts,
    },
    options(over),
  );

describe('applyStageSet', () => {
  it('General onto Newest: ten writes in one request, then the pipeline holds the set', async () => {
    const prepared = await prepare('DEAL_STAGE_1', 'DEAL_STAGE');
    await local.t.control('journal', undefined, 'DELETE');
    const records: string[] = [];
    const outcome = await run(prepared, { record: (c) => records.push(c.kind) });
    expect(outcome).toMatchObject({ kind: 'done', done: 10 });
    const writes = (await journal()).filter((e) => WRITES.includes(String(e['method'])));
    expect(writes).toHaveLength(10);
    expect(new Set(writes.map((e) => e['parent'])).size).toBe(1);
    expect(holdsSet(await portal.loadStages('DEAL_STAGE_1'), prepared.set)).toBe(true);
    expect(records).toEqual(['import']);
  });

  it('stops between rounds; the resume plans again from the portal and adds nothing twice', async () => {
    const prepared = await prepare('DEAL_STAGE_1', 'DEAL_STAGE_3');
    let rounds = 0;
    const stopped = await run(prepared, {
      onStages: () => rounds++,
      stopRequested: () => rounds >= 1,
    });
    expect(stopped.kind).toBe('stopped');
    expect(stopped.done).toBe(49);
    const resumed = await run(prepared, { alreadyDone: stopped.done });
    expect(resumed.kind).toBe('done');
    expect(resumed.done).toBe(prepared.plan.writes);
    const adds = (await journal()).filter((e) => e['method'] === 'crm.status.add');
    expect(adds).toHaveLength(prepared.plan.adds.length);
    expect(holdsSet(await portal.loadStages('DEAL_STAGE_1'), prepared.set)).toBe(true);
  });

  it('a stage that gained items after the preview: refused, counted, emptied, then deleted', async () => {
    const prepared = await prepare('DEAL_STAGE_1', 'DEAL_STAGE');
    await local.t.control('items', {
      entityTypeId: 2,
      categoryId: 1,
      stageId: 'C1:CONTRACT',
      count: 3,
    });
    const outcome = await run(prepared);
    expect(outcome.kind).toBe('done');
    const rows = await journal();
    const moves = rows.filter((e) => e['method'] === 'crm.item.update');
    expect(moves).toHaveLength(3);
    const tenant = local.h.portal.registry.get(local.t.id);
    expect(tenant?.items.filter((i) => i.stageId === 'C1:CONTRACT')).toHaveLength(0);
  });

  it('Bitrix24 answers true and keeps nothing: the apply ends as differs, sending nothing twice', async () => {
    const prepared = await prepare('DEAL_STAGE_1', 'DEAL_STAGE');
    await local.t.control('faults', { type: 'notSaved', method: 'crm.status.update', count: 50 });
    await local.t.control('journal', undefined, 'DELETE');
    const outcome = await run(prepared);
    expect(outcome).toMatchObject({ kind: 'differs', done: 10 });
    const rows = await journal();
    expect(rows.filter((e) => e['method'] === 'crm.status.update')).toHaveLength(8);
    expect(rows.filter((e) => e['method'] === 'crm.status.delete')).toHaveLength(2);
    // The outcome shows what the portal holds: the deletes landed, the renames did not.
    const held = await portal.loadStages('DEAL_STAGE_1');
    expect(outcome.stages?.map((s) => s.name)).toEqual(held.map((s) => s.name));
    expect(held.map((s) => s.name)).toContain('New request');
    expect(holdsSet(held, prepared.set)).toBe(false);
  });

  it('a name Bitrix24 will not store ("0" keeps the old one, §1.6): differs, not an endless apply', async () => {
    const prepared = await prepare('DEAL_STAGE_1', 'DEAL_STAGE');
    const stages = prepared.set.stages.map((s, i) => (i === 1 ? { ...s, name: '0' } : s));
    const set = { ...prepared.set, stages };
    const plan = planStageSet({
      directory: prepared.directory,
      stages: await portal.loadStages('DEAL_STAGE_1'),
      set,
      sameKind: true,
      counts: prepared.counts,
    });
    const outcome = await run({ ...prepared, set, plan });
    expect(outcome.kind).toBe('differs');
    const updates = (await journal()).filter((e) => e['method'] === 'crm.status.update');
    expect(updates).toHaveLength(8);
    expect((await portal.loadStages('DEAL_STAGE_1')).map((s) => s.name)).toContain(
      'Needs assessment',
    );
  });
});
