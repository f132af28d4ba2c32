import { describe, expect, it } from 'vitest';
import { PortalError } from '../b24/portal-error';
import type { ChangeRecord } from '../domain/change';
import { NEWEST, PREPARATION_TO_FAILURE } from '../domain/test-outcome';
import { stage } from '../domain/test-stages';
import { newestStages, OutcomePortal } from './fake-outcome-portal';
import { runOutcome, type OutcomeHooks } from './outcome-run';

const directory = NEWEST;
const scope = { entityTypeId: 2, categoryId: 1 };
const change = PREPARATION_TO_FAILURE;

function setUp(items = 120) {
  const portal = new OutcomePortal(newestStages());
  portal.analytics.items.set(
    'C1:PREPARATION',
    Array.from({ length: items }, (_, i) => i + 1),
  );
  const records: ChangeRecord[] = [];
  let stopAfter = Infinity;
  let pages = 0;
  const hooks: OutcomeHooks = {
    stopRequested: () => pages >= stopAfter,
    onProgress: (p) => {
      if (p.step === 'move') pages += 1;
    },
    record: (r) => records.push(r),
    onStages: () => undefined,
  };
  const all = () => [...portal.analytics.items.values()].flat().sort((a, b) => a - b);
  return {
    portal,
    records,
    hooks,
    all,
    stopAfterPages: (n: number) => {
      stopAfter = n;
      pages = 0;
    },
  };
}

