import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FiguresTally, figuresOf, median, NO_FIGURES } from './stage-figures';
import { groupByItem, type HistoryRow, type Semantic } from './stage-history';
import { DAY_MS } from './analytics-period';

const PIPELINE = { categoryId: 1 };
let nextId = 1;
/** A row of item `owner` at day `day` into `stage` (pipeline 1 unless said otherwise). */
const row = (
  owner: number,
  day: number,
  stage: string,
  semantic: Semantic = 'P',
  categoryId = 1,
): HistoryRow => ({
  id: nextId++,
  ownerId: owner,
  time: day * DAY_MS,
  stageId: stage,
  categoryId,
  semantic,
});
const figures = (...rows: HistoryRow[]) => figuresOf(PIPELINE, groupByItem(rows).values());

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('the figures of a stage', () => {
  it.each<[string, HistoryRow[], string, Partial<typeof NO_FIGURES>]>([
    [
      'an item that passed through and won counts as entered, moved on and won',
      [row(1, 0, 'NEW'), row(1, 2, 'WORK'), row(1, 5, 'WON', 'S')],
      'WORK',
      { entered: 1, movedOn: 1, won: 1, lost: 0, medianMs: 3 * DAY_MS, stays: 1 },
    ],
    [
      'an item still in the stage entered it but has not moved on; its open stay has no length',
      [row(1, 0, 'NEW'), row(1, 2, 'WORK')],
      'WORK',
      { entered: 1, movedOn: 0, won: 0, lost: 0, medianMs: null, stays: 0 },
    ],
    [
      'an item lost later counts as lost for every stage it entered',
      [row(1, 0, 'NEW'), row(1, 1, 'WORK'), row(1, 4, 'LOSE', 'F')],
      'NEW',
      { entered: 1, movedOn: 1, won: 0, lost: 1, medianMs: DAY_MS },
    ],
    [
      'an item that came back twice counts once, and each stay counts in the median',
      [row(1, 0, 'WORK'), row(1, 1, 'NEW'), row(1, 2, 'WORK'), row(1, 5, 'WON', 'S')],
      'WORK',
      { entered: 1, movedOn: 1, won: 1, medianMs: 2 * DAY_MS, stays: 2 },
    ],
    [
      'a repeated row for the stage it is in continues the stay',
      [row(1, 0, 'WORK'), row(1, 1, 'WORK'), row(1, 4, 'WON', 'S')],
      'WORK',
      { entered: 1, movedOn: 1, medianMs: 4 * DAY_MS, stays: 1 },
    ],
    [
      'reopened after a loss and now in progress: neither won nor lost',
      [row(1, 0, 'NEW'), row(1, 1, 'LOSE', 'F'), row(1, 2, 'NEW')],
      'NEW',
      { entered: 1, movedOn: 1, won: 0, lost: 0 },
    ],
    [
      'an item that left for another pipeline moved on, and its outcome there does not count',
      [row(1, 0, 'NEW'), row(1, 3, 'C2:NEW', 'P', 2), row(1, 4, 'C2:WON', 'S', 2)],
      'NEW',
      { entered: 1, movedOn: 1, won: 0, lost: 0, medianMs: 3 * DAY_MS },
    ],
    [
      'an item that arrived from another pipeline entered the stage it arrived in',
      [row(1, 0, 'C2:NEW', 'P', 2), row(1, 3, 'NEW'), row(1, 4, 'WON', 'S')],
      'NEW',
      { entered: 1, movedOn: 1, won: 1, medianMs: DAY_MS },
    ],
  ])('%s', (_spec, rows, stage, expected) => {
    expect(figures(...rows)[stage]).toMatchObject(expected);
  });

  it('the success stage: every item that entered it and stayed is won', () => {
    const got = figures(row(1, 0, 'NEW'), row(1, 1, 'WON', 'S'), row(2, 0, 'WON', 'S'));
    expect(got['WON']).toMatchObject({ entered: 2, won: 2, movedOn: 0 });
  });

  it('the median over an even count of stays is the mean of the middle two', () => {
    const got = figures(
      row(1, 0, 'A'),
      row(1, 1, 'B'),
      row(2, 0, 'A'),
      row(2, 2, 'B'),
      row(3, 0, 'A'),
      row(3, 4, 'B'),
      row(4, 0, 'A'),
      row(4, 10, 'B'),
    );
    expect(got['A']?.medianMs).toBe(3 * DAY_MS);
  });

  it('rows read twice (same ID) count once', () => {
    const a = row(1, 0, 'NEW');
    const b = row(1, 2, 'WON', 'S');
    expect(figures(a, b, a, b)['NEW']).toMatchObject({ entered: 1, stays: 1 });
  });

  it('rows out of order are put in the order they happened', () => {
    const later = row(1, 3, 'WON', 'S');
    const earlier = row(1, 0, 'NEW');
    expect(figures(later, earlier)['NEW']).toMatchObject({ movedOn: 1, won: 1 });
  });

  it('a type with one pipeline (leads) takes every row as its own', () => {
    const rows = [row(1, 0, 'NEW', 'P', 0), row(1, 1, 'JUNK', 'F', 0)];
    const got = figuresOf({ categoryId: null }, groupByItem(rows).values());
    expect(got['NEW']).toMatchObject({ entered: 1, lost: 1 });
  });
});

