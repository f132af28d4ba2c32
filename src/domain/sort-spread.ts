import { compareStages } from './order';

/**
 * Renumbering with room to spare. When a move finds no free integer between its new neighbours,
 * the fewest-writes plan squeezes the neighbours it rewrites just as tightly, so the next move
 * into that stretch must renumber again. Instead we rewrite stages around the moved one, spread
 * evenly, so later moves there cost one write. SORT is a signed 32-bit integer (docs/rest-api.md
 * §1): a directory that fits one batch is spread whole across it, once; in a larger one, a window
 * that reaches the end of the directory may use the room above it.
 */

/** One batch holds 50 commands; the write's read-back of the directory takes one. */
export const SPREAD_MAX_WRITES = 48;
/** Room a window leaves between its stages; tried in this order, the first that fits wins. */
export const SPREAD_GAPS = [4, 2, 1] as const;
/**
 * The highest SORT a spread gives: half of SORT's range, so the other half stays free for stages
 * added or moved after the last one (those take steps of 10 above it).
 */
export const SPREAD_TOP = 2 ** 30;

/** A stage and its SORT: a slot of the desired order, or one write of the spread. */
interface Slot {
  readonly id: string;
  readonly sort: number;
}

/**
 * The cheapest window of `desired` (every stage, in its new order, with its current SORT)
 * around index `moved` whose stages can be spread at least `gap` apart between the kept
 * neighbours, or null. `top` is the largest SORT allowed.
 */
export function spreadWindow(
  desired: readonly Slot[],
  moved: number,
  gap: number,
  top: number,
): Slot[] | null {
  let best: { writes: Slot[]; step: number } | null = null;
  for (let size = 1; size <= SPREAD_MAX_WRITES && size <= desired.length; size++) {
    for (let first = Math.max(0, moved - size + 1); first <= moved; first++) {
      const last = first + size - 1;
      if (last >= desired.length) break;
      const lo = first > 0 ? (desired[first - 1]?.sort ?? 0) : 0;
      const hi = last < desired.length - 1 ? (desired[last + 1]?.sort ?? 0) : top + 1;
      const step = Math.floor((hi - lo) / (size + 1));
      if (step < gap) continue;
      const writes: Slot[] = [];
      for (let k = 0; k < size; k++) {
        const slot = desired[first + k];
        const sort = lo + step * (k + 1);
        if (slot && (sort !== slot.sort || first + k === moved)) writes.push({ id: slot.id, sort });
      }
      if (
        !best ||
        writes.length < best.writes.length ||
        (writes.length === best.writes.length && step > best.step)
      ) {
        best = { writes, step };
      }
    }
    // Every larger window writes at least as many stages as the best one found.
    if (best && best.writes.length <= size) break;
  }
  return best?.writes ?? null;
}

/**
 * Every stage of `desired` (the whole directory in its new order) evenly from `top / (n + 1)` to
 * `top`: at most SPREAD_MAX_WRITES stages, one batch. With 2^30 over 20 stages each gap survives
 * about 25 halvings, so 1,000 random moves need it once (docs/bitrix24-ui.md §5 has what Bitrix24's
 * own editors send instead: every stage on every move).
 */
export function spreadWhole(desired: readonly Slot[], moved: number, top: number): Slot[] {
  const step = Math.floor(top / (desired.length + 1));
  return desired
    .map((slot, k) => ({ id: slot.id, sort: step * (k + 1), was: slot.sort, moved: k === moved }))
    .filter((w) => w.sort !== w.was || w.moved)
    .map(({ id, sort }) => ({ id, sort }));
}

/** True when the writes make the portal list `desired` exactly (SORT, then row id). */
export function producesOrder(
  slots: readonly Slot[],
  writes: readonly Slot[],
  desired: readonly string[],
): boolean {
  const sortOf = new Map(writes.map((w) => [w.id, w.sort]));
  const after = slots.map((s) => ({ id: s.id, sort: sortOf.get(s.id) ?? s.sort }));
  return after.sort(compareStages).every((s, i) => s.id === desired[i]);
}
