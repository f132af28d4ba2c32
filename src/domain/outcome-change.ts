import { planNewStage, type NewStagePlan } from './new-stage';
import { groupStages } from './order';
import type { Directory, Group, Stage } from './stage';

/**
 * Changing a stage's outcome (docs/analytics.md §3). SEMANTICS cannot change through
 * crm.status.update (docs/rest-api.md §4), so the stage is replaced: a new stage with the same
 * name and colour in the other group, the items moved into it, the old stage deleted. Only an
 * in-progress stage and a failure stage swap: the success stage stays single.
 */
export type OutcomeTarget = Exclude<Group, 'success'>;

export type OutcomeRefusal =
  /** The success stage: a pipeline has exactly one, and nothing joins it. */
  | 'success'
  /** A system stage (the start stage, the first failure...): Bitrix24 relies on its code. */
  | 'system'
  /** The only in-progress stage: new items would have nowhere to start. */
  | 'last-process';

export type OutcomeVerdict =
  | { readonly ok: true; readonly target: OutcomeTarget }
  | { readonly ok: false; readonly reason: OutcomeRefusal };

export function outcomeVerdict(stage: Stage, stages: readonly Stage[]): OutcomeVerdict {
  if (stage.group === 'success') return { ok: false, reason: 'success' };
  if (stage.system) return { ok: false, reason: 'system' };
  if (stage.group === 'process' && groupStages(stages).process.length <= 1) {
    return { ok: false, reason: 'last-process' };
  }
  return { ok: true, target: stage.group === 'process' ? 'failure' : 'process' };
}

/**
 * The replacement stage for crm.status.add, at `index` (0-based) of the target group: the old
 * stage's name and colour, a free STATUS_ID made from the name, and a SORT inside the target zone
 * (an add outside it is refused, docs/server-behaviour.md §1.3), with the shifts that make room.
 */
export function planReplacement(
  directory: Pick<Directory, 'entityId' | 'prefix' | 'categoryId' | 'hasSemantics'>,
  stages: readonly Stage[],
  stage: Stage,
  target: OutcomeTarget,
  index: number,
  random?: () => number,
): NewStagePlan {
  const plan = planNewStage(directory, stages, target, index, stage.name, random);
  return { ...plan, color: stage.color };
}

/** STATUS_ID compared as the portal does: without regard to case (docs/rest-api.md §3.1). */
export const sameStatusId = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** A change under way, as kept between steps: enough to find both stages again. */
export interface OutcomeChange {
  readonly entityId: string;
  /** The row id of the stage being replaced. */
  readonly oldId: string;
  readonly oldStatusId: string;
  readonly name: string;
  readonly target: OutcomeTarget;
  /** Place in the target group the admin picked (0-based). */
  readonly index: number;
  /** The replacement's code as sent (no prefix) and as stored (with it). */
  readonly code: string;
  readonly statusId: string;
}

/**
 * The key every step of one outcome change is journalled under (ChangeRecord.stepOf), resumed or
 * not: the undo stack joins its steps by it, and knows by it which unfinished change an undo of
 * them ends (docs/change-journal.md §5).
 */
export const outcomeStepKey = (change: Pick<OutcomeChange, 'oldId' | 'statusId'>): string =>
  `${change.oldId}>${change.statusId}`;

export type OutcomeState =
  /** The replacement is not there yet: add it. */
  | { readonly step: 'add'; readonly old: Stage }
  /** Both stand: move the items left in the old stage, then delete it. */
  | { readonly step: 'move'; readonly old: Stage; readonly replacement: Stage }
  /** The old stage is gone and the replacement stands. */
  | { readonly step: 'done'; readonly replacement: Stage }
  /** Neither is there: someone else deleted them; nothing is left to do. */
  | { readonly step: 'gone' }
  /** A stage with the replacement's code stands in the wrong group: not ours to fill. */
  | { readonly step: 'blocked'; readonly stage: Stage };

/**
 * Where a change stands, read from the stages the portal holds now, never from what the app
 * remembers: after a stop, a lost answer or a reload, the next step follows from this alone.
 */
export function outcomeState(stages: readonly Stage[], change: OutcomeChange): OutcomeState {
  const old = stages.find((s) => s.id === change.oldId);
  const replacement = stages.find((s) => sameStatusId(s.statusId, change.statusId));
  if (replacement && replacement.group !== change.target) {
    return { step: 'blocked', stage: replacement };
  }
  if (old && replacement) return { step: 'move', old, replacement };
  if (old) return { step: 'add', old };
  if (replacement) return { step: 'done', replacement };
  return { step: 'gone' };
}
