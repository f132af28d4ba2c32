import { chunked, runBatch, type Command, type SendBatch } from './batch';
import type { ItemPage } from './portal';
import { PortalError } from './portal-error';

/**
 * CRM items (deals, leads, smart-process items) through crm.item.*. The stage is `stageId` for
 * every type, leads included, where the server maps it onto STATUS_ID (docs/server-behaviour.md
 * §8). Without rights on the items these methods answer `ACCESS_DENIED` (kind
 * 'items-access-denied'), and list only what the user may read.
 */

const countCommand = (entityTypeId: number, statusId: string): Command => [
  'crm.item.list',
  { entityTypeId, select: ['id'], filter: { stageId: statusId }, start: 0 },
];

/** Items per stage (by STATUS_ID) from `total`, 50 stages per request. */
export async function countItems(
  send: SendBatch,
  entityTypeId: number,
  statusIds: readonly string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const chunk of chunked(statusIds)) {
    const outcomes = await runBatch(
      send,
      chunk.map((statusId) => countCommand(entityTypeId, statusId)),
    );
    chunk.forEach((statusId, n) => {
      const outcome = outcomes[n];
      if (outcome?.status === 'failed') throw outcome.error;
      counts[statusId] = outcome?.status === 'ok' ? (outcome.total ?? 0) : 0;
    });
  }
  return counts;
}

const itemsOf = (result: unknown): unknown[] => {
  const items = (result as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items : [];
};

export async function listItems(
  send: SendBatch,
  entityTypeId: number,
  statusId: string,
): Promise<ItemPage> {
  const [method, params] = countCommand(entityTypeId, statusId);
  const [outcome] = await runBatch(send, [[method, { ...params, order: { id: 'ASC' } }]]);
  if (outcome?.status === 'failed') throw outcome.error;
  if (outcome?.status !== 'ok') throw new PortalError('server', '', '', method);
  const ids = itemsOf(outcome.result)
    .map((item) => Number((item as { id?: unknown } | null)?.id))
    .filter((id) => Number.isInteger(id) && id > 0);
  return { ids, total: outcome.total ?? ids.length };
}

/**
 * Moves items within one pipeline, 50 per request. crm.item.update answers with the item; a stage
 * the server did not take (it silently keeps the old one in some cases, docs/server-behaviour.md
 * §8) shows there, and is reported instead of a success.
 */
export async function moveItems(
  send: SendBatch,
  entityTypeId: number,
  ids: readonly number[],
  toStatusId: string,
): Promise<void> {
  for (const chunk of chunked(ids)) {
    const outcomes = await runBatch(
      send,
      chunk.map((id): Command => [
        'crm.item.update',
        { entityTypeId, id, fields: { stageId: toStatusId } },
      ]),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'failed') throw outcome.error;
      if (outcome.status === 'skipped') throw new PortalError('server', '', '', 'crm.item.update');
      const item = (outcome.result as { item?: Record<string, unknown> } | null)?.item;
      const stage = item?.['stageId'] ?? item?.['statusId'];
      if (typeof stage === 'string' && stage !== toStatusId) {
        throw new PortalError('not-saved', '', stage, 'crm.item.update', 'not-kept');
      }
    }
  }
}
