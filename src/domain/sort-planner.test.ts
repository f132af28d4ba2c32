import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SortSlot, SortWrite } from './sort-planner';
import { canDrop, planInsert, planMove, planSort, SORT_MAX, SORT_MIN } from './sort-planner';
import type { Group, Stage } from './stage';
import { GROUPS } from './stage';
import { SPREAD_MAX_WRITES } from './sort-spread';
import { stage } from './test-stages';

// --- An independent model of the portal, written without the planner's helpers. ---

const idKey = (id: string): number => (/^\d+$/.test(id) ? Number(id) : Infinity);
const byPortalOrder = (a: { id: string; sort: number }, b: { id: string; sort: number }) =>
  a.sort - b.sort || idKey(a.id) - idKey(b.id);

function afterWrites(slots: readonly SortSlot[], writes: readonly SortWrite[]) {
  const written = new Map(writes.map((w) => [w.id, w.sort]));
  return slots.map((s) => ({ ...s, sort: written.get(s.id) ?? s.sort ?? Number.NaN }));
}

function portalOrder(slots: readonly SortSlot[], writes: readonly SortWrite[]): string[] {
  return afterWrites(slots, writes)
    .sort(byPortalOrder)
    .map((s) => s.id);
}

/** In progress < Success < Failure, strictly, and every SORT a positive 32-bit integer. */
function zoneRuleHolds(slots: readonly SortSlot[], writes: readonly SortWrite[]): boolean {
  const final = afterWrites(slots, writes);
  if (!final.every((s) => Number.isInteger(s.sort) && s.sort >= SORT_MIN && s.sort <= SORT_MAX))
    return false;
  const sorts = (g: Group) => final.filter((s) => s.group === g).map((s) => s.sort);
  const [p, s, f] = GROUPS.map(sorts) as [number[], number[], number[]];
  return Math.max(...p) < Math.min(...s, ...f) && Math.max(...s) < Math.min(...f);
}

/** The fewest writes under the planner's model, by trying every set of stages to keep. */
function bruteForceMinWrites(slots: readonly SortSlot[], desired: readonly string[]): number {
  const bySlot = new Map(slots.map((s) => [s.id, s]));
  const n = desired.length;
  let best = n;
  for (let mask = 0; mask < 1 << n; mask++) {
    const kept: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) kept.push(i);
    if (n - kept.length >= best) continue;
    if (kept.some((i) => bySlot.get(desired[i] ?? '')?.sort == null)) continue;
    const sortAt = (i: number) =>
      i < 0 ? SORT_MIN - 1 : i >= n ? SORT_MAX + 1 : (bySlot.get(desired[i] ?? '')?.sort ?? 0);
    const writes: SortWrite[] = [];
    let ok = true;
    const bounds = [-1, ...kept, n];
    for (let k = 0; k + 1 < bounds.length && ok; k++) {
      const lo = bounds[k] ?? -1;
      const hi = bounds[k + 1] ?? n;
      const gap = hi - lo - 1;
      if (gap > 0 && sortAt(hi) - sortAt(lo) - 1 < gap) ok = false;
      for (let w = 1; w <= gap; w++)
        writes.push({ id: desired[lo + w] ?? '', sort: sortAt(lo) + w });
    }
    if (!ok) continue;
    if (portalOrder(slots, writes).join() !== desired.join()) continue;
    if (!zoneRuleHolds(slots, writes)) continue;
    best = n - kept.length;
  }
  return best;
}

function zoneOrderIds(slots: readonly SortSlot[]): string[] {
  const current = [...slots].map((s) => ({ ...s, sort: s.sort ?? Infinity })).sort(byPortalOrder);
  return GROUPS.flatMap((g) => current.filter((s) => s.group === g).map((s) => s.id));
}

/** The order after moving `id` to `toIndex` within its zone, built without the planner. */
function expectedAfterMove(stages: readonly Stage[], id: string, toIndex: number): string[] {
  const moving = stages.find((s) => s.id === id);
  if (!moving) throw new Error('no such stage');
  const perGroup = GROUPS.map((g) =>
    [...stages]
      .filter((s) => s.group === g)
      .sort(byPortalOrder)
      .map((s) => s.id),
  );
  const own = perGroup[GROUPS.indexOf(moving.group)] ?? [];
  own.splice(own.indexOf(id), 1);
  own.splice(Math.max(0, Math.min(toIndex, own.length)), 0, id);
  return perGroup.flat();
}