describe('runOutcome', () => {
  it('adds the replacement in the failure group, moves every item, deletes the old stage', async () => {
    const { portal, records, hooks } = setUp();
    const end = await runOutcome(portal, directory, scope, change, hooks);
    expect(end).toMatchObject({ kind: 'done', moved: 120 });
    expect(portal.adds[0]).toMatchObject({
      statusId: 'C1:PREPARATION_2',
      name: 'Preparation',
      color: '#aabbcc',
      semantics: 'F',
      categoryId: 1,
    });
    expect(portal.stages.map((s) => s.statusId)).not.toContain('C1:PREPARATION');
    expect(portal.stages.find((s) => s.statusId === 'C1:PREPARATION_2')?.group).toBe('failure');
    expect(portal.analytics.idsIn('C1:PREPARATION_2')).toHaveLength(120);
    expect(portal.analytics.moves.every((m) => m.categoryId === 1 && m.ids.length <= 50)).toBe(
      true,
    );
    // Every step is reported: the add, each page of items, the delete.
    expect(records.map((r) => [r.kind, r.items?.ids.length ?? 0, r.outcome.status])).toEqual([
      ['outcome', 0, 'saved'],
      ['outcome', 50, 'saved'],
      ['outcome', 50, 'saved'],
      ['outcome', 20, 'saved'],
      ['outcome', 0, 'saved'],
    ]);
    expect(records[0]?.stages[0]).toMatchObject({
      before: null,
      after: { statusId: 'C1:PREPARATION_2', group: 'failure' },
    });
    expect(records.at(-1)?.stages).toMatchObject([
      { before: { statusId: 'C1:PREPARATION' }, after: null },
    ]);
    // One change: every step carries the same key, so Undo takes them back together.
    expect(new Set(records.map((r) => r.stepOf)).size).toBe(1);
    expect(records[0]?.stepOf).toBeTruthy();
    expect(records[1]?.items).toMatchObject({ fromName: 'Preparation', toName: 'Preparation' });
  });

  it('a stop between pages leaves both stages; the resume finishes with every item', async () => {
    const { portal, hooks, all, stopAfterPages } = setUp();
    stopAfterPages(2);
    const stopped = await runOutcome(portal, directory, scope, change, hooks);
    expect(stopped).toMatchObject({ kind: 'stopped', moved: 50, left: 70 });
    expect(all()).toHaveLength(120);
    stopAfterPages(Infinity);
    const end = await runOutcome(portal, directory, scope, change, hooks);
    expect(end).toMatchObject({ kind: 'done', moved: 70 });
    expect(portal.adds).toHaveLength(1);
    expect(portal.analytics.idsIn('C1:PREPARATION_2')).toEqual(all());
    expect(all()).toHaveLength(120);
  });

  it('a refused item stops the run after its page; the resume moves the rest and loses none', async () => {
    const { portal, records, hooks, all } = setUp();
    portal.analytics.refuse.set(60, new PortalError('items-access-denied', 'X', 'No', 'u'));
    await expect(runOutcome(portal, directory, scope, change, hooks)).rejects.toMatchObject({
      kind: 'items-access-denied',
    });
    expect(portal.stages.map((s) => s.statusId)).toContain('C1:PREPARATION');
    expect(portal.analytics.idsIn('C1:PREPARATION')).toEqual([60, ...range(101, 120)]);
    expect(records.at(-1)?.outcome).toMatchObject({ status: 'partly-saved' });
    portal.analytics.refuse.clear();
    expect(await runOutcome(portal, directory, scope, change, hooks)).toMatchObject({
      kind: 'done',
    });
    expect(all()).toEqual(range(1, 120));
    expect(portal.analytics.idsIn('C1:PREPARATION_2')).toEqual(range(1, 120));
  });

  it('the add landed but its answer was lost: the resume finds it by its code and adds none', async () => {
    const { portal, hooks } = setUp(10);
    portal.loseNextAdd = true;
    await expect(runOutcome(portal, directory, scope, change, hooks)).rejects.toMatchObject({
      kind: 'network',
    });
    expect(await runOutcome(portal, directory, scope, change, hooks)).toMatchObject({
      kind: 'done',
      moved: 10,
    });
    expect(portal.adds).toHaveLength(1);
  });

  it('a delete refused because items arrived meanwhile keeps the old stage; the resume moves them', async () => {
    const { portal, hooks } = setUp(10);
    const realDelete = portal.deleteStage.bind(portal);
    let first = true;
    portal.deleteStage = (e, id) => {
      if (first) {
        first = false;
        portal.analytics.items.set('C1:PREPARATION', [500]);
      }
      return realDelete(e, id);
    };
    await expect(runOutcome(portal, directory, scope, change, hooks)).rejects.toMatchObject({
      kind: 'has-items',
    });
    expect(await runOutcome(portal, directory, scope, change, hooks)).toMatchObject({
      kind: 'done',
      moved: 1,
    });
    expect(portal.analytics.idsIn('C1:PREPARATION_2')).toContain(500);
  });

  it('failure → in progress: the replacement gets no SEMANTICS and a place before the success stage', async () => {
    const { portal, hooks } = setUp(0);
    portal.stages = [
      ...portal.stages,
      stage('6', 60, 'failure', {
        statusId: 'C1:LATE',
        name: 'Too late',
        entityId: 'DEAL_STAGE_1',
      }),
    ];
    portal.analytics.items.set('C1:LATE', [7, 8]);
    const back = {
      ...change,
      oldId: '6',
      oldStatusId: 'C1:LATE',
      name: 'Too late',
      target: 'process' as const,
      index: 1,
      code: 'TOO_LATE',
      statusId: 'C1:TOO_LATE',
    };
    expect(await runOutcome(portal, directory, scope, back, hooks)).toMatchObject({
      kind: 'done',
      moved: 2,
    });
    expect(portal.adds[0]).toMatchObject({ semantics: '', name: 'Too late' });
    const added = portal.stages.find((s) => s.statusId === 'C1:TOO_LATE');
    expect(added?.group).toBe('process');
    expect(added?.sort).toBeGreaterThan(10);
    expect(added?.sort).toBeLessThan(40);
    expect(portal.analytics.idsIn('C1:TOO_LATE')).toEqual([7, 8]);
  });

  it('done already: nothing is sent', async () => {
    const { portal, hooks } = setUp(0);
    portal.stages = [
      ...portal.stages.filter((s) => s.id !== '2'),
      stage('9', 45, 'failure', { statusId: 'C1:PREPARATION_2' }),
    ];
    expect(await runOutcome(portal, directory, scope, change, hooks)).toMatchObject({
      kind: 'done',
    });
    expect(portal.adds).toEqual([]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
