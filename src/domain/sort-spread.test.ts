import { describe, expect, it } from 'vitest';
import { planMove } from './sort-planner';
import { SPREAD_MAX_WRITES, SPREAD_TOP_STEP, spreadWindow } from './sort-spread';
import { stage } from './test-stages';
import type { Stage } from './stage';

/** A pipeline numbered 1, 2, 3…: no stage fits between two others without renumbering. */
const dense = (count: number): Stage[] =>
  Array.from({ length: count }, (_, i) =>
    stage(
      String(i + 1),
      i + 1,
      i === count - 1 ? 'failure' : i === count - 2 ? 'success' : 'process',
    ),
  );

const slots = (sorts: number[]) => sorts.map((sort, i) => ({ id: String(i + 1), sort }));

describe('spreadWindow', () => {
  it('takes the smallest window whose stages can be spread the asked gap apart', () => {
    // Stage 2 moved between 1 (SORT 10) and 3 (SORT 11): no room; widening to 3 gives it.
    const desired = slots([10, 30, 11, 40]);
    expect(spreadWindow(desired, 1, 4, 1000)).toEqual([
      { id: '2', sort: 20 },
      { id: '3', sort: 30 },
    ]);
  });

  it('a window reaching the end uses the room above, a wide step per stage', () => {
    const desired = slots([1, 2, 3]);
    expect(spreadWindow(desired, 2, 4, 2 ** 31 - 1)).toEqual([
      { id: '3', sort: 2 + SPREAD_TOP_STEP },
    ]);
  });

  it('gives up when no window of one batch has the room', () => {
    const desired = slots(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(spreadWindow(desired, 0, 4, 120)).toBeNull();
  });
});

describe('planMove spreads a renumbered stretch wide', () => {
  it('a move into a dense stretch leaves room for the next moves there', () => {
    let stages = dense(20);
    const first = planMove(stages, '10', 2);
    expect(first.writes.length).toBeLessThanOrEqual(SPREAD_MAX_WRITES);
    const sortOf = new Map(first.writes.map((w) => [w.id, w.sort]));
    stages = stages.map((s) => ({ ...s, sort: sortOf.get(s.id) ?? s.sort }));
    // The next moves into the same stretch fit a gap: one write each.
    expect(planMove(stages, '15', 2).writes).toHaveLength(1);
  });
});