const slot = (id: string, sort: number | null, group: Group = 'process'): SortSlot => ({
  id,
  sort,
  group,
});
const tens = (n: number, group: Group = 'process', from = 1) =>
  Array.from({ length: n }, (_, i) => stage(String(from + i), (from + i) * 10, group));

// --- Generators ---

/** 0 or (usually) 1 success stage, any number of in-progress and failure stages. */
const compositionArb = (n: number) =>
  fc.tuple(fc.constantFrom(0, 1, 1, 1), fc.integer({ min: 0, max: n })).map(([success, p]) => {
    const s = Math.min(success, n);
    const processCount = Math.min(p, n - s);
    return Array.from({ length: n }, (_, i): Group =>
      i < processCount ? 'process' : i < processCount + s ? 'success' : 'failure',
    );
  });

const idsArb = (n: number) =>
  fc.shuffledSubarray(
    Array.from({ length: n * 3 }, (_, i) => String(i + 1)),
    { minLength: n, maxLength: n },
  );

/** Any data the portal might hold: equal SORTs, no gaps, zones out of order, bad values. */
const messySlotsArb = (maxN: number) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc
      .tuple(
        idsArb(n),
        fc.array(
          fc.oneof(
            { weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) },
            { weight: 1, arbitrary: fc.constantFrom(0, -3, null) },
          ),
          { minLength: n, maxLength: n },
        ),
        compositionArb(n).chain((groups) =>
          fc.shuffledSubarray(groups, { minLength: n, maxLength: n }),
        ),
      )
      .map(([ids, sorts, groups]) =>
        ids.map((id, i) => slot(id, sorts[i] ?? null, groups[i] ?? 'process')),
      ),
  );

/** Any group-contiguous permutation of the slots. */
const desiredArb = (slots: readonly SortSlot[]) =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: slots.length,
      maxLength: slots.length,
    })
    .map((keys) =>
      GROUPS.flatMap((g) =>
        slots
          .map((s, i) => ({ s, k: keys[i] ?? 0 }))
          .filter(({ s }) => s.group === g)
          .sort((a, b) => a.k - b.k)
          .map(({ s }) => s.id),
      ),
    );

/** A valid directory: zones already in SORT order; `sorts` are the raw ascending values. */
const validStagesArb = (maxN: number, sortsArb: (n: number) => fc.Arbitrary<number[]>) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc.tuple(idsArb(n), sortsArb(n), compositionArb(n)).map(([ids, sorts, groups]) => {
      const ordered = [...sorts].sort((a, b) => a - b);
      let bump = 0;
      return ids.map((id, i) => {
        if (i > 0 && groups[i] !== groups[i - 1]) bump += 1; // strict step across zones
        return stage(id, (ordered[i] ?? 1) + bump, groups[i] ?? 'process');
      });
    }),
  );

const anySorts = (n: number) =>
  fc.array(fc.integer({ min: 1, max: 400 }), { minLength: n, maxLength: n });
const distinctSorts = (n: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: n, maxLength: n });
const gappedSorts = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: n, maxLength: n })
    .map((xs) => xs.map((x) => x * 10));

const moveArb = (stages: readonly Stage[]) =>
  fc.nat(stages.length - 1).chain((i) => {
    const moving = stages[i] as Stage;
    const size = stages.filter((s) => s.group === moving.group).length;
    return fc.record({ id: fc.constant(moving.id), to: fc.nat(size - 1) });
  });

// --- Specs ---

