// entity.item.* and entity.item.property.*: docs/server-behaviour.md §4, server source
// rest/classes/general/restentity.php (entityItem*, checkFilter, prepareItem) and the iblock REST
// validator (iblock/lib/Public/Service/RestValidator: every element field must be a scalar).
import {
  ITEM_FIELDS,
  accessLevel,
  itemRow,
  type StorageEntity,
  type StorageItem,
} from '../app-storage';
import { RestError } from '../errors';
import { portalNow } from '../feature-settings';
import { isoSeconds } from '../seed';
import type { Json, JsonObject } from '../types';
import { asObject, asString, page, type MethodDef, type RestContext } from './context';
import { compileFilter } from './engine-filter';
import {
  argumentError,
  checkCode,
  checkParams,
  entityFor,
  entityNotFound,
  guarded,
  nullArgument,
} from './entity';

const core = (text: string) => new RestError(400, 'ERROR_CORE', text);
const itemNotFound = () => new RestError(400, 'ERROR_ITEM_NOT_FOUND', 'Item not found');

/** checkFilter(): these operators pass, any other is dropped silently. */
const OPERATIONS = ['', '!', '<', '<=', '>', '>=', '><', '!><', '?', '=', '!=', '%', '!%'];
const DATE_FIELDS = ['DATE_CREATE', 'TIMESTAMP_X', 'DATE_ACTIVE_FROM', 'DATE_ACTIVE_TO'];

function cleanFilter(filter: Json | undefined): JsonObject {
  const out: JsonObject = {};
  for (const [rawKey, value] of Object.entries(asObject(filter))) {
    const key = rawKey.toUpperCase();
    if (/^\d+$/.test(key) && value && typeof value === 'object') {
      out[key] = cleanFilter(value);
      continue;
    }
    const match = /^([^A-Z]*)(.*)$/.exec(key);
    const op = match?.[1] ?? '';
    const field = match?.[2] ?? '';
    if (!OPERATIONS.includes(op) || field === 'IBLOCK_ID' || field === 'CHECK_PERMISSIONS')
      continue;
    // `?` is the iblock's search syntax; a substring match is close enough for test data.
    out[`${op === '?' ? '%' : op}${field}`] = value;
  }
  return out;
}

/** The values a filter or sort sees: element columns and PROPERTY_<CODE>. */
function flat(item: StorageItem): Record<string, unknown> {
  const row: Record<string, unknown> = { ID: item.id, ...item.fields };
  row['SORT'] = Number(item.fields['SORT'] ?? 500);
  row['IBLOCK_SECTION_ID'] = item.fields['SECTION'] ?? null;
  for (const [code, value] of Object.entries(item.properties)) row[`PROPERTY_${code}`] = value;
  return row;
}

function text(value: Json): string {
  if (typeof value === 'boolean') return value ? '1' : '';
  return String(value);
}

/** ElementFieldValidator: scalar values only; then prepareItem (element fields + properties). */
function prepare(p: JsonObject, e: StorageEntity, item: StorageItem, ctx: RestContext): void {
  const bad = ITEM_FIELDS.filter((f) => {
    const v = p[f];
    return v !== undefined && v !== null && typeof v === 'object';
  });
  if (bad.length) {
    throw new RestError(
      400,
      'ERROR_ARGUMENT',
      bad.map((f) => `Wrong format of field \`${f}\`.`).join(' '),
    );
  }
  for (const f of ITEM_FIELDS) {
    const v = p[f];
    if (v === undefined) continue;
    if (f === 'DATE_ACTIVE_FROM' || f === 'DATE_ACTIVE_TO') {
      const t = Date.parse(asString(v));
      item.fields[f] = Number.isNaN(t) ? '' : isoSeconds(new Date(t));
    } else item.fields[f] = v === null ? null : text(v);
  }
  const props = asObject(p['PROPERTY_VALUES']);
  for (const prop of e.properties) {
    const v = props[prop.code];
    if (v !== undefined && v !== null && typeof v !== 'object')
      item.properties[prop.code] = text(v);
  }
  for (const f of ['NAME', 'CODE']) {
    if ((item.fields[f] ?? '').length > 255)
      throw core('Internal error adding entity item. Try adding again.');
  }
  if (!item.fields['NAME']?.trim()) throw core('Element name is not specified.');
  const now = isoSeconds(portalNow(ctx.portal.settings));
  item.fields['TIMESTAMP_X'] = now;
  item.fields['MODIFIED_BY'] = String(ctx.caller.userId);
}

function itemId(p: JsonObject): number {
  const id = Math.trunc(Number(asString(p['ID']))) || 0;
  if (id <= 0) throw nullArgument('ID');
  return id;
}

