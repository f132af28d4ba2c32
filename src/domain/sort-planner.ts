import { compareStages, numericId } from './order';
import {
  producesOrder,
  SPREAD_GAPS,
  SPREAD_MAX_WRITES,
  SPREAD_TOP,
  spreadWhole,
  spreadWindow,
} from './sort-spread';
import type { Group, Stage } from './stage';
import { GROUPS } from './stage';

/** One row of a directory as the planner sees it. `sort: null` marks a stage not created yet. */
export interface SortSlot {
  readonly id: string;
  readonly sort: number | null;
  readonly group: Group;
}

/** One `crm.status.update` call: `{ id, fields: { SORT: sort } }` (or the SORT of a new stage). */
export interface SortWrite {
  readonly id: string;
  readonly sort: number;
}

export interface MovePlan {
  readonly writes: SortWrite[];
}

export interface InsertPlan {
  /** SORT to send with crm.status.add for the new stage. */
  readonly sort: number;
  /** Existing stages that must move out of the way first. */
  readonly writes: SortWrite[];
}

export type DropVerdict =
  { ok: true } | { ok: false; reason: 'semantics-immutable' | 'success-single' };

/**
 * SORT is an `integer` in crm.status.fields; the column is a signed 32-bit int, so the top is
 * 2^31-1. The docs give no lower bound; we keep values >= 1 because Bitrix24 itself only ever
 * writes positive SORTs (10, 20, … / (index+1)*100) and 0 is what an unset SORT reads back as.
 */
export const SORT_MIN = 1;
export const SORT_MAX = 2_147_483_647;
/** Bitrix24 numbers stages in steps of 10 (crm.status.add defaults SORT to 10). */
export const SORT_STEP = 10;

/** Id of the placeholder slot planInsert uses for the stage about to be created. */
export const NEW_STAGE_ID = 'new';

const zoneRank: Record<Group, number> = { process: 0, success: 1, failure: 2 };

interface Node {
  readonly sort: number;
  readonly id: string;
  readonly group: Group | null; // null: a sentinel (the bounds of the SORT range)
}

function keepable(sort: number | null): sort is number {
  return sort !== null && Number.isInteger(sort) && sort >= SORT_MIN && sort <= SORT_MAX;
}

/**
 * May `b` keep its SORT right after kept `a` when `between` written stages sit between them?
 * Written stages get distinct integers strictly between the two (we never lean on the ID
 * tie-break for a written row: a new one has no ID yet). With nothing between, equal SORTs are
 * fine inside one zone as long as the ID tie-break already puts them in order, but the REST rule
 * "In progress < Success < Failure" (crm.status.add, "Restrictions for SORT") needs a strict step
 * across zones.
 */
function compatible(a: Node, b: Node, between: number): boolean {
  if (between > 0) return b.sort - a.sort - 1 >= between;
  if (a.sort < b.sort) return true;
  if (a.sort > b.sort || a.group === null || b.group === null || a.group !== b.group) return false;
  return numericId(a.id) < numericId(b.id);
}

/** Integers strictly between `lo` and `hi`, spread evenly; steps of 10 when open-ended above. */
function fill(lo: number, hi: number, count: number, openEnded: boolean): number[] {
  const values: number[] = [];
  const firstStep = Math.floor(lo / SORT_STEP) * SORT_STEP + SORT_STEP;
  if (openEnded && firstStep + (count - 1) * SORT_STEP < hi) {
    for (let k = 0; k < count; k++) values.push(firstStep + k * SORT_STEP);
    return values;
  }
  // (hi - lo) >= count + 1 is guaranteed by `compatible`, so the step is >= 1 and the floors are
  // distinct and strictly inside (lo, hi).
  const step = (hi - lo) / (count + 1);
  for (let k = 1; k <= count; k++) values.push(Math.floor(lo + k * step));
  return values;
}

