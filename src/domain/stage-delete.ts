import { groupStages } from './order';
import type { Stage } from './stage';

/**
 * Whether and how a stage may be deleted.
 * - `protected`: the start stage (first in progress), the success stage and the first failure
 *   stage. REST would delete them with FORCED=Y, but Bitrix24's own editor never does: new items
 *   enter at the start stage, and the success stage and the first failure stage are the
 *   pipeline's final outcomes (SEMANTIC_INFO's START_FIELD, FINAL_SUCCESS_FIELD and
 *   FINAL_UNSUCCESS_FIELD). A reference book has no such positions.
 * - `forced`: any other system stage (SYSTEM = Y): crm.status.delete needs `params: {FORCED: 'Y'}`.
 * - `plain`: everything else.
 */
export type DeleteVerdict =
  | { readonly kind: 'protected'; readonly reason: 'start' | 'success' | 'first-failure' }
  | { readonly kind: 'forced' }
  | { readonly kind: 'plain' };

export function deleteVerdict(
  stages: readonly Stage[],
  stage: Stage,
  hasSemantics: boolean,
): DeleteVerdict {
  if (hasSemantics) {
    const groups = groupStages(stages);
    if (groups.process[0]?.id === stage.id) return { kind: 'protected', reason: 'start' };
    if (stage.group === 'success') return { kind: 'protected', reason: 'success' };
    if (groups.failure[0]?.id === stage.id) return { kind: 'protected', reason: 'first-failure' };
  }
  return stage.system ? { kind: 'forced' } : { kind: 'plain' };
}

/** Where the items of a stage about to be deleted may go: the other stages of the same pipeline. */
export function moveTargets(stages: readonly Stage[], stage: Stage): Stage[] {
  const groups = groupStages(stages);
  return [...groups.process, ...groups.success, ...groups.failure].filter(
    (s) => s.id !== stage.id && s.entityId === stage.entityId,
  );
}

/**
 * How many CRM items must still leave a stage before it can be deleted: what a stopped or failed
 * move left behind, else the stage's count (unknown counts as none).
 */
export function itemsLeftToMove(
  count: number | null | undefined,
  interrupted: { readonly moved: number; readonly total: number } | null,
): number {
  return interrupted ? Math.max(0, interrupted.total - interrupted.moved) : (count ?? 0);
}
