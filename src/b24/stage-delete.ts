import { itemTypeOf } from '../domain/directories';
import type { Stage } from '../domain/stage';
import { runBatch, type Outcome, type SendBatch } from './batch';
import { countItems } from './crm-items';
import { PortalError, unexplained } from './portal-error';
import { directoryRead, isComplete, listCommand } from './stage-rows';

/**
 * Why a delete was refused, when the sentence alone does not say: the server answers with an empty
 * code, and for smart-process stages that still hold items with a localised text
 * (docs/server-behaviour.md §1). Count the stage's items: if it holds any, that is the reason.
 */
async function explain(send: SendBatch, error: PortalError, stage: Stage): Promise<PortalError> {
  const entityTypeId = itemTypeOf(stage.entityId);
  if (entityTypeId === null || !unexplained(error)) return error;
  const counts = await countItems(send, entityTypeId, [stage.statusId]).catch(() => null);
  return (counts?.[stage.statusId] ?? 0) > 0 ? error.as('has-items') : error;
}

/**
 * crm.status.delete and the read-back in one batch. The directory afterwards decides: a stage
 * that is gone is deleted, whatever the answer was (the SDK's resend after a lost answer meets
 * `Status is not found.` for a delete that landed, docs/sdk.md §3), and a stage still there after
 * `true` was not.
 */
export async function deleteStage(
  send: SendBatch,
  entityId: string,
  id: string,
  forced: boolean,
): Promise<readonly Stage[] | null> {
  const params: Record<string, unknown> = { id };
  // FORCED counts only as exactly `Y` (docs/server-behaviour.md §1).
  if (forced) params['params'] = { FORCED: 'Y' };
  const [deleted, listed]: (Outcome | undefined)[] = await runBatch(send, [
    ['crm.status.delete', params],
    listCommand(entityId),
  ]);
  const read = directoryRead(listed, entityId);
  const after = read && isComplete(read) ? read.stages : null;
  const still = after?.find((s) => s.id === id);
  if (deleted?.status === 'ok') {
    if (still) throw new PortalError('not-saved', '', still.name, 'crm.status.delete', 'not-kept');
    return after;
  }
  if (after && !still) return after;
  const error =
    deleted?.status === 'failed'
      ? deleted.error
      : new PortalError('server', '', '', 'crm.status.delete');
  throw still ? await explain(send, error, still) : error;
}
