import type { ChangeRecord, StageDelta, StageSnapshot } from '../change';
import { compareStages } from '../order';
import { planSort } from '../sort-planner';
import { GROUPS, type Stage, type StagePatch } from '../stage';

/**
 * What undoing (or reverting) one change takes, read from its before → after deltas, so it works
 * for every kind of change the same way: a redo is the undo of the undo. Guards (`expected`) carry
 * what the change set: the port checks them against the portal in the same request, so a stage
 * someone changed since is never overwritten without the admin choosing to.
 */
export interface PlannedUpdate {
  readonly id: string;
  readonly patch: StagePatch;
  readonly expected?: StagePatch;
}

/** CRM items to move: from one stage (STATUS_ID) to another. */
export interface ItemsMove {
  readonly ids: readonly number[];
  readonly from: string;
  readonly to: string;
}

export type UndoRefusal =
  /** The change was refused: nothing to undo. */
  | 'refused-change'
  /** The directory is gone. */
  | 'directory-gone'
  /** The stage the change is about is gone. */
  | 'stage-gone'
  /** A deleted stage cannot come back: its STATUS_ID is taken again. */
  | 'status-taken'
  /** Success holds exactly one stage; a deleted one is not added back beside another. */
  | 'success-stage'
  /** Nothing the app knows how to put back (several stages added at once, a pipeline...). */
  | 'unsupported'
  /** The added stage was renamed or recoloured since: deleting it is the admin's choice. */
  | 'changed-since';

export type UndoPlan =
  | { readonly kind: 'update'; readonly updates: readonly PlannedUpdate[] }
  /** Move `itemsBack` out first (if any), then delete the stage if it is empty. */
  | { readonly kind: 'remove'; readonly stage: Stage; readonly itemsBack: ItemsMove | null }
  /** Add the stage back at `index` of its group, then move `itemsBack` into it. */
  | {
      readonly kind: 'add-back';
      readonly stage: StageSnapshot;
      readonly index: number;
      readonly itemsBack: ItemsMove | null;
    }
  | { readonly kind: 'move-items'; readonly move: ItemsMove }
  /**
   * A stage replaced by another (an outcome change): add `stage` back at `index` of its group,
   * move `itemsBack` into it, then delete `remove` if it is empty.
   */
  | {
      readonly kind: 'replace-back';
      readonly stage: StageSnapshot;
      readonly index: number;
      readonly remove: Stage;
      readonly itemsBack: ItemsMove | null;
    }
  | {
      readonly kind: 'impossible';
      readonly reason: UndoRefusal;
      readonly name: string;
      /** For 'changed-since': what the stage is called now. */
      readonly now?: string;
    };

const impossible = (reason: UndoRefusal, name = '', now?: string): UndoPlan => ({
  kind: 'impossible',
  reason,
  name,
  ...(now === undefined ? {} : { now }),
});

const guarded = (id: string, patch: StagePatch, expected: StagePatch): PlannedUpdate =>
  Object.keys(expected).length > 0 ? { id, patch, expected } : { id, patch };

/** Field writes back to `before`, guarded by what the change set. SORT goes separately. */
function fieldUpdates(deltas: readonly StageDelta[]): PlannedUpdate[] {
  const out: PlannedUpdate[] = [];
  for (const { before, after } of deltas) {
    if (!before || !after) continue;
    const patch: { name?: string; color?: string } = {};
    const expected: { name?: string; color?: string } = {};
    if (before.name !== after.name) {
      patch.name = before.name;
      expected.name = after.name;
    }
    // A stage without a colour cannot get "none" back: crm.status.update stores '' as '#'
    // (docs/server-behaviour.md §1), so only a real colour is restored.
    if (before.color !== after.color && before.color !== null) {
      patch.color = before.color;
      if (after.color !== null) expected.color = after.color;
    }
    if (Object.keys(patch).length > 0) out.push(guarded(after.id, patch, expected));
  }
  return out;
}

/**
 * The fewest SORT writes that bring back the order before the change: the stages it moved go
 * back to their old SORT in the wanted order, and the planner decides which rows must actually
 * be written (often only the moved one, whatever the move itself had to rewrite).
 */
function sortUpdates(deltas: readonly StageDelta[], stages: readonly Stage[]): PlannedUpdate[] {
  const moved = new Map<string, StageDelta>();
  for (const d of deltas) {
    if (d.before && d.after && d.before.sort !== d.after.sort) moved.set(d.after.id, d);
  }
  if (moved.size === 0) return [];
  const wanted = (s: Stage) => ({ id: s.id, sort: moved.get(s.id)?.before?.sort ?? s.sort });
  const desired = GROUPS.flatMap((group) =>
    stages
      .filter((s) => s.group === group)
      .sort((a, b) => compareStages(wanted(a), wanted(b)))
      .map((s) => s.id),
  );
  const writes = planSort(stages, desired, new Set(moved.keys()));
  return writes.map((w) => {
    const after = moved.get(w.id)?.after;
    return guarded(w.id, { sort: w.sort }, after ? { sort: after.sort } : {});
  });
}

