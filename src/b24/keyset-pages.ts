import { BATCH_LIMIT, runBatch, type Command, type Params, type SendBatch } from './batch';
import type { LoadControl } from './analytics-port';
import { PortalError } from './portal-error';

/** Engine list methods answer 50 rows a page (docs/server-behaviour.md §7, §8). */
const PAGE = 50;

/** One list to read in full: a crm.*.list method of the engine controllers. */
export interface ListQuery {
  readonly method: string;
  /** The parameters without `start`, `order` and the id bound: those are the reader's. */
  readonly params: Params & { readonly filter: Params };
  /** The id column as the method names it: `ID` (stage history) or `id` (items). */
  readonly idField: string;
}

type Row = Readonly<Record<string, unknown>>;

interface Reading<T> {
  readonly query: ListQuery;
  readonly rows: T[];
  /** Rows received, whether or not `convert` kept them. */
  received: number;
  total: number;
  lastId: number | null;
  done: boolean;
}

const itemsOf = (result: unknown): Row[] => {
  const items = (result as { items?: unknown } | null)?.items;
  return Array.isArray(items)
    ? items.filter((i): i is Row => i !== null && typeof i === 'object')
    : [];
};

function stopIfAborted(control: LoadControl) {
  const { signal } = control;
  if (signal?.aborted) {
    throw signal.reason instanceof Error
      ? signal.reason
      : new DOMException('Stopped', 'AbortError');
  }
}

const firstPage = ({ method, params, idField }: ListQuery): Command => [
  method,
  { ...params, order: { [idField]: 'ASC' }, start: 0 },
];

/**
 * A page after `after` without a count (`start=-1`, docs/server-behaviour.md §7): `after` is an id,
 * or a `$result[n][items][49][ID]` reference to the page before it in the same batch, which the
 * portal fills in before it runs the command (§2.1). So one request reads 50 pages in a row
 * without knowing their ids in advance, and no page costs the server a count or an offset scan.
 */
function pageAfter({ method, params, idField }: ListQuery, after: number | string): Command {
  return [
    method,
    {
      ...params,
      filter: { ...params.filter, [`>${idField}`]: after },
      order: { [idField]: 'ASC' },
      start: -1,
    },
  ];
}

/**
 * Reads every row of each list. The first request carries the first page of each with its
 * `total`; later requests chain up to 50 pages each, as many as the totals still need. A page
 * shorter than 50 ends its list: with keyset pages that is the end, and the chained pages after
 * it in the same batch (whose reference could not be filled) are ignored. Each page goes through
 * `convert` as it arrives (null drops a row), so turning 100,000 rows into the caller's shape is
 * spread over the requests instead of making one long task at the end.
 */
export async function readAllPages<T = Row>(
  send: SendBatch,
  queries: readonly ListQuery[],
  control: LoadControl = {},
  convert: (row: Row) => T | null = (row) => row as T,
): Promise<T[][]> {
  const readings: Reading<T>[] = queries.map((query) => ({
    query,
    rows: [],
    received: 0,
    total: 0,
    lastId: null,
    done: false,
  }));
  const report = () =>
    control.onProgress?.({
      loaded: readings.reduce((n, r) => n + r.received, 0),
      total: readings.reduce((n, r) => n + Math.max(r.total, r.received), 0),
    });
  const take = (reading: Reading<T>, rows: Row[]) => {
    for (const row of rows) {
      const kept = convert(row);
      if (kept !== null) reading.rows.push(kept);
    }
    reading.received += rows.length;
    const last = Number(rows.at(-1)?.[reading.query.idField]);
    if (Number.isFinite(last)) reading.lastId = last;
    if (rows.length < PAGE || reading.received >= reading.total || reading.lastId === null) {
      reading.done = true;
    }
  };

  stopIfAborted(control);
  const first = await runBatch(send, queries.map(firstPage));
  readings.forEach((reading, n) => {
    const outcome = first[n];
    if (outcome?.status === 'failed') throw outcome.error;
    if (outcome?.status !== 'ok') throw new PortalError('server', '', '', reading.query.method);
    reading.total = outcome.total ?? 0;
    take(reading, itemsOf(outcome.result));
  });
  report();

  for (;;) {
    const open = readings.filter((r) => !r.done);
    if (open.length === 0) break;
    stopIfAborted(control);
    const commands: Command[] = [];
    const chains: { reading: Reading<T>; from: number; count: number }[] = [];
    for (const reading of open) {
      const room = BATCH_LIMIT - commands.length;
      const wanted = Math.ceil((reading.total - reading.received) / PAGE);
      const count = Math.min(room, Math.max(1, wanted));
      if (count <= 0) break;
      const from = commands.length;
      for (let k = 0; k < count; k++) {
        const after =
          k === 0
            ? (reading.lastId ?? 0)
            : `$result[${from + k - 1}][items][${PAGE - 1}][${reading.query.idField}]`;
        commands.push(pageAfter(reading.query, after));
      }
      chains.push({ reading, from, count });
    }
    const outcomes = await runBatch(send, commands);
    for (const { reading, from, count } of chains) {
      for (let k = 0; k < count && !reading.done; k++) {
        const outcome = outcomes[from + k];
        if (outcome?.status === 'failed') throw outcome.error;
        if (outcome?.status !== 'ok') throw new PortalError('server', '', '', reading.query.method);
        take(reading, itemsOf(outcome.result));
      }
    }
    report();
  }
  return readings.map((r) => r.rows);
}