export const entityItemMethods: Record<string, MethodDef> = {
  'entity.item.add': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const e = entityFor(ctx, String(p['ENTITY']), 2);
    const store = ctx.portal.appStorage;
    const now = isoSeconds(portalNow(ctx.portal.settings));
    const item: StorageItem = {
      id: store.nextItemId,
      entity: e.entity,
      fields: { DATE_CREATE: now, CREATED_BY: String(ctx.caller.userId), ACTIVE: 'Y', SORT: '500' },
      properties: {},
    };
    prepare(p, e, item, ctx);
    store.nextItemId += 1;
    store.items.push(item);
    ctx.portal.onChange();
    return { result: item.id };
  }),

  'entity.item.get': guarded((raw, { portal, caller }) => {
    const p = checkParams(raw);
    const entity = String(p['ENTITY']);
    checkCode(entity, caller);
    // resolveIdByCode has no rights check: an unreadable storage lists nothing, without error.
    const e = portal.appStorage.entities.find((x) => x.entity === entity);
    if (!e) throw entityNotFound();
    const test = compileFilter(cleanFilter(p['FILTER']), { dateFields: DATE_FIELDS });
    const sort = Object.entries(asObject(p['SORT'])).map(
      ([k, v]) => [k.toUpperCase(), asString(v).toUpperCase() === 'DESC' ? -1 : 1] as const,
    );
    const rows =
      accessLevel(e, caller) >= 1
        ? portal.appStorage.items
            .filter((i) => i.entity === entity)
            .map(flat)
            .filter(test)
        : [];
    const keys = [...sort, ['ID', 1] as const];
    rows.sort((a, b) => {
      for (const [k, dir] of keys) {
        const x = a[k];
        const y = b[k];
        const c =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x ?? '').localeCompare(String(y ?? ''));
        if (c !== 0) return c * dir;
      }
      return 0;
    });
    const { rows: pageRows, meta } = page(rows, raw['start']);
    const byId = new Map(portal.appStorage.items.map((i) => [i.id, i]));
    const items = pageRows.map((r) => itemRow(byId.get(Number(r['ID'])) as StorageItem, e));
    return { result: items as unknown as Json, ...meta };
  }),

  'entity.item.update': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const id = itemId(p);
    const e = entityFor(ctx, String(p['ENTITY']), 2);
    const item = ctx.portal.appStorage.items.find((i) => i.id === id && i.entity === e.entity);
    if (!item) throw itemNotFound();
    const draft: StorageItem = structuredClone(item);
    prepare(p, e, draft, ctx);
    Object.assign(item, draft);
    ctx.portal.onChange();
    return { result: true };
  }),

  'entity.item.delete': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const id = itemId(p);
    const e = entityFor(ctx, String(p['ENTITY']), 2);
    const store = ctx.portal.appStorage;
    if (!store.items.some((i) => i.id === id && i.entity === e.entity)) throw itemNotFound();
    store.items = store.items.filter((i) => i.id !== id);
    ctx.portal.onChange();
    return { result: true };
  }),

  'entity.item.property.add': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const type = p['TYPE'] === undefined ? 'S' : asString(p['TYPE']).toUpperCase();
    if (type !== 'S' && type !== 'N' && type !== 'F') {
      throw argumentError('Wrong entity item property type', 'TYPE');
    }
    const code = p['PROPERTY'];
    const found = ctx.portal.appStorage.entities.find((x) => x.entity === p['ENTITY']);
    if (found?.properties.some((x) => x.code === code)) {
      throw new RestError(400, 'ERROR_PROPERTY_ALREADY_EXISTS', 'Property already exists');
    }
    if (typeof code !== 'string' || code === '') throw nullArgument('PROPERTY');
    const e = entityFor(ctx, String(p['ENTITY']), 3);
    const name = asString(p['NAME']).trim();
    if (name === '') throw core('Property name is not specified.');
    e.properties.push({ code, name, type, sort: Math.trunc(Number(asString(p['SORT']))) || 500 });
    ctx.portal.onChange();
    return { result: true };
  }),

  'entity.item.property.get': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const e = entityFor(ctx, String(p['ENTITY']), 1);
    const view = (x: StorageEntity['properties'][number]) => ({
      PROPERTY: x.code,
      NAME: x.name,
      TYPE: x.type,
      SORT: String(x.sort),
    });
    if (typeof p['PROPERTY'] === 'string' && p['PROPERTY'] !== '') {
      const prop = e.properties.find((x) => x.code === p['PROPERTY']);
      if (!prop) throw new RestError(400, 'ERROR_PROPERTY_NOT_FOUND', 'Property not found');
      return { result: view(prop) };
    }
    return { result: [...e.properties].sort((a, b) => a.sort - b.sort).map(view) };
  }),

  'entity.item.property.delete': guarded((raw, ctx) => {
    const p = checkParams(raw);
    const e = entityFor(ctx, String(p['ENTITY']), 1);
    const prop = e.properties.find((x) => x.code === p['PROPERTY']);
    if (!prop) throw new RestError(400, 'ERROR_PROPERTY_NOT_FOUND', 'Property not found');
    if (accessLevel(e, ctx.caller) < 3) throw new RestError(403, 'ACCESS_DENIED', 'Access denied!');
    e.properties = e.properties.filter((x) => x !== prop);
    for (const item of ctx.portal.appStorage.items) {
      if (item.entity === e.entity) delete item.properties[prop.code];
    }
    ctx.portal.onChange();
    return { result: true };
  }),
};
