// CRM items just deep enough for a stage editor: counting items per stage (crm.item.list with a
// stageId filter and `total`), moving them (crm.item.update / crm.deal.update) and the stage
// history those moves leave behind (crm.stagehistory.list, documented in crm-status-api.md).
import { RestError } from '../errors';
import { isoSeconds } from '../seed';
import type { Portal } from '../state';
import type { CrmItem, Json, JsonObject, StageHistoryRow } from '../types';
import { asId, asList, asObject, asString, page, type MethodDef } from './context';
import { applyFilter, applyOrder } from './query';

const ITEM_FIELDS: (keyof CrmItem)[] = [
  'id',
  'entityTypeId',
  'categoryId',
  'stageId',
  'title',
  'opportunity',
  'currencyId',
  'assignedById',
  'createdTime',
  'updatedTime',
];

/** crm.item accepts camelCase and UPPER_CASE names (`stageId`, `STAGE_ID`). */
function resolveItemField(field: string): string | null {
  const key = field.replace(/_/g, '').toLowerCase();
  if (key === 'statusid') return 'stageId'; // leads call their stage "statusId"
  return ITEM_FIELDS.find((f) => f.toLowerCase() === key) ?? null;
}

function knownEntityType(portal: Portal, entityTypeId: number): boolean {
  return portal.entityTypes.some((t) => t['ENTITY_TYPE_ID'] === entityTypeId);
}

function requireEntityType(portal: Portal, value: Json | undefined): number {
  const entityTypeId = asId(value);
  if (entityTypeId === null || !knownEntityType(portal, entityTypeId)) {
    throw new RestError(400, 'NOT_FOUND', 'Smart process not found');
  }
  return entityTypeId;
}

function itemView(item: CrmItem, select: string[] | null): JsonObject {
  const full: JsonObject = { ...item };
  if (item.entityTypeId === 1) full['statusId'] = item.stageId;
  if (!select) return full;
  const out: JsonObject = { id: item.id };
  for (const field of select) {
    const prop = resolveItemField(field);
    if (prop) out[prop] = full[prop] ?? null;
  }
  return out;
}

/** Moves an item and appends its stage-history row (TYPE_ID 2 intermediate, 3 final). */
function moveItem(portal: Portal, item: CrmItem, stageId: string): void {
  if (stageId === item.stageId) return;
  const directory = portal.stageEntityFor(item.entityTypeId, item.categoryId);
  const exists = portal.statuses.some(
    (r) => r.ENTITY_ID === directory?.ID && r.STATUS_ID === stageId,
  );
  if (!exists) {
    throw new RestError(
      400,
      'CRM_FIELD_ERROR_VALUE_NOT_VALID',
      `Invalid value "${stageId}" for field "Stage"`,
    );
  }
  const semantic = portal.semanticOfStage(item.entityTypeId, stageId);
  item.stageId = stageId;
  item.updatedTime = isoSeconds(new Date());
  const row: StageHistoryRow = {
    ID: portal.nextHistoryId++,
    TYPE_ID: semantic === 'P' ? 2 : 3,
    OWNER_ID: item.id,
    ENTITY_TYPE_ID: item.entityTypeId,
    CREATED_TIME: item.updatedTime,
    CATEGORY_ID: item.categoryId,
    STAGE_SEMANTIC_ID: semantic,
    STAGE_ID: stageId,
  };
  portal.history.push(row);
  portal.onChange();
}

const HISTORY_FIELDS = [
  'ID',
  'TYPE_ID',
  'OWNER_ID',
  'CREATED_TIME',
  'CATEGORY_ID',
  'STAGE_SEMANTIC_ID',
  'STAGE_ID',
];
const LEAD_HISTORY_FIELDS = [
  'ID',
  'TYPE_ID',
  'OWNER_ID',
  'CREATED_TIME',
  'STATUS_SEMANTIC_ID',
  'STATUS_ID',
];

/** Leads (and old invoices) name the columns STATUS_*, deals and smart items STAGE_* (docs). */
function historyView(row: StageHistoryRow): JsonObject {
  const { ENTITY_TYPE_ID: entityTypeId, ...rest } = row;
  if (entityTypeId !== 1) return { ...rest };
  const { ID, TYPE_ID, OWNER_ID, CREATED_TIME, STAGE_ID, STAGE_SEMANTIC_ID } = rest;
  return {
    ID,
    TYPE_ID,
    OWNER_ID,
    CREATED_TIME,
    STATUS_SEMANTIC_ID: STAGE_SEMANTIC_ID,
    STATUS_ID: STAGE_ID,
  };
}

