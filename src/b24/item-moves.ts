import type { MoveReport } from './analytics-port';
import { BATCH_LIMIT, runBatch, type Command, type SendBatch } from './batch';
import { PortalError } from './portal-error';

/**
 * crm.item.update for up to 50 items in one request, `stageId` with `categoryId`: without it the
 * server silently keeps a stage of another pipeline (docs/server-behaviour.md §8), and sending it
 * for the item's own pipeline changes nothing. Leads have no pipeline: `stageId` alone. The answer
 * carries each item as saved; one still in another stage did not move, whatever the status.
 */
export async function moveItems(
  send: SendBatch,
  entityTypeId: number,
  categoryId: number | null,
  ids: readonly number[],
  toStatusId: string,
): Promise<MoveReport> {
  if (ids.length > BATCH_LIMIT) throw new RangeError('moveItems: at most 50 items per request');
  const fields =
    categoryId === null ? { stageId: toStatusId } : { stageId: toStatusId, categoryId };
  const outcomes = await runBatch(
    send,
    ids.map((id): Command => ['crm.item.update', { entityTypeId, id, fields }]),
  );
  const moved: number[] = [];
  const failures: { id: number; error: PortalError }[] = [];
  ids.forEach((id, n) => {
    const outcome = outcomes[n];
    if (outcome?.status === 'failed') {
      failures.push({ id, error: outcome.error });
      return;
    }
    const item = (outcome?.status === 'ok' ? outcome.result : null) as {
      item?: Record<string, unknown>;
    } | null;
    const stage = item?.item?.['stageId'] ?? item?.item?.['statusId'];
    if (outcome?.status === 'ok' && (stage === undefined || stage === toStatusId)) moved.push(id);
    else {
      const held = typeof stage === 'string' ? stage : '';
      failures.push({
        id,
        error: new PortalError('not-saved', '', held, 'crm.item.update', 'not-kept'),
      });
    }
  });
  return { moved, failures };
}
