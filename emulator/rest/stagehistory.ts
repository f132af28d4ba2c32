// crm.stagehistory.list as the server answers it: docs/server-behaviour.md §7, server source
// crm/lib/controller/stagehistory.php (+ validator/filter.php, base.php prepareDatetime).
// Where the REST docs differ: they document INVALID_ARG_VALUE for unknown order fields and
// directions; the server drops unknown order fields and reads any direction but DESC as ASC.
import { RestError } from '../errors';
import { canReadItems } from '../feature-settings';
import type { Portal } from '../state';
import type { Json, JsonObject, StageHistoryRow } from '../types';
import { asList, asString, page, type MethodDef } from './context';
import { compileFilter, filterProblem, valuesOf } from './engine-filter';

const COMMON = ['ID', 'TYPE_ID', 'OWNER_ID', 'CREATED_TIME'];
const STATUS_FIELDS = [...COMMON, 'STATUS_SEMANTIC_ID', 'STATUS_ID'];
const STAGE_FIELDS = [...COMMON, 'CATEGORY_ID', 'STAGE_SEMANTIC_ID', 'STAGE_ID'];

/** Leads (1) and old invoices (5) name the columns STATUS_*, the rest STAGE_* (§7). */
function fieldsFor(entityTypeId: number): string[] {
  return entityTypeId === 1 || entityTypeId === 5 ? STATUS_FIELDS : STAGE_FIELDS;
}

/** The row as the server's columns name it. */
function columns(row: StageHistoryRow, entityTypeId: number): Record<string, Json> {
  const out: Record<string, Json> = {
    ID: row.ID,
    TYPE_ID: row.TYPE_ID,
    OWNER_ID: row.OWNER_ID,
    CREATED_TIME: row.CREATED_TIME,
  };
  if (entityTypeId === 1 || entityTypeId === 5) {
    out['STATUS_SEMANTIC_ID'] = row.STAGE_SEMANTIC_ID;
    out['STATUS_ID'] = row.STAGE_ID;
  } else {
    out['CATEGORY_ID'] = row.CATEGORY_ID;
    out['STAGE_SEMANTIC_ID'] = row.STAGE_SEMANTIC_ID;
    out['STAGE_ID'] = row.STAGE_ID;
  }
  return out;
}

/**
 * Supported types: leads, deals, old invoices and every dynamic-type-based one the portal has
 * (31 smart invoices, 36 documents, smart processes). Quotes (7) have a factory but no stage
 * history class: ENTITY_TYPE_NOT_SUPPORTED (stagehistory.php getEntity).
 */
function supported(portal: Portal, entityTypeId: number): boolean {
  if (entityTypeId === 1 || entityTypeId === 2 || entityTypeId === 5) return true;
  if (entityTypeId === 7) return false;
  return portal.entityTypes.some((t) => t['ENTITY_TYPE_ID'] === entityTypeId);
}

/** Formats CRestUtil::unConvertDateTime takes: ISO 8601 date or date-time. */
const DATE_TIME = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/;

function validDate(value: Json): boolean {
  return (
    typeof value === 'string' && DATE_TIME.test(value.trim()) && !Number.isNaN(Date.parse(value))
  );
}

/** Row property behind a column name (leads call STAGE_* columns STATUS_*). */
function property(field: string): keyof StageHistoryRow {
  if (field === 'STATUS_ID') return 'STAGE_ID';
  if (field === 'STATUS_SEMANTIC_ID') return 'STAGE_SEMANTIC_ID';
  return field as keyof StageHistoryRow;
}

/** prepareOrder: known fields only, DESC or else ASC. No order = database order (ID). */
function orderKeys(order: Json | undefined, allowed: string[]): [keyof StageHistoryRow, number][] {
  const keys: [keyof StageHistoryRow, number][] = [];
  if (order && typeof order === 'object' && !Array.isArray(order)) {
    for (const [field, dir] of Object.entries(order)) {
      if (allowed.includes(field)) {
        keys.push([property(field), asString(dir).toUpperCase() === 'DESC' ? -1 : 1]);
      }
    }
  }
  return keys;
}

