import type { AddResult, NewStage, WriteResult } from '../../b24/portal';
import { PortalError } from '../../b24/portal-error';
import {
  snapshotOf,
  type ChangeOutcome,
  type ChangeRecord,
  type StageSnapshot,
} from '../../domain/change';
import type { JournalEntry } from '../../domain/journal/entry';
import type { UndoPlan } from '../../domain/journal/undo-plan';
import { planInsert } from '../../domain/sort-planner';
import type { Directory, Stage } from '../../domain/stage';
import type { RecordChange } from '../change-recorder';
import { newEditId, type EditJournal, type EditLabel, type StageEdit } from '../stage-edit';
import type { AddRequest } from '../use-add-stage';
import type { RemoveRequest } from '../use-remove-stage';
import { EditRefusedError } from '../use-send-edit';
import { itemsOf, reasonOf } from './records';
import type { Announcement } from './session-journal';

/**
 * The steps of one undo, redo or revert, one function per kind of plan. Each sends through the
 * same mutations an edit uses and records ONE journal entry for the whole (an add-back and the
 * items moved back into it are one entry), then says how it went.
 */
export interface UndoContext {
  readonly entry: JournalEntry;
  readonly cause: Announcement['cause'];
  readonly directory: Directory;
  readonly stages: readonly Stage[];
  /** The journal notes every step's edit carries (directory name, cause). */
  readonly notes: EditJournal;
  readonly record: RecordChange;
  sendEdit(edit: StageEdit): Promise<WriteResult>;
  addStage(request: AddRequest): Promise<AddResult>;
  removeStage(request: RemoveRequest): Promise<readonly Stage[] | null>;
  countItems(statusId: string): Promise<number>;
  moveIds(
    ids: readonly number[],
    to: string,
  ): Promise<{ readonly moved: readonly number[]; readonly error: PortalError | null }>;
}

type Result = Announcement['result'];

export const asPortalError = (error: unknown, method: string): PortalError => {
  if (error instanceof EditRefusedError) {
    return error.result.failures[0]?.error ?? new PortalError('server', '', '', method);
  }
  return error instanceof PortalError
    ? error
    : new PortalError('server', '', String(error), method);
};

export const finish = (
  ctx: UndoContext,
  result: Result,
  error?: PortalError | null,
): Announcement => ({
  cause: ctx.cause,
  result,
  entry: ctx.entry,
  ...(error ? { reason: reasonOf(error) } : {}),
});

export const outcome = (error: PortalError | null, someSaved: boolean): ChangeOutcome =>
  !error
    ? { status: 'saved' }
    : { status: someSaved ? 'partly-saved' : 'refused', reason: reasonOf(error) };

/** The record of this undo: its kind and what it is about come from the context. */
export function recordOf(
  ctx: UndoContext,
  rest: Pick<ChangeRecord, 'stages' | 'outcome' | 'items'>,
) {
  const cause = ctx.notes.cause;
  const change: ChangeRecord = {
    kind: ctx.cause,
    directory: { entityId: ctx.directory.entityId, name: ctx.notes.directory },
    ...(cause ? { of: cause.of, ofKind: cause.ofKind } : {}),
    ...(cause?.ofName === undefined ? {} : { ofName: cause.ofName }),
    stages: rest.stages,
    outcome: rest.outcome,
    ...(rest.items ? { items: rest.items } : {}),
  };
  ctx.record(change);
}

export const stageOf = (ctx: UndoContext, statusId: string) =>
  ctx.stages.find((s) => s.statusId === statusId);

/** What an undo's edit says in the unsaved-changes list (if the portal refuses it). */
function labelOf(plan: Extract<UndoPlan, { kind: 'update' }>, stages: readonly Stage[]): EditLabel {
  const [first] = plan.updates;
  const name = stages.find((s) => s.id === first?.id)?.name ?? '';
  const patch = first?.patch ?? {};
  if (patch.name !== undefined) return { kind: 'rename', name, value: patch.name };
  if (patch.color !== undefined) return { kind: 'recolour', name, value: patch.color };
  return { kind: 'move', name };
}

/** Renames, recolours and moves back: one guarded edit, journalled by the edit itself. */
export async function undoUpdate(
  ctx: UndoContext,
  plan: Extract<UndoPlan, { kind: 'update' }>,
): Promise<Announcement> {
  const subject = plan.updates[0]?.id;
  try {
    await ctx.sendEdit({
      id: newEditId(),
      entityId: ctx.directory.entityId,
      label: labelOf(plan, ctx.stages),
      updates: plan.updates,
      journal: { ...ctx.notes, ...(subject ? { stageId: subject } : {}) },
    });
    return finish(ctx, 'done');
  } catch (error) {
    const failed =
      error instanceof EditRefusedError ? error.result.failures.length : plan.updates.length;
    const result = failed < plan.updates.length ? 'partly' : 'refused';
    return finish(ctx, result, asPortalError(error, 'crm.status.update'));
  }
}

export async function undoMoveItems(
  ctx: UndoContext,
  plan: Extract<UndoPlan, { kind: 'move-items' }>,
): Promise<Announcement> {
  const { move } = plan;
  const { moved, error } = await ctx.moveIds(move.ids, move.to);
  const from = stageOf(ctx, move.from);
  const to = stageOf(ctx, move.to);
  recordOf(ctx, {
    stages: [],
    items: {
      ids: moved,
      from: move.from,
      to: move.to,
      ...(from ? { fromName: from.name } : {}),
      ...(to ? { toName: to.name } : {}),
    },
    outcome: outcome(error, moved.length > 0),
  });
  return finish(ctx, error ? (moved.length ? 'partly' : 'refused') : 'done', error);
}

