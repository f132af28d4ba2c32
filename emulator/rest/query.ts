// Filter and order semantics of Bitrix24 list methods (crm.status.list, crm.item.list,
// crm.stagehistory.list). Operators are prefixes of the field name (`>ID`, `!STATUS_ID`,
// `%NAME`), documented on the crm.stagehistory.list page. Comparisons are case-insensitive because
// the portal's MySQL collation is.
import type { Json, JsonObject } from '../types';
import { asList } from './context';

type Row = Record<string, unknown>;

const OPERATOR = /^(>=|<=|!=%|!%=|!@|!=|!%|=%|%=|>|<|@|!|%|=)?(.+)$/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  return String(value);
}

function compare(a: unknown, b: unknown): number {
  const x = scalar(a);
  const y = scalar(b);
  const nx = Number(x);
  const ny = Number(y);
  if (x !== '' && y !== '' && Number.isFinite(nx) && Number.isFinite(ny)) return nx - ny;
  // Empty/NULL sorts first in ascending order, as in MySQL.
  if (x === '' || y === '') return x === y ? 0 : x === '' ? -1 : 1;
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  return lx < ly ? -1 : lx > ly ? 1 : 0;
}

function like(value: unknown, pattern: string, explicit: boolean): boolean {
  const text = scalar(value).toLowerCase();
  const p = pattern.toLowerCase();
  if (!explicit) return text.includes(p);
  const re = new RegExp(
    `^${p
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%/g, '.*')
      .replace(/_/g, '.')}$`,
    's',
  );
  return re.test(text);
}

export interface FilterOptions {
  /** Maps a filter field name to the row property (e.g. camelCase aliases). */
  resolve?: (field: string) => string | null;
}

/** Applies a Bitrix24 filter object. Unknown fields (resolve → null) are reported as errors. */
export function applyFilter<T extends Row>(
  rows: T[],
  filter: JsonObject,
  options: FilterOptions & { onUnknown?: (field: string) => void } = {},
): T[] {
  let out = rows;
  for (const [rawKey, rawValue] of Object.entries(filter)) {
    const match = OPERATOR.exec(rawKey);
    if (!match) continue;
    const op = match[1] ?? '=';
    const field = options.resolve ? options.resolve(match[2] ?? '') : (match[2] ?? '');
    if (field === null) {
      options.onUnknown?.(match[2] ?? '');
      continue;
    }
    const values =
      Array.isArray(rawValue) || (rawValue && typeof rawValue === 'object')
        ? asList(rawValue)
        : [rawValue];
    const anyEq = (v: unknown) => values.some((x: Json) => compare(v, x) === 0);
    const first = values[0] ?? null;
    out = out.filter((row) => {
      const v = row[field];
      switch (op) {
        case '=':
        case '@':
          return anyEq(v);
        case '!':
        case '!=':
        case '!@':
          return !anyEq(v);
        case '>':
          return compare(v, first) > 0;
        case '<':
          return compare(v, first) < 0;
        case '>=':
          return compare(v, first) >= 0;
        case '<=':
          return compare(v, first) <= 0;
        case '%':
          return like(v, scalar(first), false);
        case '=%':
        case '%=':
          return like(v, scalar(first), true);
        case '!%':
          return !like(v, scalar(first), false);
        default:
          return !like(v, scalar(first), true);
      }
    });
  }
  return out;
}

/**
 * Sorts by the requested fields, then by `tieBreak` fields ascending (numerically when numeric),
 * so equal SORT values come back in a stable, documented order (ID ascending).
 */
export function applyOrder<T extends Row>(
  rows: T[],
  order: JsonObject,
  tieBreak: string[],
  resolve: (field: string) => string | null = (f) => f,
): T[] {
  const keys: [string, number][] = [];
  for (const [field, dir] of Object.entries(order)) {
    const prop = resolve(field);
    if (prop) keys.push([prop, String(dir).toUpperCase() === 'DESC' ? -1 : 1]);
  }
  for (const field of tieBreak) keys.push([field, 1]);
  return [...rows].sort((a, b) => {
    for (const [prop, dir] of keys) {
      const c = compare(a[prop], b[prop]);
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}
