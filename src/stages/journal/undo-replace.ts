import { PortalError } from '../../b24/portal-error';
import { snapshotOf, type StageDelta } from '../../domain/change';
import type { UndoPlan } from '../../domain/journal/undo-plan';
import type { Announcement } from './session-journal';
import {
  addStageBack,
  asPortalError,
  finish,
  moveItemsBack,
  outcome,
  recordOf,
  type UndoContext,
} from './undo-steps';

/**
 * Takes back a replacement whole (an outcome change, docs/change-journal.md §5): adds the old
 * stage back with its STATUS_ID, name, colour, group and place, moves the items back into it,
 * then deletes the replacement once it reads empty. Every item is in one of the two stages after
 * each step, and only an empty stage is deleted, so a refusal half-way loses none: the one entry
 * recorded says how far it got, and what stands is an add the admin can undo again. Redone, the
 * same steps run the other way round.
 */
export async function undoReplace(
  ctx: UndoContext,
  plan: Extract<UndoPlan, { kind: 'replace-back' }>,
): Promise<Announcement> {
  const { remove, itemsBack } = plan;
  const added = await addStageBack(ctx, plan);
  if ('refused' in added) return added.refused;
  const back = added.after;
  const readded: StageDelta = { before: null, after: back };

  // The plan moves them from the replacement (its STATUS_ID) to the old stage's STATUS_ID, which
  // the stage added back keeps.
  const moved = await moveItemsBack(ctx, itemsBack, back, remove.name);
  const { items } = moved;
  if (moved.error) {
    recordOf(ctx, { stages: [readded], items, outcome: outcome(moved.error, true) });
    return finish(ctx, 'partly', moved.error);
  }
  // Items that came into the replacement since keep it: the admin is told how many.
  const held = await ctx.countItems(remove.statusId);
  if (held > 0) {
    const error = new PortalError('has-items', '', String(held), 'crm.status.delete');
    recordOf(ctx, { stages: [readded], items, outcome: outcome(error, true) });
    return { ...finish(ctx, 'partly'), reason: 'has-items', detail: String(held) };
  }
  try {
    await ctx.removeStage({
      stage: remove,
      forced: false,
      journal: { ...ctx.notes, silent: true },
    });
  } catch (error) {
    const portalError = asPortalError(error, 'crm.status.delete');
    recordOf(ctx, { stages: [readded], items, outcome: outcome(portalError, true) });
    return finish(ctx, 'partly', portalError);
  }
  const removed: StageDelta = { before: snapshotOf(remove), after: null };
  recordOf(ctx, { stages: [readded, removed], items, outcome: { status: 'saved' } });
  return finish(ctx, 'done');
}
