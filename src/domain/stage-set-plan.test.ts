import { describe, expect, it } from 'vitest';
import { setDirectoryOf, type SetDirectory } from './stage-set';
import { planStageSet } from './stage-set-plan';
import { templateSet } from './stage-set-templates';
import type { Group, Stage } from './stage';

/** A directory from [code, name, colour, group, sort] rows, ids 101, 103, ... */
function directory(
  entityId: string,
  prefix: string | null,
  rows: [string, string, string, Group, number][],
): Stage[] {
  return rows.map(([code, name, color, group, sort], i) => ({
    id: String(101 + 2 * i),
    statusId: prefix === null ? code : `${prefix}:${code}`,
    entityId,
    name,
    nameInit: null,
    sort,
    color,
    group,
    system: ['NEW', 'WON', 'LOSE'].includes(code),
    categoryId: null,
  }));
}

const GENERAL = directory('DEAL_STAGE', null, [
  ['NEW', 'New', '#39a8ef', 'process', 10],
  ['PREPARATION', 'Document Preparation', '#2fc6f6', 'process', 20],
  ['PREPAYMENT_INVOICE', 'Prepayment Invoice', '#55d0e0', 'process', 30],
  ['EXECUTING', 'In Progress', '#47e4c2', 'process', 40],
  ['FINAL_INVOICE', 'Final Invoice', '#ffa900', 'process', 50],
  ['WON', 'Deal Successful', '#7bd500', 'success', 60],
  ['LOSE', 'Deal Failed', '#ff5752', 'failure', 70],
  ['APOLOGY', 'Reason for Failure Analysis', '#ff5752', 'failure', 80],
]);
const NEWEST = directory('DEAL_STAGE_1', 'C1', [
  ['NEW', 'New request', '#39a8ef', 'process', 10],
  ['PREPARATION', 'Needs assessment', '#2fc6f6', 'process', 20],
  ['PREPAYMENT_INVOICE', 'Proposal sent', '#55d0e0', 'process', 30],
  ['EXECUTING', 'Negotiation', '#47e4c2', 'process', 40],
  ['FINAL_INVOICE', 'Final invoice', '#ffa900', 'process', 50],
  ['CONTRACT', 'Contract signing', '#39a8ef', 'process', 60],
  ['DELIVERY', 'Delivery', '#2fc6f6', 'process', 70],
  ['WON', 'Deal won', '#7bd500', 'success', 80],
  ['LOSE', 'Deal lost', '#ff5752', 'failure', 90],
  ['APOLOGY', 'Analysing the loss', '#ff5752', 'failure', 100],
]);
const C1 = { entityId: 'DEAL_STAGE_1', prefix: 'C1', categoryId: 1 };
const summary = (set: SetDirectory, stages: Stage[], counts: Record<string, number> | null) => {
  const plan = planStageSet({ directory: C1, stages, set, sameKind: true, counts });
  return {
    plan,
    steps: plan.steps.map((s) =>
      s.kind === 'add'
        ? ['add', s.stage.name]
        : [s.kind, s.stage.name, 'how' in s ? s.how : s.items],
    ),
  };
};

