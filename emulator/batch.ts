// The `batch` method (b24jssdk.md §3.3, §8.3.5): rows are `method?query` strings encoded with qs;
// they run in order; with halt=1 the portal stops after the first failing row and the rows that
// did not run are simply missing from the answer. At most 50 rows.
import { Errors, RestError } from './errors';
import { sleep } from './http-util';
import { invoke, withoutAuth } from './invoke';
import { parsePhpQuery } from './php-query';
import type { RestContext } from './rest';
import { timing } from './timing';
import type { Json, JsonObject } from './types';

export const MAX_BATCH = 50;

/**
 * The portal is PHP: an array whose keys are 0..n-1 in order is encoded as a JSON list, any other
 * array (say result_error with only key 1, or named rows) as an object, and an EMPTY array as `[]`
 * even for named rows. The SDK indexes all of these the same way (result_error[key]).
 */
function phpArray(entries: [string, Json][]): Json {
  if (entries.length === 0) return [];
  if (entries.every(([k], i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}

const REF = /\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g;

/** Replaces `$result[key][field]...` with earlier results (whole value keeps its JSON type). */
function resolveRefs(value: Json, results: Map<string, Json>): Json {
  if (typeof value === 'string') {
    const lookup = (key: string, path: string): Json | undefined => {
      let node: Json | undefined = results.get(key);
      for (const [, part] of path.matchAll(/\[([^\]]*)\]/g)) {
        if (!node || typeof node !== 'object') return undefined;
        node = (node as Record<string, Json>)[part ?? ''];
      }
      return node;
    };
    const whole = /^\$result\[([^\]]+)\]((?:\[[^\]]*\])*)$/.exec(value);
    if (whole) return lookup(whole[1] ?? '', whole[2] ?? '') ?? value;
    return value.replace(REF, (match, key: string, path: string) => {
      const found = lookup(key, path);
      return found === undefined || typeof found === 'object' ? match : String(found);
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, results));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, results)]));
  }
  return value;
}

export async function runBatch(
  params: JsonObject,
  ctx: RestContext,
  parentSeq: number,
): Promise<JsonObject> {
  const { portal } = ctx;
  const cmd = params['cmd'];
  const rows: [string, string][] = Array.isArray(cmd)
    ? cmd.map((row, i) => [String(i), typeof row === 'string' ? row : ''])
    : cmd && typeof cmd === 'object'
      ? Object.entries(cmd).map(([k, row]) => [k, typeof row === 'string' ? row : ''])
      : [];
  if (rows.length > MAX_BATCH) throw Errors.batchLength();
  const halt = ['1', 'true', 'Y'].includes(String(params['halt'] ?? '0'));

  const results = new Map<string, Json>();
  const result: [string, Json][] = [];
  const errors: [string, Json][] = [];
  const totals: [string, Json][] = [];
  const nexts: [string, Json][] = [];
  const times: [string, Json][] = [];

  for (const [key, row] of rows) {
    const startedAt = Date.now();
    const q = row.indexOf('?');
    const method = (q < 0 ? row : row.slice(0, q)).trim();
    const subParams = resolveRefs(
      parsePhpQuery(q < 0 ? '' : row.slice(q + 1)),
      results,
    ) as JsonObject;
    const journalParams = withoutAuth(subParams);
    try {
      if (method.toLowerCase() === 'batch') throw Errors.batchMethodNotAllowed();
      // Faults may target one sub-command: it fails inside the batch, the others run.
      const delay = portal.faults.take(method, ['delay']);
      if (delay?.type === 'delay') await sleep(delay.ms);
      const fault = portal.faults.take(method, ['error']);
      if (fault?.type === 'error') {
        throw new RestError(fault.status, fault.error, fault.error_description);
      }
      const out = invoke(method, subParams, ctx);
      // Snapshot the answer now: a later row may change the same record (get, then update), and
      // the real portal serialises each row's result as it runs.
      const snapshot = structuredClone(out.result);
      results.set(key, snapshot);
      result.push([key, snapshot]);
      if (out.total !== undefined) totals.push([key, out.total]);
      if (out.next !== undefined) nexts.push([key, out.next]);
      times.push([key, timing(startedAt)]);
      portal.record({ method, params: journalParams, status: 200, parent: parentSeq });
    } catch (error) {
      const err = error instanceof RestError ? error : Errors.internal();
      if (!(error instanceof RestError)) console.error(error);
      errors.push([key, err.toBody()]);
      portal.record({
        method,
        params: journalParams,
        status: err.status,
        error: err.code || err.description,
        parent: parentSeq,
      });
      if (halt) break;
    }
  }

  return {
    result: phpArray(result),
    result_error: phpArray(errors),
    result_total: phpArray(totals),
    result_next: phpArray(nexts),
    result_time: phpArray(times),
  };
}
