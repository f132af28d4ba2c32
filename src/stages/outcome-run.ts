import type { Portal, StageUpdate } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import { snapshotOf, type ChangeRecord, type StageDelta } from '../domain/change';
import {
  outcomeState,
  outcomeStepKey,
  planReplacement,
  sameStatusId,
  type OutcomeChange,
} from '../domain/outcome-change';
import type { Directory, Stage } from '../domain/stage';
import type { AnalyticsScope } from './analytics-scope';

export type OutcomeStep = 'read' | 'add' | 'move' | 'delete';

export interface OutcomeProgress {
  readonly step: OutcomeStep;
  /** Items moved in this run, and how many the old stage still held at the last look. */
  readonly moved: number;
  readonly left: number | null;
}

export type OutcomeEnd =
  | { readonly kind: 'done'; readonly replacement: Stage; readonly moved: number }
  | { readonly kind: 'stopped'; readonly moved: number; readonly left: number }
  /** Neither stage is there any more: someone else finished or undid it. */
  | { readonly kind: 'gone' }
  /** A stage with the replacement's code stands in the other group. */
  | { readonly kind: 'blocked'; readonly stage: Stage };

export interface OutcomeHooks {
  readonly stopRequested: () => boolean;
  readonly onProgress: (progress: OutcomeProgress) => void;
  /** Every step that changed the portal (or was refused), as the journal reads changes. */
  readonly record: (change: ChangeRecord) => void;
  /** Fresh stages the portal answered with: the board can show them at once. */
  readonly onStages: (stages: readonly Stage[]) => void;
}

const reasonOf = (error: unknown) =>
  error instanceof PortalError ? error.description || error.kind : String(error);

/**
 * Runs an outcome change from wherever it stands (docs/analytics.md §3): reads the directory,
 * adds the replacement if it is missing (the add looks its STATUS_ID up after an unclear answer,
 * so it never lands twice), moves the old stage's items page by page, and deletes the old stage
 * once it reads empty. Every item is always in one of the two stages, and crm.status.delete
 * refuses a stage that still holds items, so no step loses one. A stop takes effect between
 * pages; a refusal throws its PortalError after the steps before it are recorded.
 */
export async function runOutcome(
  portal: Portal,
  directory: Directory,
  scope: AnalyticsScope,
  change: OutcomeChange,
  hooks: OutcomeHooks,
): Promise<OutcomeEnd> {
  const { entityId } = directory;
  // One key for every step of this change, resumed or not: the undo stack joins them, so Undo
  // takes the whole change back (docs/change-journal.md §5).
  const stepOf = outcomeStepKey(change);
  const record = (stages: StageDelta[], extra: Partial<ChangeRecord> = {}, error?: unknown) =>
    hooks.record({
      kind: 'outcome',
      directory: { entityId, name: directory.name },
      stepOf,
      stages,
      outcome:
        error === undefined ? { status: 'saved' } : { status: 'refused', reason: reasonOf(error) },
      ...extra,
    });
  let moved = 0;
  hooks.onProgress({ step: 'read', moved, left: null });
  let stages = await portal.loadStages(entityId);
  hooks.onStages(stages);
  let state = outcomeState(stages, change);

  if (state.step === 'add') {
    const old = state.old;
    hooks.onProgress({ step: 'add', moved, left: null });
    // Re-planned against the stages as they are now; the code is the one kept with the change,
    // which is how this step and every later look find the replacement.
    const { shifts, ...plan } = planReplacement(
      directory,
      stages,
      old,
      change.target,
      change.index,
    );
    const stage = { ...plan, code: change.code, statusId: change.statusId };
    const updates: StageUpdate[] = shifts.map((w) => ({ id: w.id, patch: { sort: w.sort } }));
    const shifted: StageDelta[] = shifts.flatMap((w) => {
      const before = stages.find((s) => s.id === w.id);
      return before
        ? [{ before: snapshotOf(before), after: { ...snapshotOf(before), sort: w.sort } }]
        : [];
    });
    const planned = {
      id: '',
      statusId: stage.statusId,
      name: stage.name,
      color: stage.color,
      sort: stage.sort,
      group: change.target,
      system: false,
    } as const;
    try {
      const added = await portal.addStage(stage, updates);
      stages = added.stages ? [...added.stages] : await portal.loadStages(entityId);
    } catch (error) {
      record([{ before: null, after: planned }, ...shifted], {}, error);
      throw error;
    }
    hooks.onStages(stages);
    // The added stage first: it is what the entry is about (its name, the journal's sentence).
    const replacement = stages.find((s) => sameStatusId(s.statusId, change.statusId));
    record([{ before: null, after: replacement ? snapshotOf(replacement) : planned }, ...shifted]);
    state = outcomeState(stages, change);
  }
  if (state.step === 'gone') return { kind: 'gone' };
  if (state.step === 'blocked') return { kind: 'blocked', stage: state.stage };
  if (state.step === 'done') return { kind: 'done', replacement: state.replacement, moved };
  if (state.step !== 'move')
    throw new PortalError('not-saved', '', change.name, 'crm.status.add', 'not-kept');

  const { old, replacement } = state;
  const items = {
    from: old.statusId,
    to: replacement.statusId,
    fromName: old.name,
    toName: replacement.name,
  };
  for (;;) {
    const page = await portal.listItems(scope.entityTypeId, old.statusId);
    hooks.onProgress({ step: 'move', moved, left: page.total });
    if (page.ids.length === 0) break;
    if (hooks.stopRequested()) return { kind: 'stopped', moved, left: page.total };
    const report = await portal.analytics.moveItems(
      scope.entityTypeId,
      scope.categoryId,
      page.ids,
      replacement.statusId,
    );
    moved += report.moved.length;
    const [failure] = report.failures;
    if (report.moved.length > 0) {
      record([], {
        items: { ids: report.moved, ...items },
        ...(failure
          ? { outcome: { status: 'partly-saved', reason: reasonOf(failure.error) } }
          : {}),
      });
    }
    if (failure) {
      if (report.moved.length === 0)
        record([], { items: { ids: [failure.id], ...items } }, failure.error);
      throw failure.error;
    }
  }

  hooks.onProgress({ step: 'delete', moved, left: 0 });
  try {
    const after = await portal.deleteStage(entityId, old.id, false);
    if (after) hooks.onStages(after);
  } catch (error) {
    record([{ before: snapshotOf(old), after: null }], {}, error);
    throw error;
  }
  record([{ before: snapshotOf(old), after: null }]);
  return { kind: 'done', replacement, moved };
}
