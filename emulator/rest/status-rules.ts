// The rules crm.status.add/update apply to values, as the server code applies them
// (docs/server-behaviour.md §1; crm/classes/general/crm_status.php Add, Update, validateStatusId;
// crm/lib/statustable.php onBeforeAdd, getMap). Pure functions, no portal state.
import type { EntityType, Json, StatusRow } from '../types';
import type { StatusIdProblem } from './status-errors';

/** b_crm_status.NAME is varchar(100) (statustable.php getMap). */
export const NAME_MAX_LENGTH = 100;
/** b_crm_status.COLOR is varchar(10). */
export const COLOR_MAX_LENGTH = 10;
/** CCrmStatus::DEFAULT_SORT: what a SORT of 0, below 0 or not a number becomes. */
export const DEFAULT_SORT = 10;

/** PHP's (int) cast: numbers truncate, strings keep their leading number ("12abc" → 12), else 0. */
export function phpInt(value: Json | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return 0;
  const match = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(value);
  return match ? Math.trunc(Number(match[0])) || 0 : 0;
}

/** CCrmStatus Add/Update: `(int)SORT`, and anything ≤ 0 becomes 10. */
export function coerceSort(value: Json | undefined): number {
  const sort = phpInt(value ?? 0);
  return sort <= 0 ? DEFAULT_SORT : sort;
}

/** PHP's empty(): '', '0', 0, false, null and missing are empty. */
export function phpEmpty(value: Json | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    value === '0' ||
    value === 0 ||
    value === false
  );
}

/** mb_strlen: characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  return Array.from(text).length;
}

export function prefixOf(type: EntityType): string {
  return typeof type['PREFIX'] === 'string' ? type['PREFIX'] : '';
}

/**
 * CCrmStatus::addPrefixToStatusId: everything up to the first `:` is cut, then the directory's own
 * prefix is put in front. `C2:X` sent to DEAL_STAGE_1 is stored as `C1:X`; a directory without a
 * prefix just loses it (`A:B` → `B`).
 */
export function splitStatusId(raw: string, prefix: string): { code: string; stored: string } {
  const colon = raw.indexOf(':');
  const code = colon < 0 ? raw : raw.slice(colon + 1);
  return { code, stored: prefix ? `${prefix}:${code}` : code };
}

const DEAL_DIRECTORY = /^DEAL_STAGE(_\d+)?$/;

/**
 * validateStatusId's limits, counted WITHOUT the prefix. The permission table's ATTR column is
 * varchar(30) and holds "<FIELD><prefix:><code>": leads 21, quotes 22, deals 22 minus the prefix
 * (`C5:` leaves 19). These also allow only [0-9A-Za-z_-]. Every other directory: the 50 characters
 * of STATUS_ID minus the prefix, any character.
 */
export function statusIdLimit(entityId: string, prefix: string): { max: number; strict: boolean } {
  const prefixLength = prefix ? charLength(prefix) + 1 : 0;
  const permission = 30 - prefixLength;
  if (entityId === 'STATUS') return { max: permission - 'STATUS_ID'.length, strict: true };
  if (entityId === 'QUOTE_STATUS') return { max: permission - 'QUOTE_ID'.length, strict: true };
  if (DEAL_DIRECTORY.test(entityId)) return { max: permission - 'STAGE_ID'.length, strict: true };
  return { max: 50 - prefixLength, strict: false };
}

/** Codes compare as the portal's database collation does: case-insensitively. */
export function sameCode(a: unknown, b: unknown): boolean {
  return String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
}

/** The first problem of a STATUS_ID, in the server's order: length, characters, duplicate. */
export function statusIdProblem(
  code: string,
  stored: string,
  limit: { max: number; strict: boolean },
  siblings: StatusRow[],
): StatusIdProblem | null {
  if (charLength(code) > limit.max) return 'too-long';
  if (limit.strict && !/^[0-9A-Z_-]+$/i.test(code)) return 'bad-chars';
  if (siblings.some((r) => sameCode(r.STATUS_ID, stored))) return 'duplicate';
  return null;
}

export type ZoneProblem =
  'second-success' | 'failure-before-success' | 'process-after-success' | 'unsupported';

/**
 * StatusTable::onBeforeAdd. The success SORT is the smallest SORT among the directory's `S` rows;
 * without one the sort rules are skipped. Only add checks this: update checks no zones.
 */
export function zoneProblem(
  siblings: StatusRow[],
  semantics: string,
  sort: number,
): ZoneProblem | null {
  const successSorts = siblings.filter((r) => r.SEMANTICS === 'S').map((r) => phpInt(r.SORT));
  const successSort = successSorts.length ? Math.min(...successSorts) : null;
  if (semantics === 'S') return successSorts.length ? 'second-success' : null;
  if (semantics === 'F') {
    return successSort !== null && sort <= successSort ? 'failure-before-success' : null;
  }
  if (semantics === 'P') {
    return successSort !== null && sort >= successSort ? 'process-after-success' : null;
  }
  return 'unsupported';
}