describe('planStageSet', () => {
  it('General Deal Stages onto Newest Deal Stages: matched by code, 8 renames and 2 deletes', () => {
    const set = setDirectoryOf({ entityId: 'DEAL_STAGE', name: 'General Deal Stages' }, GENERAL);
    const { plan, steps } = summary(set, NEWEST, { 'C1:CONTRACT': 0, 'C1:DELIVERY': 4 });
    expect(steps).toEqual([
      ['rename', 'New request', 'code'],
      ['rename', 'Needs assessment', 'code'],
      ['rename', 'Proposal sent', 'code'],
      ['rename', 'Negotiation', 'code'],
      ['rename', 'Final invoice', 'code'],
      ['rename', 'Deal won', 'code'],
      ['rename', 'Deal lost', 'code'],
      ['rename', 'Analysing the loss', 'code'],
      ['delete', 'Contract signing', 0],
      ['delete', 'Delivery', 4],
    ]);
    // No SORT needs writing: the order already holds. Delivery's items go to Final Invoice.
    expect(plan.updates.every((u) => u.patch.sort === undefined)).toBe(true);
    expect(plan.moves).toEqual([{ from: NEWEST[6], to: 'C1:FINAL_INVOICE', count: 4 }]);
    expect(plan.writes).toBe(8 + 2 + 4);
  });

  it('the admin may send a deleted stage’s items to another zone: Bitrix24 takes any stage of the pipeline', () => {
    const set = setDirectoryOf({ entityId: 'DEAL_STAGE', name: 'General Deal Stages' }, GENERAL);
    const delivery = NEWEST[6] as Stage;
    const plan = planStageSet({
      directory: C1,
      stages: NEWEST,
      set,
      sameKind: true,
      counts: { 'C1:DELIVERY': 4 },
      targets: new Map([[delivery.id, 5]]),
    });
    expect(plan.moves).toEqual([{ from: delivery, to: 'C1:WON', count: 4 }]);
    expect(plan.steps.find((s) => s.kind === 'delete' && s.stage === delivery)).toMatchObject({
      target: 5,
    });
  });

  it('a template onto a new pipeline: the start, success and first failure stages are renamed, not deleted', () => {
    const fresh = directory('DEAL_STAGE_4', 'C4', [
      ['NEW', 'New', '#1f86ff', 'process', 10],
      ['PREPARATION', 'Document Preparation', '#30afff', 'process', 20],
      ['WON', 'Deal won', '#7bd500', 'success', 60],
      ['LOSE', 'Deal lost', '#ff5752', 'failure', 70],
    ]);
    const set = templateSet('online-orders', 'en');
    const plan = planStageSet({ directory: C1, stages: fresh, set, sameKind: false, counts: {} });
    const kinds = plan.steps.map((s) => [s.kind, 'how' in s ? s.how : null]);
    expect(kinds).toContainEqual(['rename', 'start']);
    expect(kinds).toContainEqual(['rename', 'success']);
    expect(kinds).toContainEqual(['rename', 'first-failure']);
    expect(plan.deletes.map((d) => d.stage.name)).toEqual(['Document Preparation']);
    // Adds go in with a SORT inside their zone: in progress below the success stage's SORT.
    const successSort = plan.updates.find((u) => u.id === fresh[2]?.id)?.patch.sort ?? 60;
    for (const add of plan.adds) {
      if (add.group === 'process') expect(add.sort).toBeLessThan(successSort);
      if (add.group === 'failure') expect(add.sort).toBeGreaterThan(successSort);
    }
    expect(plan.adds.map((a) => a.code)).toEqual([
      'PAYMENT',
      'PAID',
      'PACKING',
      'SHIPPED',
      'RETURNED',
    ]);
  });

  it('a code the directory cannot take is made from the name instead', () => {
    const set: SetDirectory = {
      entityId: 'DYNAMIC_177_STAGE_7',
      name: 'x',
      stages: [
        { statusId: 'NEW', name: 'New', color: '#39a8ef', group: 'process' },
        { statusId: 'Прием', name: 'Приём заявки', color: '#39a8ef', group: 'process' },
        { statusId: 'WON', name: 'Deal won', color: '#7bd500', group: 'success' },
        { statusId: 'LOSE', name: 'Deal lost', color: '#ff5752', group: 'failure' },
      ],
    };
    const plan = planStageSet({
      directory: C1,
      stages: NEWEST.slice(7).concat(NEWEST[0] as Stage),
      set,
      sameKind: true,
      counts: null,
    });
    expect(plan.adds.map((a) => [a.code, a.fullStatusId])).toEqual([
      ['PRIEM_ZAYAVKI', 'C1:PRIEM_ZAYAVKI'],
    ]);
  });
});