const invalidArg = (description: string) => new RestError(400, 'INVALID_ARG_VALUE', description);

export const itemMethods: Record<string, MethodDef> = {
  'crm.item.list': {
    handler: (params, { portal }) => {
      const entityTypeId = requireEntityType(portal, params['entityTypeId']);
      const rows = portal.items.filter((i) => i.entityTypeId === entityTypeId);
      const filtered = applyFilter(
        rows as unknown as Record<string, unknown>[],
        asObject(params['filter']),
        {
          resolve: resolveItemField,
        },
      );
      const sorted = applyOrder(filtered, asObject(params['order']), ['id'], resolveItemField);
      const select = asList(params['select']).map((s) => asString(s));
      const useSelect = select.length > 0 && !select.includes('*') ? select : null;
      const { rows: pageRows, meta } = page(sorted as unknown as CrmItem[], params['start']);
      return { result: { items: pageRows.map((i) => itemView(i, useSelect)) }, ...meta };
    },
  },

  // Moving items needs rights on items, not on CRM settings (invoke.ts checks the item rights).
  'crm.item.update': {
    handler: (params, { portal }) => {
      const entityTypeId = requireEntityType(portal, params['entityTypeId']);
      const id = asId(params['id']);
      const item = portal.items.find((i) => i.entityTypeId === entityTypeId && i.id === id);
      if (!item) throw new RestError(400, 'NOT_FOUND', 'Element not found');
      const fields = asObject(params['fields']);
      const stageId = asString(fields['stageId'] ?? fields['STAGE_ID'] ?? fields['statusId']);
      if (stageId) moveItem(portal, item, stageId);
      const title = fields['title'];
      if (typeof title === 'string') item.title = title;
      portal.onChange();
      return { result: { item: itemView(item, null) } };
    },
  },

  'crm.deal.update': {
    handler: (params, { portal }) => {
      const id = asId(params['id']);
      if (id === null) throw new RestError(400, '', 'ID is not defined or invalid.');
      const item = portal.items.find((i) => i.entityTypeId === 2 && i.id === id);
      if (!item) throw new RestError(400, '', 'Not found');
      const fields = asObject(params['fields']);
      const stageId = asString(fields['STAGE_ID']);
      if (stageId) moveItem(portal, item, stageId);
      const title = fields['TITLE'];
      if (typeof title === 'string') item.title = title;
      return { result: true };
    },
  },

  'crm.stagehistory.list': {
    handler: (params, { portal }) => {
      const raw = asString(params['entityTypeId']);
      const entityTypeId = Number(raw);
      const supported =
        [1, 2, 5, 31].includes(entityTypeId) ||
        (entityTypeId >= 128 && knownEntityType(portal, entityTypeId));
      if (!supported) {
        throw new RestError(
          400,
          'ENTITY_TYPE_NOT_SUPPORTED',
          `Entity type ${raw || 'null'} is not supported`,
        );
      }
      const allowed = entityTypeId === 1 ? LEAD_HISTORY_FIELDS : HISTORY_FIELDS;
      const rows = portal.history.filter((h) => h.ENTITY_TYPE_ID === entityTypeId).map(historyView);
      const filter = asObject(params['filter']);
      const filtered = applyFilter(rows, filter, {
        resolve: (f) => (allowed.includes(f) ? f : null),
        onUnknown: (f) => {
          throw invalidArg(`Invalid filter: field '${f}' is not allowed in filter`);
        },
      });
      const order = asObject(params['order']);
      for (const [field, dir] of Object.entries(order)) {
        if (!allowed.includes(field))
          throw invalidArg(`Invalid order: field '${field}' is not allowed in order`);
        const d = asString(dir).toUpperCase();
        if (d !== 'ASC' && d !== 'DESC') {
          throw invalidArg(
            `Invalid order: allowed sort directions are ASC, DESC. But got '${asString(dir)}' for field '${field}'`,
          );
        }
      }
      const sorted = applyOrder(filtered, order, ['ID']);
      const select = asList(params['select'])
        .map((s) => asString(s))
        .filter((s) => allowed.includes(s));
      const { rows: pageRows, meta } = page(sorted, params['start']);
      const items = select.length
        ? pageRows.map((r) => Object.fromEntries(select.map((f) => [f, r[f] ?? null])))
        : pageRows;
      return { result: { items }, ...meta };
    },
  },
};
