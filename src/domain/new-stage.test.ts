import { describe, expect, it } from 'vitest';
import { planNewStage } from './new-stage';
import { stage } from './test-stages';

const pipeline = { entityId: 'DEAL_STAGE_1', prefix: 'C1', categoryId: 1, hasSemantics: true };
const stages = [
  stage('1', 10, 'process', { statusId: 'C1:NEW' }),
  stage('2', 20, 'process', { statusId: 'C1:PREPARATION' }),
  stage('3', 30, 'success', { statusId: 'C1:WON' }),
  stage('4', 40, 'failure', { statusId: 'C1:LOSE' }),
];

describe('planNewStage', () => {
  it('puts a stage between two neighbours without shifting anyone when a gap exists', () => {
    const plan = planNewStage(pipeline, stages, 'process', 1, 'Negotiation');
    expect(plan).toMatchObject({
      entityId: 'DEAL_STAGE_1',
      code: 'NEGOTIATION',
      statusId: 'C1:NEGOTIATION',
      semantics: '',
      categoryId: 1,
      color: '#2fc6f6',
      shifts: [],
    });
    expect(plan.sort).toBeGreaterThan(10);
    expect(plan.sort).toBeLessThan(20);
  });

  it('adds a failure stage with SEMANTICS F and the failure colour', () => {
    const plan = planNewStage(pipeline, stages, 'failure', 1, 'Lost to a rival');
    expect(plan).toMatchObject({ semantics: 'F', color: '#ff5752', code: 'LOST_TO_A_RIVAL' });
    expect(plan.sort).toBeGreaterThan(40);
  });

  it('shifts neighbours in the same plan when no gap is left', () => {
    const tight = [stage('1', 1, 'process'), stage('2', 2, 'process'), stage('3', 3, 'success')];
    const plan = planNewStage(pipeline, tight, 'process', 1, 'Middle');
    expect(plan.shifts.length).toBeGreaterThan(0);
  });

  it('never reuses a STATUS_ID of the directory, prefix included', () => {
    const plan = planNewStage(pipeline, stages, 'process', 0, 'New');
    expect(plan.code).toBe('NEW_2');
    expect(plan.statusId).toBe('C1:NEW_2');
  });

  it('gives a reference book no SEMANTICS, colour or category, and up to 50 characters', () => {
    const book = { entityId: 'SOURCE', prefix: null, categoryId: null, hasSemantics: false };
    const plan = planNewStage(
      book,
      [stage('9', 10, 'process', { entityId: 'SOURCE' })],
      'process',
      1,
      'x'.repeat(80),
    );
    expect(plan).toMatchObject({ semantics: null, color: null, categoryId: null });
    expect(plan.code).toHaveLength(50);
    expect(plan.statusId).toBe(plan.code);
  });
});