/** Where a stage with this SORT (and old row id) falls among its group's current stages. */
function indexIn(stages: readonly Stage[], snapshot: StageSnapshot): number {
  return stages.filter((s) => s.group === snapshot.group && compareStages(s, snapshot) < 0).length;
}

/**
 * The two stages of a replacement: one deleted, one added, and the items (if any) moved from the
 * first into the second. An outcome change reads so on the undo stack (src/domain/journal/steps.ts),
 * and so does its undo, so a redo is the same plan the other way round.
 */
function replacementOf(change: ChangeRecord) {
  if (change.stages.length !== 2) return null;
  const gone = change.stages.find((d) => d.after === null)?.before;
  const added = change.stages.find((d) => d.before === null)?.after;
  if (!gone || !added) return null;
  const { items } = change;
  if (items && (items.from !== gone.statusId || items.to !== added.statusId)) return null;
  return { gone, added };
}

/** The added stage was renamed or recoloured since the change. */
const changedSince = (stage: Stage, added: StageSnapshot) =>
  stage.name !== added.name || (added.color !== null && stage.color !== added.color);

/**
 * Plans the undo of `change` against the directory as it is now (`stages`, or null when the
 * directory itself is gone). A revert of another admin's entry plans the same way. An added stage
 * someone renamed or recoloured since is deleted only when the admin has chosen to (`force`),
 * as a guarded write would be: the deletion has no guard of its own.
 */
export function planUndo(
  change: ChangeRecord,
  stages: readonly Stage[] | null,
  { force = false }: { readonly force?: boolean } = {},
): UndoPlan {
  const name = change.stages[0]?.after?.name ?? change.stages[0]?.before?.name ?? '';
  if (change.outcome.status === 'refused') return impossible('refused-change', name);
  if (stages === null) return impossible('directory-gone', change.directory.name);
  const byId = new Map(stages.map((s) => [s.id, s]));
  const { items } = change;
  const replaced = replacementOf(change);
  if (replaced) {
    const { gone, added } = replaced;
    const stage = byId.get(added.id);
    if (!stage) return impossible('stage-gone', added.name);
    if (changedSince(stage, added) && !force) {
      return impossible('changed-since', added.name, stage.name);
    }
    if (stages.some((s) => s.statusId === gone.statusId)) {
      return impossible('status-taken', gone.name);
    }
    if (gone.group === 'success') return impossible('success-stage', gone.name);
    const itemsBack = items ? { ids: items.ids, from: stage.statusId, to: gone.statusId } : null;
    return {
      kind: 'replace-back',
      stage: gone,
      index: indexIn(stages, gone),
      remove: stage,
      itemsBack,
    };
  }
  const whole = change.stages.filter((d) => d.before === null || d.after === null);
  if (whole.length > 1 || (whole.length === 1 && change.stages.length > 1)) {
    return impossible('unsupported', name);
  }
  const [single] = whole;
  if (single?.after) {
    const stage = byId.get(single.after.id);
    if (!stage) return impossible('stage-gone', single.after.name);
    if (changedSince(stage, single.after) && !force)
      return impossible('changed-since', single.after.name, stage.name);
    const itemsBack = items ? { ids: items.ids, from: stage.statusId, to: items.from } : null;
    return { kind: 'remove', stage, itemsBack };
  }
  if (single?.before) {
    const gone = single.before;
    if (stages.some((s) => s.statusId === gone.statusId)) {
      return impossible('status-taken', gone.name);
    }
    if (gone.group === 'success') return impossible('success-stage', gone.name);
    const itemsBack = items ? { ids: items.ids, from: items.to, to: gone.statusId } : null;
    return { kind: 'add-back', stage: gone, index: indexIn(stages, gone), itemsBack };
  }
  if (change.stages.length === 0) {
    if (!items || items.ids.length === 0) return impossible('unsupported', name);
    if (!stages.some((s) => s.statusId === items.from)) {
      return impossible('stage-gone', items.fromName ?? items.from);
    }
    return { kind: 'move-items', move: { ids: items.ids, from: items.to, to: items.from } };
  }
  const missing = change.stages.find((d) => d.after && !byId.has(d.after.id));
  if (missing?.after) return impossible('stage-gone', missing.after.name);
  const fields = fieldUpdates(change.stages);
  const sorts = sortUpdates(change.stages, stages);
  // One update per stage: a field write and a SORT write of the same stage travel together.
  const merged = new Map<string, PlannedUpdate>();
  for (const u of [...fields, ...sorts]) {
    const had = merged.get(u.id);
    merged.set(
      u.id,
      had ? guarded(u.id, { ...had.patch, ...u.patch }, { ...had.expected, ...u.expected }) : u,
    );
  }
  const updates = [...merged.values()];
  return updates.length > 0 ? { kind: 'update', updates } : impossible('unsupported', name);
}
