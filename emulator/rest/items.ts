// CRM items deep enough for a stage editor and its analytics: counting and listing items
// (crm.item.list), moving them between stages and pipelines (crm.item.update, crm.deal.update).
// docs/server-behaviour.md §8; server source crm/lib/controller/item.php (camelCase names become
// UPPER_SNAKE, filter and order validated, only readable items listed). The stage history the
// moves leave is served by rest/stagehistory.ts.
import { RestError } from '../errors';
import { canReadItems } from '../feature-settings';
import type { Portal } from '../state';
import type { CrmItem, Json, JsonObject } from '../types';
import { asId, asList, asObject, asString, page, type MethodDef } from './context';
import { compileFilter, filterProblem } from './engine-filter';
import { moveItem, replaceItem } from './item-move';

/** Modelled columns, by the UPPER_SNAKE name the server validates. */
const COLUMNS: Record<string, keyof CrmItem> = {
  ID: 'id',
  ENTITY_TYPE_ID: 'entityTypeId',
  CATEGORY_ID: 'categoryId',
  STAGE_ID: 'stageId',
  STATUS_ID: 'stageId', // leads: stageId maps onto STATUS_ID (§8)
  TITLE: 'title',
  OPPORTUNITY: 'opportunity',
  CURRENCY_ID: 'currencyId',
  ASSIGNED_BY_ID: 'assignedById',
  CREATED_TIME: 'createdTime',
  UPDATED_TIME: 'updatedTime',
};
/** Real columns we do not model: accepted in filters and order, they match nothing but null. */
const OTHER_COLUMNS = [
  'CREATED_BY',
  'UPDATED_BY',
  'MOVED_BY',
  'MOVED_TIME',
  'BEGINDATE',
  'CLOSEDATE',
  'CLOSED',
  'COMPANY_ID',
  'CONTACT_ID',
  'SOURCE_ID',
  'XML_ID',
];
const ALLOWED = [...Object.keys(COLUMNS), ...OTHER_COLUMNS];

/** `stageId` → STAGE_ID, `>id` → `>ID`; UPPER names stay as they are. */
function upperName(key: string): string {
  const match = /^([^A-Za-z]*)(.*)$/.exec(key);
  const prefix = match?.[1] ?? '';
  const field = match?.[2] ?? key;
  if (!/[a-z]/.test(field)) return key;
  return prefix + field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function upperKeys(value: Json | undefined): Json | undefined {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => upperKeys(v) ?? null);
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      /^\d+$/.test(k) ? k : upperName(k),
      v && typeof v === 'object' && /^\d+$/.test(k) ? (upperKeys(v) ?? null) : v,
    ]),
  );
}

const invalidArg = (text: string) => new RestError(400, 'INVALID_ARG_VALUE', text);
const accessDenied = () => new RestError(400, 'ACCESS_DENIED', 'Access denied.');

function requireEntityType(portal: Portal, value: Json | undefined): number {
  const entityTypeId = asId(value);
  if (
    entityTypeId === null ||
    !portal.entityTypes.some((t) => t['ENTITY_TYPE_ID'] === entityTypeId)
  ) {
    throw new RestError(400, 'NOT_FOUND', 'Smart process not found');
  }
  return entityTypeId;
}

function itemView(item: CrmItem, select: string[] | null): JsonObject {
  const full: JsonObject = { ...item };
  delete full['recycled'];
  if (item.entityTypeId === 1) full['statusId'] = item.stageId;
  if (!select) return full;
  const out: JsonObject = { id: item.id };
  for (const field of select) {
    const prop = COLUMNS[upperName(field)];
    if (prop)
      out[prop === 'stageId' && upperName(field) === 'STATUS_ID' ? 'statusId' : prop] =
        full[prop] ?? null;
  }
  return out;
}

