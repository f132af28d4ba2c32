import { describe, expect, it } from 'vitest';
import { deleteVerdict, itemsLeftToMove, moveTargets } from './stage-delete';
import { stage } from './test-stages';

const start = stage('1', 10, 'process', { system: true });
const middle = stage('2', 20, 'process');
const systemMiddle = stage('3', 30, 'process', { system: true });
const won = stage('4', 40, 'success', { system: true });
const lost = stage('5', 50, 'failure', { system: true });
const apology = stage('6', 60, 'failure');
const stages = [won, apology, start, middle, lost, systemMiddle];

describe('deleteVerdict', () => {
  it.each([
    [start, { kind: 'protected', reason: 'start' }],
    [won, { kind: 'protected', reason: 'success' }],
    [lost, { kind: 'protected', reason: 'first-failure' }],
    [systemMiddle, { kind: 'forced' }],
    [middle, { kind: 'plain' }],
    [apology, { kind: 'plain' }],
  ])('%o → %o', (target, verdict) => {
    expect(deleteVerdict(stages, target, true)).toEqual(verdict);
  });

  it('protects positions, not flags: a reordered non-system first stage is the start', () => {
    const moved = [stage('2', 5, 'process'), ...stages.filter((s) => s.id !== '2')];
    expect(deleteVerdict(moved, moved[0] ?? middle, true)).toEqual({
      kind: 'protected',
      reason: 'start',
    });
    expect(deleteVerdict(moved, start, true)).toEqual({ kind: 'forced' });
  });

  it('a reference book has no protected positions; system rows need FORCED', () => {
    expect(deleteVerdict(stages, start, false)).toEqual({ kind: 'forced' });
    expect(deleteVerdict(stages, middle, false)).toEqual({ kind: 'plain' });
  });
});

describe('moveTargets', () => {
  it('offers every other stage of the pipeline, in board order', () => {
    expect(moveTargets(stages, middle).map((s) => s.id)).toEqual(['1', '3', '4', '5', '6']);
  });
});

describe('itemsLeftToMove', () => {
  it.each([
    ['the count when nothing was moved yet', 7, null, 7],
    ['none while the count is unknown', undefined, null, 0],
    ['none for a directory without items', null, null, 0],
    ['what a stopped move left', 7, { moved: 3, total: 9 }, 6],
    ['never below zero', 7, { moved: 9, total: 8 }, 0],
  ])('%s', (_spec, count, interrupted, left) => {
    expect(itemsLeftToMove(count, interrupted)).toBe(left);
  });
});
