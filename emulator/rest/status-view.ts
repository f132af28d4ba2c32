// How crm.status.get/list present rows, and how list filters and orders them
// (docs/server-behaviour.md §1; crm/classes/general/restservice.php CCrmStatusRestProxy,
// CCrmRestProxyBase::internalizeFilterFields; crm/classes/general/crm_status.php GetList).
import type { Portal } from '../state';
import type { EntityType, Json, JsonObject, StatusRow } from '../types';
import { StatusErrors } from './status-errors';
import { phpInt, sameCode } from './status-rules';

/** EXTRA is added for lead, quote and deal stages only (prepareExtra), never for DT directories. */
function hasExtra(entityId: string): boolean {
  return (
    entityId === 'STATUS' || entityId === 'QUOTE_STATUS' || /^DEAL_STAGE(_\d+)?$/.test(entityId)
  );
}

/**
 * EXTRA.SEMANTICS ignores the stored SEMANTICS (CCrmDeal::GetStageSemantics, CCrmLead::
 * GetStatusSemantics): the directory's success code is `success`, its failure code `failure`,
 * anything sorted after the success stage `apology`, the rest `process`.
 */
function extraSemantics(
  row: StatusRow,
  siblings: StatusRow[],
  type: EntityType | undefined,
): string {
  const info = type?.['SEMANTIC_INFO'];
  const field = (key: string) =>
    info && typeof info === 'object' && !Array.isArray(info) ? String(info[key] ?? '') : '';
  if (row.STATUS_ID === field('FINAL_SUCCESS_FIELD')) return 'success';
  if (row.STATUS_ID === field('FINAL_UNSUCCESS_FIELD')) return 'failure';
  const success = siblings.find((r) => r.STATUS_ID === field('FINAL_SUCCESS_FIELD'));
  return success && phpInt(row.SORT) > phpInt(success.SORT) ? 'apology' : 'process';
}

/** One row as get/list answer it: the documented key order, EXTRA computed, nothing else. */
export function statusView(portal: Portal, row: StatusRow): JsonObject {
  const out: JsonObject = {
    ID: row.ID,
    ENTITY_ID: row.ENTITY_ID,
    STATUS_ID: row.STATUS_ID,
    NAME: row.NAME,
    NAME_INIT: row.NAME_INIT,
    SORT: row.SORT,
    SYSTEM: row.SYSTEM,
    CATEGORY_ID: row.CATEGORY_ID,
    COLOR: row.COLOR,
    SEMANTICS: row.SEMANTICS,
  };
  if (hasExtra(String(row.ENTITY_ID))) {
    const siblings = portal.statuses.filter((r) => r.ENTITY_ID === row.ENTITY_ID);
    const type = portal.entityType(String(row.ENTITY_ID));
    out['EXTRA'] = { SEMANTICS: extraSemantics(row, siblings, type), COLOR: row.COLOR ?? '' };
  }
  return out;
}

/** Fields of crm.status.fields: internalizeFilterFields drops every other key (exact case). */
export const STATUS_FIELD_NAMES = [
  'ID',
  'ENTITY_ID',
  'STATUS_ID',
  'SORT',
  'NAME',
  'NAME_INIT',
  'SYSTEM',
  'CATEGORY_ID',
  'COLOR',
  'SEMANTICS',
  'EXTRA',
];
const STRING_ONLY = ['ENTITY_ID', 'STATUS_ID', 'SORT', 'SEMANTICS'];

const phpString = (value: Json): string =>
  value === null || value === false
    ? ''
    : value === true
      ? '1'
      : typeof value === 'object'
        ? 'Array'
        : String(value);

/** One condition of CCrmStatus::GetList, or null for a key GetList does not know. */
function condition(key: string, value: Json): ((row: StatusRow) => boolean) | null {
  const text = phpString(value);
  switch (key) {
    case 'ID':
    case 'SORT':
      return (row) => /^\s*[+-]?\d/.test(text) && phpInt(row[key]) === phpInt(text);
    case 'ENTITY_ID':
    case 'STATUS_ID':
    case 'SEMANTICS':
      return (row) => row[key] !== null && sameCode(row[key], text);
    case 'NAME':
      return (row) =>
        String(row.NAME ?? '')
          .toLowerCase()
          .includes(text.toLowerCase());
    case 'SYSTEM':
      return (row) => row.SYSTEM === (text === 'Y' ? 'Y' : 'N');
    case 'CATEGORY_ID':
      return (row) => row.CATEGORY_ID !== null && phpInt(row.CATEGORY_ID) === phpInt(text);
    default:
      return null;
  }
}

/**
 * The list filter: only exact UPPER field names survive; a key with an operator (`=ENTITY_ID`,
 * `>ID`) survives that step but GetList does not know it, so it is silently ignored too. `""`
 * values are skipped; arrays for four fields are refused. Matching is equality, except NAME: every
 * word of the value must occur in the name.
 */
export function filterStatuses(rows: StatusRow[], filter: JsonObject): StatusRow[] {
  for (const field of STRING_ONLY) {
    if (Array.isArray(filter[field]) || (filter[field] && typeof filter[field] === 'object')) {
      throw StatusErrors.filterMustBeString(field);
    }
  }
  let out = rows;
  for (const [key, value] of Object.entries(filter)) {
    if (!STATUS_FIELD_NAMES.includes(key) || phpString(value) === '') continue;
    const test = condition(key, value);
    if (test) out = out.filter(test);
  }
  return out;
}

const NUMERIC_ORDER = ['ID', 'SORT', 'CATEGORY_ID'];

function compare(a: unknown, b: unknown, numeric: boolean): number {
  if (a === null || a === undefined || b === null || b === undefined) {
    return a === b || (a == null && b == null) ? 0 : a == null ? -1 : 1; // NULL first, as MySQL
  }
  if (numeric) return phpInt(a as Json) - phpInt(b as Json);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The list order: keys in any case, any direction but ASC means DESC. No order → SORT ASC; an order
 * naming no known field → ID DESC. No tiebreak: equal keys keep the table's own order.
 */
export function orderStatuses(rows: StatusRow[], order: JsonObject): StatusRow[] {
  const entries = Object.keys(order).length ? Object.entries(order) : [['SORT', 'ASC'] as const];
  const keys: [keyof StatusRow, number, boolean][] = [];
  for (const [key, dir] of entries) {
    const field = key.toUpperCase();
    if (
      ![
        'ID',
        'ENTITY_ID',
        'STATUS_ID',
        'NAME',
        'SORT',
        'SYSTEM',
        'CATEGORY_ID',
        'SEMANTICS',
      ].includes(field)
    ) {
      continue;
    }
    const asc = typeof dir === 'string' && dir.toUpperCase() === 'ASC';
    keys.push([field as keyof StatusRow, asc ? 1 : -1, NUMERIC_ORDER.includes(field)]);
  }
  if (keys.length === 0) keys.push(['ID', -1, true]);
  return [...rows].sort((a, b) => {
    for (const [field, dir, numeric] of keys) {
      const c = compare(a[field], b[field], numeric);
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}