/** Deletes a stage the change added, once its items (if it brought any) went back out. */
export async function undoAdd(
  ctx: UndoContext,
  plan: Extract<UndoPlan, { kind: 'remove' }>,
): Promise<Announcement> {
  const { stage, itemsBack } = plan;
  const target = itemsBack ? stageOf(ctx, itemsBack.to) : undefined;
  let moved: readonly number[] = [];
  if (itemsBack && target) {
    const back = await ctx.moveIds(itemsBack.ids, itemsBack.to);
    moved = back.moved;
    if (back.error) {
      if (moved.length) {
        const items = itemsOf(stage, { ids: moved, target });
        recordOf(ctx, { stages: [], items, outcome: outcome(back.error, true) });
      }
      return finish(ctx, moved.length ? 'partly' : 'refused', back.error);
    }
  }
  const items = target && moved.length ? itemsOf(stage, { ids: moved, target }) : undefined;
  // Only an empty stage goes: the admin is told how many items keep it.
  const held = await ctx.countItems(stage.statusId);
  if (held > 0) {
    const error = new PortalError('has-items', '', String(held), 'crm.status.delete');
    if (items) recordOf(ctx, { stages: [], items, outcome: outcome(error, true) });
    return {
      ...finish(ctx, items ? 'partly' : 'impossible'),
      reason: 'has-items',
      detail: String(held),
    };
  }
  const deleted = [{ before: snapshotOf(stage), after: null }];
  try {
    await ctx.removeStage({ stage, forced: false, journal: { ...ctx.notes, silent: true } });
    recordOf(ctx, { stages: deleted, items, outcome: outcome(null, true) });
    return finish(ctx, 'done');
  } catch (error) {
    const portalError = asPortalError(error, 'crm.status.delete');
    recordOf(ctx, { stages: deleted, outcome: outcome(portalError, items !== undefined) });
    return finish(ctx, 'refused', portalError);
  }
}

/** crm.status.add for a deleted stage: the same STATUS_ID, name, colour, semantics and place. */
function addBackStage(
  ctx: UndoContext,
  plan: { readonly stage: StageSnapshot; readonly index: number },
) {
  const { stage } = plan;
  const { directory } = ctx;
  const group = stage.group === 'failure' ? 'failure' : 'process';
  const { sort, writes } = planInsert(ctx.stages, group, plan.index);
  const newStage: NewStage = {
    entityId: directory.entityId,
    code: stage.statusId.slice(stage.statusId.indexOf(':') + 1),
    statusId: stage.statusId,
    name: stage.name,
    sort,
    semantics: directory.hasSemantics ? (group === 'failure' ? 'F' : '') : null,
    color: stage.color,
    categoryId: directory.hasSemantics ? directory.categoryId : null,
  };
  return { newStage, shifts: writes.map((w) => ({ id: w.id, patch: { sort: w.sort } })) };
}

/**
 * Adds a stage back where it was, as the portal then holds it; a refusal is journalled and
 * announced, and nothing else follows it.
 */
export async function addStageBack(
  ctx: UndoContext,
  plan: { readonly stage: StageSnapshot; readonly index: number },
): Promise<{ readonly after: StageSnapshot } | { readonly refused: Announcement }> {
  const { newStage, shifts } = addBackStage(ctx, plan);
  let added: AddResult;
  try {
    const request = { id: newEditId(), stage: newStage, shifts };
    added = await ctx.addStage({ ...request, journal: { ...ctx.notes, silent: true } });
  } catch (error) {
    const portalError = asPortalError(error, 'crm.status.add');
    recordOf(ctx, {
      stages: [{ before: null, after: plan.stage }],
      outcome: outcome(portalError, false),
    });
    return { refused: finish(ctx, 'refused', portalError) };
  }
  const fresh = added.stages?.find((s) => s.id === added.id);
  return {
    after: fresh ? snapshotOf(fresh) : { ...plan.stage, id: added.id, sort: newStage.sort },
  };
}

/** Adds a deleted stage back where it was, then moves the items it lost back into it. */
export async function undoDelete(
  ctx: UndoContext,
  plan: Extract<UndoPlan, { kind: 'add-back' }>,
): Promise<Announcement> {
  const readded = await addStageBack(ctx, plan);
  if ('refused' in readded) return readded.refused;
  const { after } = readded;
  const { itemsBack } = plan;
  const source = itemsBack ? stageOf(ctx, itemsBack.from) : undefined;
  const { items, error } = await moveItemsBack(ctx, itemsBack, after, source?.name);
  recordOf(ctx, { stages: [{ before: null, after }], items, outcome: outcome(error, true) });
  return finish(ctx, error ? 'partly' : 'done', error);
}

/**
 * Moves the items a change took out of a stage back into it, once it stands again; what moved,
 * as the record's `items`, and the portal's refusal if one stopped it.
 */
export async function moveItemsBack(
  ctx: UndoContext,
  itemsBack: Extract<UndoPlan, { kind: 'add-back' }>['itemsBack'],
  into: StageSnapshot,
  fromName: string | undefined,
) {
  const back = itemsBack ? await ctx.moveIds(itemsBack.ids, itemsBack.to) : null;
  const items =
    itemsBack && back && back.moved.length > 0
      ? {
          ids: back.moved,
          from: itemsBack.from,
          to: itemsBack.to,
          toName: into.name,
          ...(fromName !== undefined ? { fromName } : {}),
        }
      : undefined;
  return { items, error: back?.error ?? null };
}
