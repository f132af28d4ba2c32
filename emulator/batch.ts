// The `batch` method as CRestProvider::methodsBatch runs it (docs/server-behaviour.md §2;
// rest/classes/general/rest_provider.php). Commands are `method?query` strings (the SDK encodes
// them with qs); they run in order; `$result[key][field]` refers to earlier answers. Where the docs
// differ: more than 50 commands run the first 50 and refuse each later one INSIDE the HTTP 200; a
// nested batch is refused inside the 200 too; halt stops after any failure, empty code included.
import { Errors, RestError } from './errors';
import { ANSWER_FAULTS, faultAnswer } from './faults';
import { sleep } from './http-util';
import { invoke, withoutAuth } from './invoke';
import { parsePhpQuery } from './php-query';
import type { RestContext, RestResult } from './rest';
import { timing } from './timing';
import type { Json, JsonObject } from './types';

/** CRestUtil::BATCH_MAX_LENGTH */
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

/** PHP truthiness, for `halt`. */
function truthy(value: Json | undefined): boolean {
  if (value === undefined || value === null || value === false || value === 0) return false;
  if (value === '' || value === '0') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
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

/** The commands in order; keys are case-insensitive (`cmd`/`CMD`), as the provider uppercases them. */
function commandsOf(params: JsonObject): { cmd: Json | undefined; halt: Json | undefined } {
  const upper = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toUpperCase(), v]));
  return { cmd: upper['CMD'], halt: upper['HALT'] };
}

/** One command: its faults, then the method. Throws a RestError when it fails. */
async function runCommand(
  method: string,
  params: JsonObject,
  ctx: RestContext,
): Promise<RestResult> {
  if (method === 'batch') throw Errors.batchMethodNotAllowed();
  const delay = ctx.portal.faults.take(method, ['delay']);
  if (delay?.type === 'delay') await sleep(delay.ms);
  const fault = ctx.portal.faults.take(method, ANSWER_FAULTS);
  const answer = fault && faultAnswer(fault);
  if (answer && 'error' in answer) throw answer.error;
  if (answer) return answer;
  return invoke(method, params, ctx);
}

export async function runBatch(
  params: JsonObject,
  ctx: RestContext,
  parentSeq: number,
): Promise<JsonObject> {
  const { portal } = ctx;
  const mode = portal.settings.answers;
  const { cmd, halt: haltParam } = commandsOf(params);
  const entries: [string, Json][] = Array.isArray(cmd)
    ? cmd.map((row, i) => [String(i), row])
    : cmd && typeof cmd === 'object'
      ? Object.entries(cmd)
      : [];
  if (mode === 'docs' && entries.length > MAX_BATCH) throw Errors.batchLength().in('docs');
  const halt = truthy(haltParam);

  const results = new Map<string, Json>();
  const result: [string, Json][] = [];
  const errors: [string, Json][] = [];
  const totals: [string, Json][] = [];
  const nexts: [string, Json][] = [];
  const times: [string, Json][] = [];
  // The application exception a failing command left behind: it outlives that command (§2).
  let pending: string | undefined;

  for (const [index, [key, row]] of entries.entries()) {
    if (index < MAX_BATCH && typeof row !== 'string') continue; // skipped, but counted
    const startedAt = Date.now();
    const text = typeof row === 'string' ? row : '';
    const q = text.indexOf('?');
    const method = (q < 0 ? text : text.slice(0, q)).trim();
    const subParams = resolveRefs(
      parsePhpQuery(q < 0 ? '' : text.slice(q + 1)),
      results,
    ) as JsonObject;
    const journalParams = withoutAuth(subParams);
    try {
      if (index >= MAX_BATCH) throw Errors.batchLength();
      const out = await runCommand(method, subParams, ctx);
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
      if (!(error instanceof RestError)) console.error(error);
      let err = (error instanceof RestError ? error : Errors.internal()).in(mode);
      if (mode === 'server') {
        if (err.appException) pending = err.appException;
        else if (pending) err = err.asCoreError(pending);
      }
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