/** Positions (in `desired`) of one longest run of stages already in their current relative order. */
function unmovedSet(slots: readonly SortSlot[], desired: readonly string[]): Set<string> {
  const current = slots
    .filter((s): s is SortSlot & { sort: number } => s.sort !== null)
    .sort(compareStages);
  const rank = new Map(current.map((s, i) => [s.id, i]));
  const seq = desired.filter((id) => rank.has(id));
  // O(n²) longest increasing subsequence of current ranks; ties prefer the earliest stages.
  const len: number[] = [];
  const prev: number[] = [];
  for (let j = 0; j < seq.length; j++) {
    len[j] = 1;
    prev[j] = -1;
    const rj = rank.get(seq[j] ?? '') ?? 0;
    for (let i = 0; i < j; i++) {
      const li = len[i] ?? 0;
      if ((rank.get(seq[i] ?? '') ?? 0) < rj && li + 1 > (len[j] ?? 0)) {
        len[j] = li + 1;
        prev[j] = i;
      }
    }
  }
  let best = -1;
  for (let j = 0; j < seq.length; j++) if (best < 0 || (len[j] ?? 0) > (len[best] ?? 0)) best = j;
  const result = new Set<string>();
  for (let j = best; j >= 0; j = prev[j] ?? -1) result.add(seq[j] ?? '');
  return result;
}

function validate(slots: readonly SortSlot[], desired: readonly string[]): Map<string, SortSlot> {
  const byId = new Map(slots.map((s) => [s.id, s]));
  if (byId.size !== slots.length) throw new Error('planSort: duplicate slot id');
  if (desired.length !== slots.length || new Set(desired).size !== desired.length)
    throw new Error('planSort: desired must list every slot exactly once');
  let zone = 0;
  for (const id of desired) {
    const slot = byId.get(id);
    if (!slot) throw new Error(`planSort: unknown id ${id}`);
    const rank = zoneRank[slot.group];
    if (rank < zone)
      throw new Error('planSort: desired order breaks In progress < Success < Failure');
    zone = rank;
  }
  return byId;
}

/**
 * The fewest SORT writes that make the portal show `desired`.
 *
 * Keeps the largest set of stages whose current SORT can stay (a longest-chain DP over the
 * desired order, O(n²)); every other stage gets a fresh integer in the gap between its kept
 * neighbours. Among equally small plans it prefers rewriting stages that actually moved, so a
 * single drag writes the dragged stage, not a neighbour. `moved` lets the caller name them.
 * `free` names stages that get a command anyway (a rename or recolour in the same
 * crm.status.update): a SORT riding on it costs nothing, so only the others count as writes.
 */
