import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStages, groupStages, numericId } from './order';
import { stage } from './test-stages';

describe('compareStages', () => {
  it.each([
    ['lower SORT first', { id: '9', sort: 10 }, { id: '1', sort: 20 }, -1],
    ['higher SORT last', { id: '1', sort: 30 }, { id: '9', sort: 20 }, 1],
    ['equal SORT: lower numeric ID first', { id: '2', sort: 10 }, { id: '10', sort: 10 }, -1],
    [
      'equal SORT: IDs compare as numbers, not strings',
      { id: '10', sort: 10 },
      { id: '9', sort: 10 },
      1,
    ],
    [
      'equal SORT: a new stage sorts after an existing one',
      { id: 'new', sort: 10 },
      { id: '999', sort: 10 },
      1,
    ],
    [
      'equal SORT: an existing stage sorts before a new one',
      { id: '1', sort: 10 },
      { id: 'new', sort: 10 },
      -1,
    ],
    ['the same row compares equal', { id: '5', sort: 10 }, { id: '5', sort: 10 }, 0],
  ])('%s', (_name, a, b, expected) => {
    expect(Math.sign(compareStages(a, b))).toBe(expected);
  });

  it('is a total order consistent with sorting (antisymmetric and transitive)', () => {
    const item = fc.record({
      id: fc.oneof(fc.nat(50).map(String), fc.constantFrom('new', 'x')),
      sort: fc.integer({ min: -5, max: 5 }),
    });
    fc.assert(
      fc.property(item, item, item, (a, b, c) => {
        expect(Math.sign(compareStages(a, b))).toBe(-Math.sign(compareStages(b, a)) || 0);
        if (compareStages(a, b) <= 0 && compareStages(b, c) <= 0)
          expect(compareStages(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('numericId', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['new', Infinity],
    ['', Infinity],
    ['1e3', Infinity],
    ['-1', Infinity],
  ])('reads %j as %d', (id, expected) => {
    expect(numericId(id)).toBe(expected);
  });
});

describe('groupStages', () => {
  it('splits stages by zone, each zone in SORT-then-ID order', () => {
    const stages = [
      stage('5', 30, 'failure'),
      stage('4', 20, 'process'),
      stage('3', 10, 'process'),
      stage('2', 20, 'process'),
      stage('1', 40, 'success'),
      stage('6', 25, 'failure'),
    ];
    const groups = groupStages(stages);
    expect(groups.process.map((s) => s.id)).toEqual(['3', '2', '4']);
    expect(groups.success.map((s) => s.id)).toEqual(['1']);
    expect(groups.failure.map((s) => s.id)).toEqual(['6', '5']);
  });

  it('returns every zone even when empty, and does not mutate its input', () => {
    const stages = [stage('2', 20), stage('1', 10)];
    const groups = groupStages(stages);
    expect(groups).toEqual({ process: [stages[1], stages[0]], success: [], failure: [] });
    expect(stages.map((s) => s.id)).toEqual(['2', '1']);
  });
});
