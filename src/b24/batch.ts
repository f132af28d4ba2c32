import { PortalError, refusalError } from './portal-error';

/**
 * The one place that reads a `batch` answer. Every request the port sends is a batch, checked here
 * command by command, so the install, the stage writes and the item moves cannot disagree on what
 * a failed command looks like.
 *
 * Why not the SDK's `batch.make`: SDK 2.2.0 turns a command refused with an EMPTY error code (how
 * crm.status.* refuses, docs/server-behaviour.md §1) into a success with an undefined result, and
 * the portal's sentence is lost (docs/sdk.md §2). The port sends `batch` as a plain method
 * through the SDK instead (same auth, retries and rate limiting) and reads the portal's answer
 * itself. sdk-behaviour.test.ts pins both halves of that, so an SDK upgrade that changes either
 * fails loudly.
 */

/** The portal runs at most 50 commands per batch (docs/server-behaviour.md §2). */
export const BATCH_LIMIT = 50;

export type Params = Readonly<Record<string, unknown>>;
export type Command = readonly [method: string, params: Params];

export type Outcome =
  | { readonly status: 'ok'; readonly result: unknown; readonly total: number | null }
  | { readonly status: 'failed'; readonly error: PortalError }
  /** Not run: an earlier command failed in a batch sent with `halt`. */
  | { readonly status: 'skipped' };

/** Sends ONE `batch` request and resolves with the portal's `result` object; throws PortalError. */
export type SendBatch = (body: { halt: 0 | 1; cmd: string[] }) => Promise<unknown>;

const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

/**
 * A command's parameters as the query string of a batch row, PHP style (`filter[ENTITY_ID]=X`,
 * `select[0]=id`): the portal parses each row with parse_str, so every value arrives as a string
 * and `null` as '' (docs/server-behaviour.md §0, §2). `$result[key][...]` values reach the portal
 * intact: it substitutes them after decoding the row.
 */
export function encodeQuery(params: Params): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null) parts.push(`${encode(key)}=`);
    else if (Array.isArray(value)) value.forEach((v, i) => add(`${key}[${i}]`, v));
    else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    } else parts.push(`${encode(key)}=${encode(String(value))}`);
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return parts.join('&');
}

/**
 * The portal is PHP: a map keyed 0..n-1 arrives as a JSON list, one with gaps (say result_error
 * for row 3 only) as an object keyed by index, and an empty one as `[]` (docs/server-behaviour.md
 * §2). Read all three the same way.
 */
function at(container: unknown, index: number): unknown {
  if (Array.isArray(container)) return container[index];
  if (container !== null && typeof container === 'object') {
    return (container as Record<string, unknown>)[String(index)];
  }
  return undefined;
}

const count = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
};

/** The single per-command check: an entry in `result_error` (any code, '' included) failed. */
export function outcomeOf(answer: unknown, index: number, method: string): Outcome {
  const body = (answer ?? {}) as Record<string, unknown>;
  const error = at(body['result_error'], index);
  if (error !== undefined) {
    const row = (typeof error === 'object' && error !== null ? error : { error }) as Record<
      string,
      unknown
    >;
    return {
      status: 'failed',
      error: refusalError({
        code: typeof row['error'] === 'string' ? row['error'] : '',
        status: 400,
        description: typeof row['error_description'] === 'string' ? row['error_description'] : '',
        method,
      }),
    };
  }
  const result = at(body['result'], index);
  if (result === undefined) return { status: 'skipped' };
  return { status: 'ok', result, total: count(at(body['result_total'], index)) };
}

/**
 * Runs up to 50 commands in one request, in order. `halt` stops the portal at the first failed
 * command (an empty code counts); later ones come back `skipped`. A failure of the request as a
 * whole (no answer, rate limit after the SDK's retries) throws the PortalError.
 */
export async function runBatch(
  send: SendBatch,
  commands: readonly Command[],
  options: { halt?: boolean } = {},
): Promise<Outcome[]> {
  if (commands.length === 0) return [];
  if (commands.length > BATCH_LIMIT) {
    // The portal would run 50 and refuse the rest one by one (docs/server-behaviour.md §2):
    // callers chunk, so more is a bug here, never something to send.
    throw new PortalError('server', 'BATCH_TOO_LARGE', `${commands.length} commands`, 'batch');
  }
  const answer = await send({
    halt: options.halt ? 1 : 0,
    cmd: commands.map(([method, params]) => {
      const query = encodeQuery(params);
      return query === '' ? method : `${method}?${query}`;
    }),
  });
  return commands.map(([method], index) => outcomeOf(answer, index, method));
}

/** Splits `items` so every batch keeps `reserve` slots free (for a read-back after the writes). */
export function chunked<T>(items: readonly T[], reserve = 0): T[][] {
  const size = BATCH_LIMIT - reserve;
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** The result of an outcome that must have succeeded; throws its error otherwise. */
export function resultOf(outcome: Outcome | undefined, method: string): unknown {
  if (outcome?.status === 'ok') return outcome.result;
  if (outcome?.status === 'failed') throw outcome.error;
  throw new PortalError('server', '', '', method);
}