describe('planSort', () => {
  it.each<[string, string, SortWrite[]]>([
    // Swapping 1 and 2 takes one SORT write, on either of them.
    ['1', 'the stage renamed anyway', [{ id: '1', sort: 25 }]],
    ['2', 'the other stage, renamed anyway', [{ id: '2', sort: 5 }]],
  ])('a SORT rides on an update stage %s gets anyway (%s)', (free, _, writes) => {
    const slots = [slot('1', 10), slot('2', 20), slot('3', 30)];
    expect(planSort(slots, ['2', '1', '3'], undefined, new Set([free]))).toEqual(writes);
  });

  it.each<[string, SortSlot[], string[], SortWrite[]]>([
    [
      'a stage moved into a gap of 10 gets the midpoint, nothing else is written',
      [slot('1', 10), slot('2', 20), slot('3', 30), slot('4', 40)],
      ['1', '4', '2', '3'],
      [{ id: '4', sort: 15 }],
    ],
    [
      'a stage moved to the front goes halfway down to 1',
      [slot('1', 10), slot('2', 20), slot('3', 30)],
      ['3', '1', '2'],
      [{ id: '3', sort: 5 }],
    ],
    [
      'a stage moved to the end is appended in Bitrix24 steps of 10',
      [slot('1', 10), slot('2', 20), slot('3', 35)],
      ['2', '3', '1'],
      [{ id: '1', sort: 40 }],
    ],
    [
      'with no gaps (1, 2, 3, …) only the shortest run is renumbered',
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => slot(String(n), n)),
      ['1', '3', '2', '4', '5', '6', '7', '8'],
      [
        { id: '3', sort: 2 },
        { id: '2', sort: 3 },
      ],
    ],
    [
      'equal SORTs keep their ID order, so moving the last to the front writes one stage',
      [slot('1', 10), slot('2', 10), slot('3', 10)],
      ['3', '1', '2'],
      [{ id: '3', sort: 5 }],
    ],
    [
      'equal SORTs leave no room between them, so the displaced neighbour is rewritten',
      [slot('1', 10), slot('2', 10), slot('3', 10)],
      ['1', '3', '2'],
      [{ id: '2', sort: 20 }],
    ],
    [
      'a new stage (no SORT yet) is always written',
      [slot('1', 10), slot('2', 20), slot('new', null)],
      ['1', '2', 'new'],
      [{ id: 'new', sort: 30 }],
    ],
    [
      'the order already shown needs no writes',
      [slot('1', 10), slot('2', 20, 'success'), slot('3', 30, 'failure')],
      ['1', '2', '3'],
      [],
    ],
    [
      'a failure stage sorted among in-progress ones is repaired with one write',
      [slot('1', 10), slot('9', 15, 'failure'), slot('2', 20), slot('3', 30, 'success')],
      ['1', '2', '3', '9'],
      [{ id: '9', sort: 40 }],
    ],
    [
      'a success stage sharing its SORT with an in-progress stage is split apart',
      [slot('1', 10), slot('2', 20), slot('3', 20, 'success'), slot('4', 30, 'failure')],
      ['1', '2', '3', '4'],
      [{ id: '3', sort: 25 }],
    ],
    [
      'SORT 0 or negative is not kept: the portal range starts at 1',
      [slot('1', 0), slot('2', 20)],
      ['1', '2'],
      [{ id: '1', sort: 10 }],
    ],
  ])('%s', (_name, slots, desired, expected) => {
    const writes = planSort(slots, desired);
    expect(writes).toEqual(expected);
    expect(portalOrder(slots, writes)).toEqual(desired);
    expect(zoneRuleHolds(slots, writes)).toBe(true);
  });

  it('moving the last in-progress stage next to success with no room writes two stages', () => {
    const slots = [
      slot('1', 10),
      slot('2', 20),
      slot('3', 30),
      slot('4', 31, 'success'),
      slot('5', 40, 'failure'),
    ];
    const writes = planSort(slots, ['2', '3', '1', '4', '5'], new Set(['1']));
    expect(writes).toHaveLength(2);
    expect(portalOrder(slots, writes)).toEqual(['2', '3', '1', '4', '5']);
    expect(zoneRuleHolds(slots, writes)).toBe(true);
  });

  it('keeps SORT values inside [1, 2^31-1] even at the top of the range', () => {
    const slots = [slot('1', SORT_MAX - 1), slot('2', SORT_MAX), slot('3', null)];
    const writes = planSort(slots, ['1', '2', '3']);
    expect(portalOrder(slots, writes)).toEqual(['1', '2', '3']);
    expect(zoneRuleHolds(slots, writes)).toBe(true);
  });

  it.each([
    ['an id is missing', ['1']],
    ['an id appears twice', ['1', '1']],
    ['an unknown id appears', ['1', 'x']],
    ['success comes before in-progress', ['2', '1']],
  ])('refuses a desired order where %s', (_name, desired) => {
    expect(() => planSort([slot('1', 10), slot('2', 20, 'success')], desired)).toThrow();
  });

  it('handles 200 stages: one move into a gap is one write', () => {
    const stages = tens(200);
    const plan = planMove(stages, '1', 199);
    expect(plan.writes).toEqual([{ id: '1', sort: 2010 }]);
  });

  it('handles 200 stages numbered 1..200: the write count stays within the changed run', () => {
    const stages = Array.from({ length: 200 }, (_, i) => stage(String(i + 1), i + 1));
    const plan = planMove(stages, '150', 100);
    expect(plan.writes.length).toBeLessThanOrEqual(51);
    expect(portalOrder(stages, plan.writes)).toEqual(expectedAfterMove(stages, '150', 100));
  });
});

