import { describe, expect, it } from 'vitest';
import { planMove } from './sort-planner';
import { SPREAD_MAX_WRITES, SPREAD_TOP, spreadWhole, spreadWindow } from './sort-spread';
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

  it('a window reaching the end uses the room above, up to the top it is given', () => {
    const desired = slots([1, 2, 3]);
    // Halfway between its kept neighbour (2) and SPREAD_TOP + 1.
    expect(spreadWindow(desired, 2, 4, SPREAD_TOP)).toEqual([
      { id: '3', sort: 2 + Math.floor((SPREAD_TOP - 1) / 2) },
    ]);
  });

  it('gives up when no window of one batch has the room', () => {
    const desired = slots(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(spreadWindow(desired, 0, 4, 120)).toBeNull();
  });
});

describe('spreadWhole', () => {
  it.each([
    // sorts in the new order, moved index, top, writes
    [
      [10, 30, 11, 40],
      1,
      500,
      [
        { id: '1', sort: 100 },
        { id: '2', sort: 200 },
        { id: '3', sort: 300 },
        { id: '4', sort: 400 },
      ],
    ],
    // A stage already where the spread puts it is not written, unless it is the moved one.
    [
      [100, 11, 12],
      0,
      400,
      [
        { id: '1', sort: 100 },
        { id: '2', sort: 200 },
        { id: '3', sort: 300 },
      ],
    ],
    [[100, 11, 300], 1, 400, [{ id: '2', sort: 200 }]],
  ])('%j, moved %i, top %i: %j', (sorts, moved, top, writes) => {
    expect(spreadWhole(slots(sorts), moved, top)).toEqual(writes);
  });
});

describe('planMove spreads a renumbered stretch wide', () => {
  it.each([
    [8, 1],
    [8, 10],
    [20, 1],
    [48, 10],
  ])(
    '%i stages numbered by %i: the first move without room renumbers all, 20 more there need none',
    (count, numbering) => {
      let stages = dense(count).map((s) => ({ ...s, sort: s.sort * numbering }));
      const lastInProgress = () =>
        [...stages]
          .filter((s) => s.group === 'process')
          .sort((a, b) => a.sort - b.sort)
          .at(-1);
      // The last in-progress stage to the second place, again and again: every move halves the
      // same gap, the worst a stretch can get.
      const moveToSecond = () => {
        const plan = planMove(stages, lastInProgress()?.id ?? '', 1);
        const sortOf = new Map(plan.writes.map((w) => [w.id, w.sort]));
        stages = stages.map((s) => ({ ...s, sort: sortOf.get(s.id) ?? s.sort }));
        return plan.writes;
      };
      let writes = moveToSecond();
      while (writes.length === 1) writes = moveToSecond();
      expect(writes).toHaveLength(count);
      expect(Math.max(...writes.map((w) => w.sort))).toBeLessThanOrEqual(SPREAD_TOP);
      for (let m = 0; m < 20; m++) expect(moveToSecond()).toHaveLength(1);
    },
  );

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