function orderOf(order: Json | undefined): [keyof CrmItem, number][] {
  const keys: [keyof CrmItem, number][] = [];
  for (const [raw, dir] of Object.entries(asObject(order))) {
    const field = upperName(raw);
    const direction = asString(dir).toUpperCase();
    if (!ALLOWED.includes(field))
      throw invalidArg(`Invalid order: field '${field}' is not allowed in order`);
    if (direction !== 'ASC' && direction !== 'DESC') {
      throw invalidArg(
        `Invalid order: allowed sort directions are ASC, DESC. But got '${direction}' for field '${field}'`,
      );
    }
    const prop = COLUMNS[field];
    if (prop) keys.push([prop, direction === 'DESC' ? -1 : 1]);
  }
  keys.push(['id', 1]);
  return keys;
}

function sortItems(items: CrmItem[], keys: [keyof CrmItem, number][]): CrmItem[] {
  return [...items].sort((a, b) => {
    for (const [prop, dir] of keys) {
      const x = a[prop];
      const y = b[prop];
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}

export const itemMethods: Record<string, MethodDef> = {
  'crm.item.list': {
    handler: (params, { portal, caller }) => {
      const entityTypeId = requireEntityType(portal, params['entityTypeId']);
      const filter = upperKeys(params['filter']);
      const problem = filterProblem(filter, ALLOWED);
      if (problem) throw problem;
      const keys = orderOf(params['order']);
      const test = compileFilter(filter, { property: (f) => COLUMNS[f] ?? f });
      // Items the caller may not read are left out, never refused; the recycle bin is not listed.
      const rows = canReadItems(portal.settings, caller)
        ? portal.items.filter(
            (i) =>
              i.entityTypeId === entityTypeId &&
              !i.recycled &&
              test(i as unknown as Record<string, unknown>),
          )
        : [];
      const select = asList(params['select']).map((s) => asString(s));
      const useSelect = select.length > 0 && !select.includes('*') ? select : null;
      const { rows: pageRows, meta } = page(sortItems(rows, keys), params['start']);
      return { result: { items: pageRows.map((i) => itemView(i, useSelect)) }, ...meta };
    },
  },

  // Moving items needs rights on items, not on CRM settings (invoke.ts checks the item rights).
  'crm.item.update': {
    handler: (params, { portal, caller }) => {
      const entityTypeId = requireEntityType(portal, params['entityTypeId']);
      const id = asId(params['id']);
      const item = portal.items.find(
        (i) => i.entityTypeId === entityTypeId && i.id === id && !i.recycled,
      );
      if (!item) throw new RestError(400, 'NOT_FOUND', 'Element not found');
      if (!canReadItems(portal.settings, caller)) throw accessDenied();
      const fields = asObject(upperKeys(params['fields']));
      const stage = asString(fields['STAGE_ID'] ?? fields['STATUS_ID']);
      const category = asString(fields['CATEGORY_ID']);
      let next = moveItem(portal, item, stage || null, category === '' ? null : Number(category));
      const title = fields['TITLE'];
      if (typeof title === 'string' && title !== next.title) next = { ...next, title };
      replaceItem(portal, item, next);
      portal.onChange();
      return { result: { item: itemView(next, null) } };
    },
  },

  // Legacy: CATEGORY_ID is immutable here (§8), only the stage moves.
  'crm.deal.update': {
    handler: (params, { portal }) => {
      const id = asId(params['id']);
      if (id === null) throw new RestError(400, '', 'ID is not defined or invalid.');
      const item = portal.items.find((i) => i.entityTypeId === 2 && i.id === id && !i.recycled);
      if (!item) throw new RestError(400, '', 'Not found');
      const fields = asObject(params['fields']);
      const stageId = asString(fields['STAGE_ID']);
      let next = moveItem(portal, item, stageId || null, null);
      const title = fields['TITLE'];
      if (typeof title === 'string') next = { ...next, title };
      replaceItem(portal, item, next);
      portal.onChange();
      return { result: true };
    },
  },
};