function sortRows(rows: StageHistoryRow[], keys: [keyof StageHistoryRow, number][]) {
  if (keys.length === 0) return rows;
  const cmp = (a: unknown, b: unknown) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return [...rows].sort((a, b) => {
    for (const [field, dir] of keys) {
      const c = cmp(a[field], b[field]);
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}

/** First index worth scanning: history is kept in ID order, so a top-level `>ID` skips ahead. */
function firstIndex(history: readonly StageHistoryRow[], filter: Json | undefined): number {
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) return 0;
  const gt = Number(filter['>ID'] ?? filter['>=ID'] ?? NaN);
  if (!Number.isFinite(gt)) return 0;
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((history[mid]?.ID ?? 0) < gt) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One cached query per portal: the 50 pages of one batch share it (history only grows). */
const cache = new WeakMap<Portal, { key: string; rows: StageHistoryRow[] }>();

/** prepareSelect: known fields; none = all; ID always (appended when missing). */
function selection(select: Json | undefined, allowed: string[]): string[] {
  const wanted = asList(select)
    .map((s) => asString(s))
    .filter((s) => allowed.includes(s));
  const out = wanted.length ? [...new Set(wanted)] : allowed;
  return out.includes('ID') ? out : [...out, 'ID'];
}

export const stageHistoryMethods: Record<string, MethodDef> = {
  'crm.stagehistory.list': {
    handler: (params, { portal, caller }) => {
      const raw = asString(params['entityTypeId']);
      const entityTypeId = Number(raw);
      if (!supported(portal, entityTypeId)) {
        throw new RestError(
          400,
          'ENTITY_TYPE_NOT_SUPPORTED',
          `Entity type ${raw || 'null'} is not supported`,
        );
      }
      const allowed = fieldsFor(entityTypeId);
      const filter = params['filter'];
      const problem = filterProblem(filter, allowed);
      if (problem) throw problem;
      if (!valuesOf(filter, 'CREATED_TIME').every(validDate)) {
        throw new RestError(400, 'WRONG_DATETIME_FORMAT', 'Wrong date format');
      }
      const test = compileFilter(filter as JsonObject, {
        property,
        dateFields: ['CREATED_TIME'],
      });
      const keys = orderKeys(params['order'], allowed);
      // Rows of items the caller may not read are left out, never refused (§7, §9).
      const readable = canReadItems(portal.settings, caller);
      const fields = selection(params['select'], allowed);
      const view = (h: StageHistoryRow) => {
        const c = columns(h, entityTypeId);
        return Object.fromEntries(fields.map((f) => [f, c[f] ?? null]));
      };
      const idOrder =
        keys.length === 0 || (keys.length === 1 && keys[0]?.[0] === 'ID' && keys[0][1] === 1);
      if (asString(params['start']) === '-1' && idOrder) {
        // start=-1: the first 50 rows, no count (docs/server-behaviour.md §7): scan only that far.
        const items: Json[] = [];
        const { history } = portal;
        for (
          let i = firstIndex(history, filter);
          readable && i < history.length && items.length < 50;
          i++
        ) {
          const h = history[i];
          if (
            h &&
            h.ENTITY_TYPE_ID === entityTypeId &&
            test(h as unknown as Record<string, unknown>)
          ) {
            items.push(view(h));
          }
        }
        return { result: { items } };
      }
      const key = JSON.stringify([
        entityTypeId,
        filter ?? null,
        keys,
        readable,
        portal.history.length,
      ]);
      let hit = cache.get(portal);
      if (hit?.key !== key) {
        const matched = readable
          ? portal.history.filter(
              (h) =>
                h.ENTITY_TYPE_ID === entityTypeId && test(h as unknown as Record<string, unknown>),
            )
          : [];
        hit = { key, rows: sortRows(matched, keys) };
        cache.set(portal, hit);
      }
      const { rows: pageRows, meta } = page(hit.rows, params['start']);
      const items = pageRows.map(view);
      return { result: { items }, ...meta };
    },
  },
};
