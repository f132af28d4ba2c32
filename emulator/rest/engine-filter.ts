// Filters of the CRM "engine" controllers (crm.stagehistory.list, crm.item.list): validated first,
// then applied. docs/server-behaviour.md §7, §8; server source crm/lib/controller/validator/filter.php
// (which keys and value types pass) and crm/lib/controller/stagehistory.php (a key without an
// operator means `=`, CREATED_TIME values must parse). The legacy crm.status.* filter is another
// animal (rest/query.ts).
import { RestError } from '../errors';
import type { Json, JsonObject } from '../types';

/** Every prefix Validator\Filter accepts, longest first so `!><` wins over `!`. */
const PREFIXES = [
  '!><',
  '!=%',
  '!%=',
  '!@',
  '!=',
  '!%',
  '><',
  '>=',
  '<=',
  '=%',
  '%=',
  '=',
  '%',
  '>',
  '<',
  '@',
  '!',
  '',
];
/** Prefixes whose value may be a list (`@STAGE_ID: [...]`, `STAGE_ID: [...]` = IN). */
const LIST_PREFIXES = new Set(['@', '!@', '!=', '=', '']);

const invalidArg = (text: string) => new RestError(400, 'INVALID_ARG_VALUE', text);

function isList(value: Json | undefined): value is Json[] | JsonObject {
  return value !== null && typeof value === 'object';
}

function splitKey(key: string): { prefix: string; field: string } {
  for (const prefix of PREFIXES) {
    if (prefix && key.startsWith(prefix) && key.length > prefix.length) {
      return { prefix, field: key.slice(prefix.length) };
    }
  }
  return { prefix: '', field: key };
}

/**
 * First problem of a filter, as the controller reports only its first error (§0), or null.
 * `allowed` are the field names in the form the server validates them (UPPER_SNAKE).
 */
export function filterProblem(
  filter: Json | undefined,
  allowed: readonly string[],
): RestError | null {
  if (filter === undefined || filter === null || filter === '') return null;
  if (!isList(filter)) return invalidArg('filter should be an associative array');
  const entries = Array.isArray(filter)
    ? filter.map((v, i) => [String(i), v] as const)
    : Object.entries(filter);
  for (const [key, value] of entries) {
    if (isList(value)) {
      const nested = filterProblem(value, allowed);
      if (nested) return nested;
    }
    const numeric = /^\d+$/.test(key);
    const { prefix, field } = splitKey(key);
    const known = key === 'LOGIC' || key === 'logic' || numeric || allowed.includes(field);
    if (!known) return invalidArg(`Invalid filter: field '${key}' is not allowed in filter`);
    if (isList(value) && !(LIST_PREFIXES.has(prefix) || numeric)) {
      return invalidArg(`Invalid filter: field '${key}' has invalid value`);
    }
  }
  return null;
}

type Row = Record<string, unknown>;
type Test = (row: Row) => boolean;

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  return String(value);
}

function compare(a: unknown, b: unknown, dates: boolean): number {
  if (dates) return Date.parse(text(a)) - Date.parse(text(b));
  const x = text(a);
  const y = text(b);
  if (x !== '' && y !== '' && Number.isFinite(Number(x)) && Number.isFinite(Number(y))) {
    return Number(x) - Number(y);
  }
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  return lx < ly ? -1 : lx > ly ? 1 : 0;
}

function like(value: unknown, pattern: string): boolean {
  const re = pattern
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${re}$`, 's').test(text(value).toLowerCase());
}

function values(value: Json): Json[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return [value];
}

export interface CompileOptions {
  /** Row property for a validated field name (e.g. STAGE_ID → stageId); identity by default. */
  property?: (field: string) => string;
  /** Fields compared as instants (CREATED_TIME). */
  dateFields?: readonly string[];
}

function condition(prefix: string, field: string, value: Json, options: CompileOptions): Test {
  const prop = options.property ? options.property(field) : field;
  const dates = options.dateFields?.includes(field) ?? false;
  const list = values(value);
  const eq = (v: unknown, x: Json) =>
    x === null ? v === null || v === undefined || v === '' : compare(v, x, dates) === 0;
  const inList = (v: unknown) => list.some((x) => eq(v, x));
  const [low = null, high = null] = list;
  const first = list[0] ?? null;
  switch (prefix) {
    case '':
    case '=':
    case '@':
      return (row) => inList(row[prop]);
    case '!':
    case '!=':
    case '!@':
      return (row) => !inList(row[prop]);
    case '>':
      return (row) => compare(row[prop], first, dates) > 0;
    case '>=':
      return (row) => compare(row[prop], first, dates) >= 0;
    case '<':
      return (row) => compare(row[prop], first, dates) < 0;
    case '<=':
      return (row) => compare(row[prop], first, dates) <= 0;
    case '><':
    case '!><': {
      const between = (row: Row) =>
        compare(row[prop], low, dates) >= 0 && compare(row[prop], high, dates) <= 0;
      return prefix === '><' ? between : (row) => !between(row);
    }
    case '%':
      return (row) => text(row[prop]).toLowerCase().includes(text(first).toLowerCase());
    case '!%':
      return (row) => !text(row[prop]).toLowerCase().includes(text(first).toLowerCase());
    case '=%':
    case '%=':
      return (row) => like(row[prop], text(first));
    default:
      return (row) => !like(row[prop], text(first));
  }
}

/** A validated filter as a row predicate; `LOGIC: 'OR'` and numbered sub-filters nest. */
export function compileFilter(filter: Json | undefined, options: CompileOptions = {}): Test {
  if (!isList(filter)) return () => true;
  const entries = Array.isArray(filter)
    ? filter.map((v, i) => [String(i), v] as const)
    : Object.entries(filter);
  const tests: Test[] = [];
  let or = false;
  for (const [key, value] of entries) {
    if (key === 'LOGIC' || key === 'logic') {
      or = String(value).toUpperCase() === 'OR';
      continue;
    }
    if (/^\d+$/.test(key)) {
      tests.push(compileFilter(value, options));
      continue;
    }
    const { prefix, field } = splitKey(key);
    tests.push(condition(prefix, field, value, options));
  }
  if (tests.length === 0) return () => true;
  return or ? (row) => tests.some((t) => t(row)) : (row) => tests.every((t) => t(row));
}

/** Every value of `field` anywhere in the filter (to check CREATED_TIME formats). */
export function valuesOf(filter: Json | undefined, field: string): Json[] {
  if (!isList(filter)) return [];
  const out: Json[] = [];
  const entries = Array.isArray(filter)
    ? filter.map((v, i) => [String(i), v] as const)
    : Object.entries(filter);
  for (const [key, value] of entries) {
    if (/^\d+$/.test(key)) out.push(...valuesOf(value, field));
    else if (splitKey(key).field === field) out.push(...values(value));
  }
  return out;
}
