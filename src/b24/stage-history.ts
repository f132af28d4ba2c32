import type { HistoryRow, Semantic } from '../domain/stage-history';
import type { HistoryQuery, LoadControl } from './analytics-port';
import type { SendBatch } from './batch';
import { readAllPages, type ListQuery } from './keyset-pages';

/**
 * crm.stagehistory.list (docs/server-behaviour.md §7): rows carry integer IDs and ISO times with
 * an offset; leads (and old invoices) name the columns STATUS_ID / STATUS_SEMANTIC_ID, the rest
 * STAGE_ID / STAGE_SEMANTIC_ID and CATEGORY_ID. The filter is validated, so only columns the
 * method knows are sent.
 */
const METHOD = 'crm.stagehistory.list';

/** CREATED_TIME as the filter takes it: ISO 8601 with an offset, to the second. */
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');

const integer = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) ? n : null;
};

const semanticOf = (value: unknown): Semantic => {
  const s = typeof value === 'string' ? value.toUpperCase() : '';
  return s === 'S' || s === 'F' ? s : 'P';
};

/** One row in the domain's shape; null for a row the app cannot place (no id, owner or time). */
export function historyRowOf(raw: Readonly<Record<string, unknown>>): HistoryRow | null {
  const id = integer(raw['ID']);
  const ownerId = integer(raw['OWNER_ID']);
  const time = Date.parse(String(raw['CREATED_TIME'] ?? ''));
  const stage = raw['STAGE_ID'] ?? raw['STATUS_ID'];
  if (id === null || ownerId === null || !Number.isFinite(time) || typeof stage !== 'string') {
    return null;
  }
  return {
    id,
    ownerId,
    time,
    stageId: stage,
    categoryId: integer(raw['CATEGORY_ID']),
    semantic: semanticOf(raw['STAGE_SEMANTIC_ID'] ?? raw['STATUS_SEMANTIC_ID']),
  };
}

/**
 * The queries for one pipeline: its own rows, and (for types with pipelines) the rows of items
 * moving to another pipeline (TYPE_ID 5, written in the pipeline they arrive in), which are the
 * only sign that an item left this one.
 */
export function historyQueries({ entityTypeId, categoryId, since }: HistoryQuery): ListQuery[] {
  const from = { '>=CREATED_TIME': isoSeconds(since) };
  const own: ListQuery = {
    method: METHOD,
    params: {
      entityTypeId,
      filter: categoryId === null ? from : { ...from, CATEGORY_ID: categoryId },
    },
    idField: 'ID',
  };
  if (categoryId === null) return [own];
  const departures: ListQuery = {
    method: METHOD,
    params: { entityTypeId, filter: { ...from, TYPE_ID: 5, '!=CATEGORY_ID': categoryId } },
    idField: 'ID',
  };
  return [own, departures];
}

export async function readHistory(
  send: SendBatch,
  query: HistoryQuery,
  control?: LoadControl,
): Promise<HistoryRow[]> {
  const lists = await readAllPages(send, historyQueries(query), control, historyRowOf);
  return lists.flat();
}