describe('planStageSet: recolour and move steps', () => {
  const D0 = { entityId: 'DEAL_STAGE', prefix: null, categoryId: 0 };
  const START = directory('DEAL_STAGE', null, [
    ['NEW', 'New', '#39a8ef', 'process', 10],
    ['A', 'Alpha', '#2fc6f6', 'process', 20],
    ['B', 'Beta', '#55d0e0', 'process', 30],
    ['C', 'Gamma', '#47e4c2', 'process', 40],
    ['WON', 'Won', '#7bd500', 'success', 50],
    ['LOSE', 'Lost', '#ff5752', 'failure', 60],
    ['D', 'Late', '#ff5752', 'failure', 70],
  ]);
  const base = setDirectoryOf({ entityId: 'DEAL_STAGE', name: 'Base' }, START).stages;
  const at = (i: number) => base[i] as SetDirectory['stages'][number];
  type Row = [
    string,
    SetDirectory['stages'],
    (string | number)[][],
    { id: string; patch: Record<string, string | number> }[],
  ];
  // [what differs, the set's stages, the steps other than `keep`, the updates sent]
  const rows: Row[] = [
    [
      'colours only: one recolour step per stage, each one update with COLOR only',
      base.map((s) =>
        s.statusId === 'A' || s.statusId === 'LOSE' ? { ...s, color: '#123456' } : s,
      ),
      [
        ['recolour', 'Alpha', '#123456'],
        ['recolour', 'Lost', '#123456'],
      ],
      [
        { id: '103', patch: { color: '#123456' } },
        { id: '111', patch: { color: '#123456' } },
      ],
    ],
    [
      'order only: Gamma goes second; the one stage moved gets a SORT between New and Alpha',
      [at(0), at(3), at(1), at(2), at(4), at(5), at(6)],
      [['move', 'Gamma', 2, 15]],
      [{ id: '107', patch: { sort: 15 } }],
    ],
    [
      'failure order: Late before Lost; Lost moves after Late, its zone unchanged',
      [at(0), at(1), at(2), at(3), at(4), at(6), at(5)],
      [['move', 'Lost', 2, 80]],
      [{ id: '111', patch: { sort: 80 } }],
    ],
    [
      'name, colour and order of one stage: three steps, ONE update carrying all three',
      [at(0), { ...at(3), name: 'Delta', color: '#abcdef' }, at(1), at(2), at(4), at(5), at(6)],
      [
        ['rename', 'Gamma', 'Delta'],
        ['recolour', 'Gamma', '#abcdef'],
        ['move', 'Gamma', 2, 15],
      ],
      [{ id: '107', patch: { name: 'Delta', color: '#abcdef', sort: 15 } }],
    ],
  ];
  it.each(rows)('%s', (_title, stages, steps, updates) => {
    const set: SetDirectory = { entityId: 'DEAL_STAGE', name: 'Edited', stages };
    const plan = planStageSet({ directory: D0, stages: START, set, sameKind: true, counts: {} });
    const shown = plan.steps.flatMap((s) =>
      s.kind === 'rename' || s.kind === 'recolour'
        ? [[s.kind, s.stage.name, s.to]]
        : s.kind === 'move'
          ? [[s.kind, s.stage.name, s.position, s.sort]]
          : s.kind === 'keep'
            ? []
            : [[s.kind, s.stage.name]],
    );
    expect(shown).toEqual(steps);
    // Every step matched by code, and nothing else is written.
    for (const s of plan.steps) if ('how' in s) expect(s.how).toBe('code');
    expect(plan.updates).toEqual(updates);
    expect([plan.adds, plan.deletes, plan.moves]).toEqual([[], [], []]);
    expect(plan.writes).toBe(updates.length);
  });

  it('the start state against itself: every stage kept, nothing written', () => {
    const set: SetDirectory = { entityId: 'DEAL_STAGE', name: 'Same', stages: base };
    const plan = planStageSet({ directory: D0, stages: START, set, sameKind: true, counts: {} });
    expect(plan.steps.map((s) => s.kind)).toEqual(Array<string>(7).fill('keep'));
    expect(plan.writes).toBe(0);
  });
});
