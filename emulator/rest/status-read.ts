// crm.status.fields / entity.types / entity.items / get / list, as the server answers them
// (docs/server-behaviour.md §1; crm/classes/general/restservice.php CCrmStatusRestProxy and
// CCrmRestProxyBase). Where the docs differ: list never pages (`start` is ignored, no `next`,
// `total` is the row count), and only exact UPPER filter keys filter.
import { visibleEntityTypes } from '../setups';
import type { Json, JsonObject } from '../types';
import type { MethodDef } from './context';
import { StatusErrors } from './status-errors';
import { phpInt } from './status-rules';
import { filterStatuses, orderStatuses, statusView } from './status-view';

const field = (
  type: string,
  title: string,
  flags: { isRequired?: boolean; isReadOnly?: boolean; isImmutable?: boolean } = {},
): JsonObject => ({
  type,
  isRequired: flags.isRequired ?? false,
  isReadOnly: flags.isReadOnly ?? false,
  isImmutable: flags.isImmutable ?? false,
  isMultiple: false,
  isDynamic: false,
  title,
});

/** crm.status.fields, as documented and as CCrmStatus::GetFieldsInfo describes the fields. */
const FIELDS: JsonObject = {
  ID: field('integer', 'ID', { isReadOnly: true }),
  ENTITY_ID: field('string', 'Entity ID', { isRequired: true, isImmutable: true }),
  STATUS_ID: field('string', 'Status', { isRequired: true, isImmutable: true }),
  SORT: field('integer', 'Sorting'),
  NAME: field('string', 'Name', { isRequired: true }),
  NAME_INIT: field('string', 'Default Name', { isReadOnly: true }),
  SYSTEM: field('char', 'System', { isReadOnly: true }),
  CATEGORY_ID: field('integer', 'CATEGORY_ID', { isImmutable: true }),
  COLOR: field('string', 'COLOR'),
  SEMANTICS: field('char', 'SEMANTICS', { isImmutable: true }),
  EXTRA: field('crm_status_extra', 'Additional Fields'),
};

/** CCrmRestHelper::resolveEntityID: `ID` before `id`, cast to int. */
export function requestedId(params: JsonObject): number {
  return phpInt(params['ID'] ?? params['id'] ?? 0);
}

/** CCrmRestHelper::resolveArrayParam: name, UPPER, lower, Capitalised, arName. */
export function arrayParam(params: JsonObject, name: string): Json | undefined {
  const lower = name.toLowerCase();
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  for (const key of [name, name.toUpperCase(), lower, capital, `ar${capital}`]) {
    if (params[key] !== undefined && params[key] !== null) return params[key];
  }
  return undefined;
}

/** An array parameter (object or list); a scalar is refused with `Parameter 'x' must be array.` */
export function objectParam(
  params: JsonObject,
  name: 'fields' | 'params' | 'order' | 'filter',
): JsonObject {
  const value = arrayParam(params, name);
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) throw StatusErrors.notArray(name);
  return Array.isArray(value) ? Object.fromEntries(value.entries()) : value;
}

export const statusReadMethods: Record<string, MethodDef> = {
  'crm.status.fields': { handler: () => ({ result: FIELDS }) },

  // Unreachable on the server: the proxy routes EXTRA to the base class, which refuses it.
  'crm.status.extra.fields': {
    handler: () => {
      throw StatusErrors.resourceNotSupported('EXTRA');
    },
  },

  'crm.status.entity.types': {
    handler: (_p, { portal }) => ({ result: visibleEntityTypes(portal) }),
  },

  'crm.status.entity.items': {
    handler: (params, { portal }) => {
      const raw =
        params['entityId'] ??
        params['entityID'] ??
        params['entity_id'] ??
        params['ENTITY_ID'] ??
        '';
      if (raw === '' || raw === null) throw StatusErrors.entityIdMissing();
      if (typeof raw !== 'string') throw StatusErrors.entityIdNotString();
      // Uppercased, and no check that the directory exists: an unknown one simply has no rows.
      const entityId = raw.toUpperCase();
      const rows = orderStatuses(
        portal.statuses.filter((r) => r.ENTITY_ID === entityId),
        { SORT: 'ASC' },
      );
      return {
        result: rows.map((r) => ({ NAME: r.NAME, SORT: phpInt(r.SORT), STATUS_ID: r.STATUS_ID })),
      };
    },
  },

  'crm.status.get': {
    handler: (params, { portal }) => {
      const id = requestedId(params);
      if (id <= 0) throw StatusErrors.invalidId();
      const row = portal.statuses.find((r) => phpInt(r.ID) === id);
      if (!row) throw StatusErrors.getNotFound();
      return { result: statusView(portal, row) };
    },
  },

  'crm.status.list': {
    handler: (params, { portal }) => {
      const order = objectParam(params, 'order');
      const filter = objectParam(params, 'filter');
      const rows = orderStatuses(filterStatuses(portal.statuses, filter), order);
      // prepareListFromArray: every row, `total` = their count, no `next`; `start` is not read.
      return { result: rows.map((r) => statusView(portal, r)), total: rows.length };
    },
  },

  // 1 = classic (with leads), 2 = simple (crm.enum.settings.mode).
  'crm.settings.mode.get': {
    handler: (_p, { portal }) => ({ result: portal.settings.crmMode === 'classic' ? 1 : 2 }),
  },
};