/** Random lives of items in a pipeline of stages A..E, W (won), L (lost), and a second pipeline. */
const STAGES: readonly [string, Semantic, number][] = [
  ['A', 'P', 1],
  ['B', 'P', 1],
  ['C', 'P', 1],
  ['W', 'S', 1],
  ['L', 'F', 1],
  ['X', 'P', 2],
  ['XW', 'S', 2],
];
const lives = fc.array(
  fc.array(fc.tuple(fc.integer({ min: 0, max: STAGES.length - 1 }), fc.nat(30 * DAY_MS)), {
    minLength: 1,
    maxLength: 8,
  }),
  { maxLength: 30 },
);
const rowsOf = (items: [number, number][][]) =>
  items.flatMap((steps, owner) => {
    let time = 0;
    return steps.map(([s, gap]) => {
      time += gap;
      const [stageId, semantic, categoryId] = STAGES[s] ?? STAGES[0]!;
      return { id: nextId++, ownerId: owner, time, stageId, categoryId, semantic };
    });
  });

describe('properties of the figures', () => {
  it('moved on, won and lost never exceed entered; won + lost neither', () => {
    fc.assert(
      fc.property(lives, (items) => {
        for (const f of Object.values(figures(...rowsOf(items)))) {
          expect(f.movedOn).toBeLessThanOrEqual(f.entered);
          expect(f.won + f.lost).toBeLessThanOrEqual(f.entered);
          expect(f.stays).toBeGreaterThanOrEqual(f.movedOn);
          expect(f.medianMs === null).toBe(f.stays === 0);
        }
      }),
    );
  });

  it('only the pipeline’s own stages get figures', () => {
    fc.assert(
      fc.property(lives, (items) => {
        expect(Object.keys(figures(...rowsOf(items)))).not.toContain('X');
      }),
    );
  });

  it('feeding items in any order and in slices gives the same figures', () => {
    fc.assert(
      fc.property(lives, fc.integer({ min: 1, max: 7 }), (items, slice) => {
        const paths = [...groupByItem(rowsOf(items)).values()];
        const whole = figuresOf(PIPELINE, paths);
        const tally = new FiguresTally(PIPELINE);
        const reversed = [...paths].reverse();
        for (let i = 0; i < reversed.length; i += slice) {
          for (const path of reversed.slice(i, i + slice)) tally.addItem(path);
        }
        expect(tally.result()).toEqual(whole);
      }),
    );
  });

  it('every item counted in a stage was in it: entered equals the items with a row there', () => {
    fc.assert(
      fc.property(lives, (items) => {
        const rows = rowsOf(items);
        const got = figures(...rows);
        for (const [stageId, f] of Object.entries(got)) {
          const owners = new Set(rows.filter((r) => r.stageId === stageId).map((r) => r.ownerId));
          expect(f.entered).toBe(owners.size);
        }
      }),
    );
  });
});
