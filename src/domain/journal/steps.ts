import type { ChangeRecord, StageDelta } from '../change';

/**
 * The steps of one change the app makes in several requests (`stepOf`, src/domain/change.ts) as
 * the undo stack keeps them: one record, so Undo takes back the whole change, not its last page
 * of items (docs/change-journal.md §5). The journal itself keeps one entry per step.
 */

const whole = (d: StageDelta) => d.before === null || d.after === null;

/**
 * A step as the stack keeps it: only the stages it added or deleted. The SORT shifts that made
 * room for an add moved no stage past another, so taking the add back leaves them be (and a
 * record of one add among shifts could not be undone at all).
 */
export function stackRecord(change: ChangeRecord): ChangeRecord {
  return change.stepOf === undefined ? change : { ...change, stages: change.stages.filter(whole) };
}

/**
 * `next` joined onto the steps of the same change the stack already holds; null when it is not a
 * step of that change (or its items went elsewhere), and starts a record of its own.
 */
export function joinSteps(held: ChangeRecord, next: ChangeRecord): ChangeRecord | null {
  if (held.stepOf === undefined || held.stepOf !== next.stepOf) return null;
  const [a, b] = [held.items, next.items];
  if (a && b && (a.from !== b.from || a.to !== b.to)) return null;
  const items = a && b ? { ...b, ids: [...a.ids, ...b.ids] } : (b ?? a);
  return {
    ...held,
    stages: [...held.stages, ...stackRecord(next).stages],
    ...(items ? { items } : {}),
    // Partly saved once any step was: undo then puts back what landed.
    outcome: held.outcome.status === 'saved' ? next.outcome : held.outcome,
  };
}