describe('planSort properties', () => {
  it('for ≤ 8 stages of any data and any zone-ordered target: right order, zone rule, fewest writes', () => {
    fc.assert(
      fc.property(
        messySlotsArb(8).chain((slots) => fc.tuple(fc.constant(slots), desiredArb(slots))),
        ([slots, desired]) => {
          const writes = planSort(slots, desired);
          expect(portalOrder(slots, writes)).toEqual(desired);
          expect(zoneRuleHolds(slots, writes)).toBe(true);
          expect(new Set(writes.map((w) => w.id)).size).toBe(writes.length);
          expect(writes.length).toBe(bruteForceMinWrites(slots, desired));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for ≤ 8 stages, a move that fits a gap writes only the moved stage, and one batch at most', () => {
    fc.assert(
      fc.property(
        validStagesArb(8, anySorts).chain((s) => fc.tuple(fc.constant(s), moveArb(s))),
        ([stages, move]) => {
          const plan = planMove(stages, move.id, move.to);
          const desired = expectedAfterMove(stages, move.id, move.to);
          const fewest = bruteForceMinWrites(stages, desired);
          expect(portalOrder(stages, plan.writes)).toEqual(desired);
          expect(zoneRuleHolds(stages, plan.writes)).toBe(true);
          if (fewest <= 1) expect(plan.writes.length).toBe(fewest);
          else expect(plan.writes.length).toBeLessThanOrEqual(Math.max(fewest, SPREAD_MAX_WRITES));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for up to 200 stages with equal SORTs and no gaps, a move yields the right order and zones', () => {
    fc.assert(
      fc.property(
        validStagesArb(200, anySorts).chain((s) => fc.tuple(fc.constant(s), moveArb(s))),
        ([stages, move]) => {
          const plan = planMove(stages, move.id, move.to);
          const desired = expectedAfterMove(stages, move.id, move.to);
          expect(portalOrder(stages, plan.writes)).toEqual(desired);
          expect(zoneRuleHolds(stages, plan.writes)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('for up to 200 stages with distinct SORTs, a move never needs a second batch when one can do', () => {
    fc.assert(
      fc.property(
        validStagesArb(200, distinctSorts).chain((s) => fc.tuple(fc.constant(s), moveArb(s))),
        ([stages, move]) => {
          const plan = planMove(stages, move.id, move.to);
          const before = zoneOrderIds(stages);
          const after = expectedAfterMove(stages, move.id, move.to);
          const run = Math.abs(before.indexOf(move.id) - after.indexOf(move.id));
          expect(portalOrder(stages, plan.writes)).toEqual(after);
          expect(zoneRuleHolds(stages, plan.writes)).toBe(true);
          // The changed run is always enough; spreading wider stays within one batch.
          expect(plan.writes.length).toBeLessThanOrEqual(
            run === 0 ? 0 : Math.max(run + 1, SPREAD_MAX_WRITES),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('with SORT gaps ≥ 2 everywhere, a single-stage move writes exactly that stage', () => {
    fc.assert(
      fc.property(
        validStagesArb(200, gappedSorts).chain((s) => fc.tuple(fc.constant(s), moveArb(s))),
        ([stages, move]) => {
          const spaced = stages; // multiples of 10; the zone bump only widens gaps
          const plan = planMove(spaced, move.id, move.to);
          const before = zoneOrderIds(spaced);
          const after = expectedAfterMove(spaced, move.id, move.to);
          const expected = before.join() === after.join() ? [] : [move.id];
          expect(plan.writes.map((w) => w.id)).toEqual(expected);
          expect(portalOrder(spaced, plan.writes)).toEqual(after);
          expect(zoneRuleHolds(spaced, plan.writes)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('an inserted stage lands where asked and only shifts others when it must', () => {
    fc.assert(
      fc.property(
        validStagesArb(60, anySorts).chain((s) =>
          fc.tuple(fc.constant(s), fc.constantFrom<Group>(...GROUPS), fc.nat(60)),
        ),
        ([stages, group, at]) => {
          const plan = planInsert(stages, group, at);
          const slots: SortSlot[] = [...stages, slot('new', null, group)];
          const writes = [...plan.writes, { id: 'new', sort: plan.sort }];
          const order = portalOrder(slots, writes);
          const members = order.filter((id) => slots.find((s) => s.id === id)?.group === group);
          const size = stages.filter((s) => s.group === group).length;
          expect(members.indexOf('new')).toBe(Math.min(at, size));
          expect(zoneRuleHolds(slots, writes)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planMove', () => {
  it('writes the moved stage into the gap before its new neighbour', () => {
    const stages = [stage('1', 10), stage('2', 20), stage('3', 30), stage('4', 40, 'success')];
    const plan = planMove(stages, '3', 0);
    expect(plan.writes).toEqual([{ id: '3', sort: 5 }]);
    expect(portalOrder(stages, plan.writes)).toEqual(['3', '1', '2', '4']);
  });

  it.each([
    ['past the end of its zone', 99, ['1', '2', '3']],
    ['before the start of its zone', -5, ['3', '1', '2']],
  ])('clamps a target index %s', (_name, to, expected) => {
    const stages = [stage('1', 10), stage('2', 20), stage('3', 30), stage('4', 40, 'failure')];
    expect(portalOrder(stages, planMove(stages, '3', to).writes)).toEqual([...expected, '4']);
  });

  it('moves a failure stage only among failure stages', () => {
    const stages = [
      stage('1', 10),
      stage('2', 20, 'success'),
      stage('3', 30, 'failure'),
      stage('4', 40, 'failure'),
    ];
    const plan = planMove(stages, '4', 0);
    expect(portalOrder(stages, plan.writes)).toEqual(['1', '2', '4', '3']);
    expect(plan.writes).toEqual([{ id: '4', sort: 25 }]);
  });

  it('refuses an unknown stage', () => {
    expect(() => planMove([stage('1', 10)], '2', 0)).toThrow();
  });
});

describe('planInsert', () => {
  it.each<[string, Stage[], Group, number, number, SortWrite[]]>([
    ['into an empty directory: SORT 10', [], 'process', 0, 10, []],
    [
      'at the end of in-progress: midpoint before success',
      tens(3).concat(stage('4', 40, 'success')),
      'process',
      3,
      35,
      [],
    ],
    ['at the front: halfway down to 1', tens(3), 'process', 0, 5, []],
    [
      'as the first failure stage after success',
      tens(2).concat(stage('3', 30, 'success')),
      'failure',
      0,
      40,
      [],
    ],
    [
      'between neighbours with no gap: only the run up to the next gap shifts, spread evenly',
      [stage('1', 1), stage('2', 2), stage('3', 3), stage('4', 10)],
      'process',
      1,
      3,
      [
        { id: '2', sort: 5 },
        { id: '3', sort: 7 },
      ],
    ],
  ])('%s', (_name, stages, group, at, sort, writes) => {
    expect(planInsert(stages, group, at)).toEqual({ sort, writes });
  });
});

describe('canDrop', () => {
  it.each<[Group, Group, ReturnType<typeof canDrop>]>([
    ['process', 'process', { ok: true }],
    ['failure', 'failure', { ok: true }],
    ['success', 'success', { ok: true }],
    ['process', 'failure', { ok: false, reason: 'semantics-immutable' }],
    ['failure', 'process', { ok: false, reason: 'semantics-immutable' }],
    ['success', 'process', { ok: false, reason: 'semantics-immutable' }],
    ['process', 'success', { ok: false, reason: 'success-single' }],
    ['failure', 'success', { ok: false, reason: 'success-single' }],
  ])('a %s stage dropped on %s → %j', (from, to, verdict) => {
    expect(canDrop({ group: from }, to)).toEqual(verdict);
  });
});
