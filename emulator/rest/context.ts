// What every REST method handler receives and returns.
import type { Portal } from '../state';
import type { Caller, Json, JsonObject } from '../types';

export interface RestContext {
  portal: Portal;
  caller: Caller;
}

export interface RestResult {
  result: Json;
  /** List methods: total row count (omitted when start = -1). */
  total?: number;
  /** List methods: offset of the next page, only when one exists. */
  next?: number;
}

export type Handler = (params: JsonObject, ctx: RestContext) => RestResult;

export interface MethodDef {
  handler: Handler;
  /**
   * Needs the right to edit CRM settings (a portal or CRM administrator); refused in the way of
   * the method's family (invoke.ts). crm.status.* check this themselves, in the server's order.
   */
  write?: boolean;
  /** Needs a portal administrator (rest module: 403 ACCESS_DENIED). */
  portalAdmin?: boolean;
  /** Needs an app's OAuth token; a webhook gets 403 WRONG_AUTH_TYPE. */
  appOnly?: boolean;
  /** The scope the method belongs to; by default derived from its name (invoke.ts). */
  scope?: string;
}

export const PAGE_SIZE = 50;

export function asObject(value: Json | undefined): JsonObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

export function asString(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return '';
  return String(value);
}

/** Positive integer id from a number or numeric string, else null. */
export function asId(value: Json | undefined): number | null {
  const text = asString(value).trim();
  if (!/^\d+$/.test(text)) return null;
  const id = Number(text);
  return id > 0 ? id : null;
}

/** Values of a PHP list that may arrive as a JSON array or an index-keyed object. */
export function asList(value: Json | undefined): Json[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return value === undefined || value === null || value === '' ? [] : [value];
}

/** Offset paging shared by list methods: pages of 50, `start:-1` = no total/next. */
export function page<T>(
  rows: T[],
  start: Json | undefined,
): { rows: T[]; meta: Omit<RestResult, 'result'> } {
  const raw = Number(asString(start) || 0);
  if (raw === -1) return { rows: rows.slice(0, PAGE_SIZE), meta: {} };
  const offset = Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
  const slice = rows.slice(offset, offset + PAGE_SIZE);
  const meta: Omit<RestResult, 'result'> = { total: rows.length };
  if (offset + PAGE_SIZE < rows.length) meta.next = offset + PAGE_SIZE;
  return { rows: slice, meta };
}
