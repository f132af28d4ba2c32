import type { ItemMove, NewSetStage, StageSetPlan, StageUpdateWrite } from './stage-set-plan';

/**
 * The apply goes round by round, each round ONE request, and plans again from what the portal
 * holds after every round (the read-back travels in the same batch as the writes). So a stop, a
 * lost answer or a refusal never leaves a stale plan behind: the next round starts from the truth.
 *
 * A batch runs at most 50 commands (docs/server-behaviour.md §2); one is kept for the read-back.
 */
export const WRITES_PER_ROUND = 49;

export type Round =
  /**
   * Updates first (update has no zone rule), then adds with their final SORT, then deletes once
   * no stage to delete holds items: the portal refuses to delete a stage with items anyway
   * (docs/server-behaviour.md §1), so an item that arrived meanwhile is caught, not lost.
   */
  | {
      readonly kind: 'writes';
      readonly updates: readonly StageUpdateWrite[];
      readonly adds: readonly NewSetStage[];
      readonly deletes: StageSetPlan['deletes'];
    }
  /** Items out of one stage, a page at a time, before that stage is deleted. */
  | { readonly kind: 'move'; readonly move: ItemMove }
  /** Nothing left to write: the directory should now hold the set (read it to be sure). */
  | { readonly kind: 'done' };

export function nextRound(plan: StageSetPlan, limit = WRITES_PER_ROUND): Round {
  const updates = plan.updates.slice(0, limit);
  const adds = plan.adds.slice(0, limit - updates.length);
  // Deletes wait for every item move: the move's target may be a stage still to be added.
  const deletes =
    plan.moves.length === 0 ? plan.deletes.slice(0, limit - updates.length - adds.length) : [];
  if (updates.length + adds.length + deletes.length > 0)
    return { kind: 'writes', updates, adds, deletes };
  const move = plan.moves[0];
  if (move) return { kind: 'move', move };
  return { kind: 'done' };
}

/** The writes of a round the portal answered `true` to (a round stops at its first refusal). */
export function landedOf(round: Extract<Round, { kind: 'writes' }>, done: number): Round {
  const updates = round.updates.slice(0, done);
  const adds = round.adds.slice(0, Math.max(0, done - updates.length));
  const deletes = round.deletes.slice(0, Math.max(0, done - updates.length - adds.length));
  return { kind: 'writes', updates, adds, deletes };
}

/**
 * Whether the next round asks again for something the portal answered `true` to and did not keep:
 * a field of a stage set to the same value, the same stage added or deleted again.
 * crm.status.update answers `true` even when it keeps nothing (a NAME of "0", a failure inside
 * the ORM: docs/server-behaviour.md §1.6), so only the read-back tells; sending it again would be
 * dropped the same way, round after round, and the apply would never end.
 */
export function notKept(landed: Round, next: Round): boolean {
  if (landed.kind !== 'writes' || next.kind !== 'writes') return false;
  const sent = new Map(landed.updates.map((u) => [u.id, u.patch]));
  const again = next.updates.some((u) => {
    const before = sent.get(u.id);
    return (
      before !== undefined &&
      (Object.keys(u.patch) as (keyof typeof u.patch)[]).some((k) => before[k] === u.patch[k])
    );
  });
  const added = new Set(landed.adds.map((a) => a.fullStatusId));
  const deleted = new Set(landed.deletes.map((d) => d.stage.id));
  return (
    again ||
    next.adds.some((a) => added.has(a.fullStatusId)) ||
    next.deletes.some((d) => deleted.has(d.stage.id))
  );
}
