import { describe, expect, it } from 'vitest';
import type { Group } from '../../domain/stage';
import {
  boardLayout,
  displacements,
  stepFrom,
  targetAt,
  type Box,
  type DragTarget,
} from './board-layout';

// A kanban row: In progress a b c d, Success s, Failure (empty); cards 100 wide with 10 between.
const card = (i: number): Box => ({ x: i * 110, y: 0, width: 100, height: 60 });
const row = boardLayout(
  {
    process: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, box: card(i) })),
    success: [{ id: 's', box: card(4) }],
    failure: [],
  },
  { failure: { x: 550, y: 0, width: 100, height: 60 } },
);

// The compact view: rows 30 high in two columns, filled top to bottom.
const rowBox = (i: number): Box => ({
  x: i < 3 ? 0 : 300,
  y: (i % 3) * 30,
  width: 280,
  height: 28,
});
const columns = boardLayout(
  {
    process: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, box: rowBox(i) })),
    success: [],
    failure: [],
  },
  {},
);

const describeTarget = (t: DragTarget | null) =>
  t === null ? 'none' : t.kind === 'stage' ? `stage ${t.slot.id}` : `group ${t.group}`;

describe('targetAt', () => {
  it.each([
    ['the centre of a card', row, { x: 50, y: 30 }, 'stage a'],
    ['between two cards, nearer the right one', row, { x: 220, y: 30 }, 'stage c'],
    ['far past the last stage', row, { x: 2000, y: 30 }, 'stage s'],
    ['inside an empty group', row, { x: 600, y: 30 }, 'group failure'],
    ['a row of the second column', columns, { x: 400, y: 40 }, 'stage e'],
    ['the bottom of the first column', columns, { x: 100, y: 70 }, 'stage c'],
  ])('%s', (_case, layout, point, expected) => {
    expect(describeTarget(targetAt(layout, point))).toBe(expected);
  });

  it('has no target on a board without stages', () => {
    const empty = boardLayout({ process: [], success: [], failure: [] }, {});
    expect(targetAt(empty, { x: 0, y: 0 })).toBeNull();
  });
});

describe('stepFrom', () => {
  it.each([
    ['a', 1, 'b'],
    ['b', -1, 'a'],
    ['d', 1, 's'],
    ['a', -1, undefined],
    ['s', 1, undefined],
    ['x', 1, undefined],
  ] as const)('from %s by %i reaches %s', (from, step, expected) => {
    expect(stepFrom(row, from, step)?.id).toBe(expected);
  });
});

const slidesOf = (layout: typeof row, active: string, target: DragTarget | null) =>
  Object.fromEntries(
    [...displacements(layout, active, target)].map(([id, o]) => [id, `${o.x},${o.y}`]),
  );
const over = (layout: typeof row, id: string): DragTarget => {
  const slot = layout.slots.find((s) => s.id === id);
  if (!slot) throw new Error(id);
  return { kind: 'stage', slot };
};
const overGroup = (group: Group): DragTarget => ({ kind: 'group', group });

describe('displacements', () => {
  it.each([
    ['over itself nothing slides', row, 'b', 'b', {}],
    [
      'moving right, the stages passed slide left and the copy takes the target place',
      row,
      'a',
      'c',
      { a: '220,0', b: '-110,0', c: '-110,0' },
    ],
    [
      'moving left, the stages passed slide right',
      row,
      'd',
      'b',
      { d: '-220,0', b: '110,0', c: '110,0' },
    ],
    ['over another group nothing slides', row, 'a', 's', {}],
    ['over an empty group nothing slides', row, 'a', 'failure', {}],
    ['without a target nothing slides', row, 'a', null, {}],
    [
      'across columns each row takes its neighbour place',
      columns,
      'b',
      'd',
      { b: '300,-30', c: '0,-30', d: '-300,60' },
    ],
  ])('%s', (_case, layout, active, target, expected) => {
    const to = target === 'failure' ? overGroup('failure') : target ? over(layout, target) : null;
    expect(slidesOf(layout, active, to)).toEqual(expected);
  });
});