export function planSort(
  slots: readonly SortSlot[],
  desired: readonly string[],
  moved?: ReadonlySet<string>,
  free: ReadonlySet<string> = new Set(),
): SortWrite[] {
  const byId = validate(slots, desired);
  const n = desired.length;
  const stay = moved ? new Set(desired.filter((id) => !moved.has(id))) : unmovedSet(slots, desired);

  // nodes[0] and nodes[n+1] are sentinels: SORT_MIN-1 and SORT_MAX+1 bound the usable range.
  const nodes: (Node | null)[] = [{ sort: SORT_MIN - 1, id: '', group: null }];
  for (const id of desired) {
    const slot = byId.get(id);
    nodes.push(slot && keepable(slot.sort) ? { sort: slot.sort, id, group: slot.group } : null);
  }
  nodes.push({ sort: SORT_MAX + 1, id: '', group: null });

  // score = kept-and-not-free * (n + 1) + kept-and-unmoved: fewest commands first, then prefer
  // writing movers.
  const score: number[] = new Array<number>(n + 2).fill(-1);
  const prev: number[] = new Array<number>(n + 2).fill(-1);
  score[0] = 0;
  for (let j = 1; j <= n + 1; j++) {
    const b = nodes[j];
    if (!b) continue;
    const gain = j === n + 1 ? 0 : (free.has(b.id) ? 0 : n + 1) + (stay.has(b.id) ? 1 : 0);
    for (let i = 0; i < j; i++) {
      const a = nodes[i];
      const si = score[i] ?? -1;
      if (!a || si < 0 || !compatible(a, b, j - i - 1)) continue;
      if (si + gain > (score[j] ?? -1)) {
        score[j] = si + gain;
        prev[j] = i;
      }
    }
  }
  // The all-written plan (sentinel to sentinel) is always feasible for n <= SORT_MAX, so
  // score[n + 1] >= 0 and the chain below reaches node 0.
  const writes: SortWrite[] = [];
  let j = n + 1;
  while (j > 0) {
    const i = prev[j] ?? 0;
    const lo = nodes[i]?.sort ?? SORT_MIN - 1;
    const hi = nodes[j]?.sort ?? SORT_MAX + 1;
    const count = j - i - 1;
    if (count > 0) {
      const values = fill(lo, hi, count, j === n + 1);
      for (let k = 0; k < count; k++) {
        writes.push({ id: desired[i + k] ?? '', sort: values[k] ?? 0 });
      }
    }
    j = i;
  }
  // Report writes in display order so a batch reads top to bottom.
  const position = new Map(desired.map((id, index) => [id, index]));
  return writes.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

/** The directory in the portal's order, zones forced contiguous (repairs zone violations). */
function zoneOrder<T extends SortSlot>(items: readonly T[]): T[] {
  const current = [...items].sort((a, b) =>
    compareStages({ id: a.id, sort: a.sort ?? Infinity }, { id: b.id, sort: b.sort ?? Infinity }),
  );
  return GROUPS.flatMap((g) => current.filter((s) => s.group === g));
}

function withIndexInGroup<T extends SortSlot>(
  order: T[],
  item: T,
  group: Group,
  index: number,
): T[] {
  const rest = order.filter((s) => s !== item);
  const members = rest.filter((s) => s.group === group);
  const clamped = Math.max(0, Math.min(Math.trunc(index), members.length));
  const anchor = members[clamped];
  let at: number;
  if (anchor) at = rest.indexOf(anchor);
  else {
    const last = members[members.length - 1];
    at = last
      ? rest.indexOf(last) + 1
      : rest.filter((s) => zoneRank[s.group] <= zoneRank[group]).length;
  }
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

/**
 * Move one stage to `toIndex` (0-based, clamped) within its own zone. SEMANTICS is immutable
 * through crm.status.update, so a stage never leaves its zone. A move that fits in a gap writes
 * only the moved stage; one that must renumber others spreads the whole directory when it fits
 * one batch, else a window around the moved stage (sort-spread.ts), unless that would cost more
 * than one batch where the fewest writes do not.
 */
export function planMove(stages: readonly Stage[], stageId: string, toIndex: number): MovePlan {
  const order = zoneOrder(stages);
  const stage = order.find((s) => s.id === stageId);
  if (!stage) throw new Error(`planMove: unknown stage ${stageId}`);
  const next = withIndexInGroup(order, stage, stage.group, toIndex);
  const desired = next.map((s) => s.id);
  const fewest = planSort(stages, desired, new Set([stageId]));
  if (fewest.length <= 1 || !stages.every((s) => keepable(s.sort))) return { writes: fewest };
  const at = next.indexOf(stage);
  if (next.length <= SPREAD_MAX_WRITES) return { writes: spreadWhole(next, at, SPREAD_TOP) };
  for (const gap of SPREAD_GAPS) {
    const wide = spreadWindow(next, at, gap, SPREAD_TOP);
    if (wide && producesOrder(stages, wide, desired)) {
      if (gap === 1 && fewest.length <= SPREAD_MAX_WRITES) break;
      return { writes: wide };
    }
  }
  return { writes: fewest };
}

/** SORT for a stage about to be created at `atIndex` (0-based, clamped) of `group`. */
export function planInsert(stages: readonly Stage[], group: Group, atIndex: number): InsertPlan {
  if (stages.some((s) => s.id === NEW_STAGE_ID)) throw new Error('planInsert: id clash');
  const slots: SortSlot[] = stages.map((s) => ({ id: s.id, sort: s.sort, group: s.group }));
  const fresh: SortSlot = { id: NEW_STAGE_ID, sort: null, group };
  const next = withIndexInGroup([...zoneOrder(slots), fresh], fresh, group, atIndex);
  const all = planSort(
    [...slots, fresh],
    next.map((s) => s.id),
    new Set([NEW_STAGE_ID]),
  );
  const own = all.find((w) => w.id === NEW_STAGE_ID);
  if (!own) throw new Error('planInsert: new stage got no SORT'); // planSort always writes it
  return { sort: own.sort, writes: all.filter((w) => w.id !== NEW_STAGE_ID) };
}

/**
 * Whether the board may accept a drop. SEMANTICS is immutable (crm.status.fields marks it
 * isImmutable), so a stage cannot change zone. A drop into the success zone is reported as
 * 'success-single' first: that zone holds the one final success stage, which the native editor
 * neither moves nor lets anything join, and that is the clearer message for the admin.
 */
export function canDrop(stage: Pick<Stage, 'group'>, targetGroup: Group): DropVerdict {
  if (stage.group === targetGroup) return { ok: true };
  if (targetGroup === 'success') return { ok: false, reason: 'success-single' };
  return { ok: false, reason: 'semantics-immutable' };
}
