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
  /** Updates first (update has no zone rule), then adds with their final SORT. */
  | {
      readonly kind: 'writes';
      readonly updates: readonly StageUpdateWrite[];
      readonly adds: readonly NewSetStage[];
    }
  /** Items out of one stage, a page at a time, before that stage is deleted. */
  | { readonly kind: 'move'; readonly move: ItemMove }
  | {
      readonly kind: 'deletes';
      readonly deletes: StageSetPlan['deletes'];
    }
  /** Nothing left to write: the directory should now hold the set (read it to be sure). */
  | { readonly kind: 'done' };

export function nextRound(plan: StageSetPlan, limit = WRITES_PER_ROUND): Round {
  if (plan.updates.length + plan.adds.length > 0) {
    const updates = plan.updates.slice(0, limit);
    const adds = plan.adds.slice(0, limit - updates.length);
    return { kind: 'writes', updates, adds };
  }
  const move = plan.moves[0];
  if (move) return { kind: 'move', move };
  if (plan.deletes.length > 0) return { kind: 'deletes', deletes: plan.deletes.slice(0, limit) };
  return { kind: 'done' };
}
