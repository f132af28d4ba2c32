import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStages } from './order';
import { outcomeState, outcomeVerdict, planReplacement } from './outcome-change';
import type { Stage } from './stage';
import { PREPARATION_TO_FAILURE } from './test-outcome';
import { stage } from './test-stages';

const pipeline = { entityId: 'DEAL_STAGE_1', prefix: 'C1', categoryId: 1, hasSemantics: true };
const stages: Stage[] = [
  stage('1', 10, 'process', { statusId: 'C1:NEW', system: true }),
  stage('2', 20, 'process', { statusId: 'C1:PREPARATION', name: 'Preparation', color: '#aabbcc' }),
  stage('3', 30, 'process', { statusId: 'C1:EXECUTING', name: 'Executing' }),
  stage('4', 40, 'success', { statusId: 'C1:WON', system: true }),
  stage('5', 50, 'failure', { statusId: 'C1:LOSE', system: true }),
  stage('6', 60, 'failure', { statusId: 'C1:APOLOGY', name: 'Apology' }),
];
const byId = (id: string) => stages.find((s) => s.id === id) as Stage;

describe('outcomeVerdict', () => {
  it.each([
    ['an in-progress stage becomes a failure stage', '2', { ok: true, target: 'failure' }],
    ['a failure stage becomes an in-progress stage', '6', { ok: true, target: 'process' }],
    ['the success stage stays single', '4', { ok: false, reason: 'success' }],
    ['a system stage keeps its code', '5', { ok: false, reason: 'system' }],
  ])('%s', (_spec, id, verdict) => {
    expect(outcomeVerdict(byId(id), stages)).toEqual(verdict);
  });

  it('the only in-progress stage stays: new items need a stage to start in', () => {
    const lone = stage('9', 5, 'process');
    expect(outcomeVerdict(lone, [lone, byId('4')])).toEqual({ ok: false, reason: 'last-process' });
  });
});

describe('planReplacement', () => {
  it('keeps the name and colour, takes a free code from the name, and SEMANTICS F', () => {
    const plan = planReplacement(pipeline, stages, byId('2'), 'failure', 0);
    expect(plan).toMatchObject({
      entityId: 'DEAL_STAGE_1',
      name: 'Preparation',
      color: '#aabbcc',
      code: 'PREPARATION_2',
      statusId: 'C1:PREPARATION_2',
      semantics: 'F',
      categoryId: 1,
    });
  });

  it('places a new failure stage after the success stage (the add refuses one before it)', () => {
    const plan = planReplacement(pipeline, stages, byId('2'), 'failure', 0);
    expect(plan.sort).toBeGreaterThan(40);
    expect(plan.sort).toBeLessThan(50);
  });

  it('places a new in-progress stage before the success stage', () => {
    const plan = planReplacement(pipeline, stages, byId('6'), 'process', 3);
    expect(plan).toMatchObject({ semantics: '', name: 'Apology' });
    expect(plan.sort).toBeGreaterThan(30);
    expect(plan.sort).toBeLessThan(40);
  });

  it('at any place of the target group, the new stage lands there and in its zone', () => {
    fc.assert(
      fc.property(fc.constantFrom('2', '3', '6'), fc.nat(6), (id, index) => {
        const old = byId(id);
        const target = old.group === 'process' ? 'failure' : 'process';
        const plan = planReplacement(pipeline, stages, old, target, index);
        const shifted = stages.map((s) => {
          const shift = plan.shifts.find((w) => w.id === s.id);
          return shift ? { ...s, sort: shift.sort } : s;
        });
        const added = stage('new', plan.sort, target, { statusId: plan.statusId });
        const groups = groupStages([...shifted, added]);
        const success = groups.success[0]?.sort ?? 0;
        if (target === 'failure') expect(plan.sort).toBeGreaterThan(success);
        else expect(plan.sort).toBeLessThan(success);
        const place = Math.min(index, groupStages(stages)[target].length);
        expect(groups[target][place]?.id).toBe('new');
      }),
    );
  });
});

describe('outcomeState: the next step, read from what the portal holds', () => {
  const change = PREPARATION_TO_FAILURE;
  const replacement = stage('7', 45, 'failure', { statusId: 'C1:PREPARATION_2' });
  const without = (id: string) => stages.filter((s) => s.id !== id);

  it.each<[string, Stage[], string]>([
    ['nothing done yet: add the replacement', stages, 'add'],
    [
      'the replacement stands beside the old stage: move the items',
      [...stages, replacement],
      'move',
    ],
    ['the old stage is gone: done', [...without('2'), replacement], 'done'],
    ['neither is there any more: gone', without('2'), 'gone'],
    [
      'the code is taken by an in-progress stage: blocked, never filled',
      [...stages, { ...replacement, group: 'process' }],
      'blocked',
    ],
    [
      'the portal keeps codes without regard to case',
      [...stages, { ...replacement, statusId: 'c1:preparation_2' }],
      'move',
    ],
  ])('%s', (_spec, held, step) => {
    expect(outcomeState(held, change).step).toBe(step);
  });
});
