// Test-control routes for the journal (entity.*), pipelines and analytics features, under
// /__emulator/<id>/ like the others (control.ts). None exists on a real portal.
//   POST entity-items  {entity, items:[{NAME, DETAIL_TEXT, ..., PROPERTY_VALUES?}], name?, access?,
//                       createdBy?, properties?:[{code, name?, type?}]}  plant storage items as is
//   GET  app-storage                       the whole storage {entities, items, ...}
//   POST history       {entityTypeId, categoryId?, rows, now?, seed?, openShare?}  items + history
//   GET  history?entityTypeId=&ownerId=    stage-history rows as stored
//   POST recycle       {entityTypeId, ids:[...]}  move items to the recycle bin
import { cleanRights, type StorageEntity } from './app-storage';
import { stageEntityId } from './categories';
import { plantHistory } from './history-seed';
import { isoSeconds, HISTORY_REFERENCE_NOW } from './seed';
import type { Portal } from './state';
import type { Json, JsonObject } from './types';

export interface ControlAnswer {
  status: number;
  body: Json;
}

const bad = (error: string): ControlAnswer => ({ status: 400, body: { error } });
const ok = (body: Json): ControlAnswer => ({ status: 200, body });

function plantEntityItems(portal: Portal, body: JsonObject): ControlAnswer {
  const entity = typeof body['entity'] === 'string' ? body['entity'] : '';
  const items = body['items'];
  if (!entity || !Array.isArray(items) || items.length > 100_000) {
    return bad('need entity and items (an array of at most 100000 objects)');
  }
  const store = portal.appStorage;
  let target: StorageEntity | undefined = store.entities.find((e) => e.entity === entity);
  if (!target) {
    const rights = cleanRights(body['access'] ?? { G1: 'X' });
    const name = typeof body['name'] === 'string' ? body['name'] : entity;
    target = { id: store.nextEntityId++, entity, name, rights, properties: [] };
    store.entities.push(target);
  }
  for (const p of Array.isArray(body['properties']) ? body['properties'] : []) {
    const prop = p && typeof p === 'object' && !Array.isArray(p) ? p : {};
    const code = String(prop['code'] ?? '');
    if (code && !target.properties.some((x) => x.code === code)) {
      const type = prop['type'] === 'N' || prop['type'] === 'F' ? prop['type'] : 'S';
      target.properties.push({ code, name: String(prop['name'] ?? code), type, sort: 500 });
    }
  }
  const createdBy = String(body['createdBy'] ?? 1);
  const base = Date.parse(String(body['now'] ?? '')) || portalTime(portal);
  const first = store.nextItemId;
  items.forEach((raw, n) => {
    const fields: Record<string, string | null> = {
      DATE_CREATE: isoSeconds(new Date(base - (items.length - n) * 1000)),
      CREATED_BY: createdBy,
      MODIFIED_BY: createdBy,
      ACTIVE: 'Y',
      SORT: '500',
    };
    fields['TIMESTAMP_X'] = fields['DATE_CREATE'] ?? null;
    const properties: Record<string, string> = {};
    const item = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
    for (const [k, v] of Object.entries(item)) {
      if (k === 'PROPERTY_VALUES' && v && typeof v === 'object' && !Array.isArray(v)) {
        for (const [code, value] of Object.entries(v)) properties[code] = String(value);
      } else fields[k] = v === null ? null : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
    store.items.push({ id: store.nextItemId++, entity, fields, properties });
  });
  portal.onChange();
  return ok({ entity, first, last: store.nextItemId - 1, count: items.length });
}

function portalTime(portal: Portal): number {
  return portal.settings.now ? Date.parse(portal.settings.now) : Date.now();
}

function plantBulkHistory(portal: Portal, body: JsonObject): ControlAnswer {
  const entityTypeId = Number(body['entityTypeId']);
  const categoryId = Number(body['categoryId'] ?? (entityTypeId === 2 ? 0 : NaN));
  const rows = Number(body['rows']);
  const entityId =
    entityTypeId === 1
      ? 'STATUS'
      : Number.isInteger(categoryId)
        ? stageEntityId(entityTypeId, categoryId)
        : '';
  if (!portal.entityType(entityId) || !(rows >= 1 && rows <= 500_000)) {
    return bad('need entityTypeId (+ categoryId of an existing pipeline) and rows (1..500000)');
  }
  const now =
    body['now'] === undefined ? (portal.settings.now ?? HISTORY_REFERENCE_NOW) : body['now'];
  const at = typeof now === 'number' ? now : Date.parse(String(now));
  if (Number.isNaN(at)) return bad('now must be an ISO date-time');
  const firstItemId =
    portal.items
      .filter((i) => i.entityTypeId === entityTypeId)
      .reduce((m, i) => Math.max(m, i.id), 0) + 1;
  const out = plantHistory({
    statuses: portal.statuses,
    entityId,
    entityTypeId,
    categoryId: entityTypeId === 1 ? 0 : categoryId,
    rows,
    firstItemId,
    firstHistoryId: portal.nextHistoryId,
    now: at,
    seed: Number(body['seed'] ?? 1),
    openShare: Number(body['openShare'] ?? 0.2),
  });
  portal.items.push(...out.items);
  portal.history.push(...out.history);
  portal.nextHistoryId += out.history.length;
  portal.onChange();
  return ok({
    items: out.items.length,
    rows: out.history.length,
    firstItemId,
    lastItemId: firstItemId + out.items.length - 1,
  });
}

function recycle(portal: Portal, body: JsonObject): ControlAnswer {
  const entityTypeId = Number(body['entityTypeId']);
  const ids = new Set(Array.isArray(body['ids']) ? body['ids'].map(Number) : []);
  let count = 0;
  portal.items = portal.items.map((i) => {
    if (i.entityTypeId !== entityTypeId || !ids.has(i.id) || i.recycled) return i;
    count += 1;
    return { ...i, recycled: true };
  });
  portal.onChange();
  return ok({ count });
}

/** The answer to a feature route, or null when the route is not one of these. */
export function featureControl(
  verb: string,
  action: string,
  body: JsonObject,
  url: URL,
  portal: Portal,
): ControlAnswer | null {
  switch (`${verb} ${action}`) {
    case 'POST entity-items':
      return plantEntityItems(portal, body);
    case 'GET app-storage':
      return ok(portal.appStorage as unknown as Json);
    case 'POST history':
      return plantBulkHistory(portal, body);
    case 'GET history': {
      const type = url.searchParams.get('entityTypeId');
      const owner = url.searchParams.get('ownerId');
      const rows = portal.history.filter(
        (r) =>
          (type === null || r.ENTITY_TYPE_ID === Number(type)) &&
          (owner === null || r.OWNER_ID === Number(owner)),
      );
      return ok(rows as unknown as Json);
    }
    case 'POST recycle':
      return recycle(portal, body);
    default:
      return null;
  }
}
