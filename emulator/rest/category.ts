// crm.category.* as the server answers it: docs/server-behaviour.md §6, server source
// crm/lib/controller/category.php, crm/lib/category/dealcategory.php (deals),
// crm/lib/Model/ItemCategoryTable.php (smart processes), DealCategoryLimitRestriction (the plan's
// pipeline limit counts the default pipeline). Engine-controller errors: first error only, HTTP
// 400, code "0" for a plain error, BX_ERROR for an ORM one (§0).
// Where the docs differ: they say nothing of the plan limit, of the recycle bin blocking a delete,
// nor of `isDefault:"Y"` demoting the old default pipeline.
import {
  DEFAULT_PIPELINE_NAME,
  defaultDealStages,
  defaultSmartStages,
  entityTypeEntry,
  stageEntityId,
  supportsCategories,
  type CategoryRow,
} from '../categories';
import { RestError } from '../errors';
import { canReadItems } from '../feature-settings';
import type { Portal } from '../state';
import type { Caller, Json, JsonObject } from '../types';
import { asObject, asString, type MethodDef } from './context';

const fail = (code: string, text: string) => new RestError(400, code, text);
const accessDenied = () => fail('ACCESS_DENIED', 'Access denied.');
const notFound = () => fail('NOT_FOUND', 'Element not found');

/** getFactory(): unknown type → NOT_FOUND; a type without pipelines → ENTITY_TYPE_NOT_SUPPORTED. */
function requireType(portal: Portal, value: Json | undefined): number {
  const entityTypeId = Math.trunc(Number(asString(value)));
  const known =
    entityTypeId === 1 ||
    entityTypeId === 2 ||
    entityTypeId === 3 ||
    entityTypeId === 4 ||
    entityTypeId === 7 ||
    portal.entityTypes.some((t) => t['ENTITY_TYPE_ID'] === entityTypeId);
  if (!known) throw fail('NOT_FOUND', 'Smart process not found');
  if (!supportsCategories(entityTypeId)) {
    throw fail('ENTITY_TYPE_NOT_SUPPORTED', `Entity type ${entityTypeId} is not supported`);
  }
  return entityTypeId;
}

/** Category converter (Service/Converter/Category.php): camelCase, booleans as Y/N. */
function view(c: CategoryRow): JsonObject {
  const out: JsonObject = {
    id: c.id,
    name: c.name,
    sort: c.sort,
    entityTypeId: c.entityTypeId,
    isDefault: c.isDefault ? 'Y' : 'N',
  };
  // DealCategory::getData adds the origin fields; the default deal pipeline has none.
  if (c.entityTypeId === 2 && c.id !== 0) {
    out['originId'] = c.originId;
    out['originatorId'] = c.originatorId;
  }
  return out;
}

function categoriesOf(portal: Portal, entityTypeId: number): CategoryRow[] {
  return portal.pipelines.categories
    .filter((c) => c.entityTypeId === entityTypeId)
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.sort - b.sort || a.id - b.id);
}

function find(portal: Portal, entityTypeId: number, id: Json | undefined): CategoryRow {
  const wanted = Math.trunc(Number(asString(id)));
  const c = portal.pipelines.categories.find(
    (x) => x.entityTypeId === entityTypeId && x.id === wanted,
  );
  if (!c) throw notFound();
  return c;
}

/** isAdminForEntity: portal admin (or CRM admin, which the emulator's admin user stands for). */
function requireAdmin(caller: Caller): void {
  if (!caller.admin) throw accessDenied();
}

/** Keeps the crm.status.entity.types entry in step with a renamed or re-sorted pipeline. */
function syncEntityType(portal: Portal, c: CategoryRow): void {
  const id = stageEntityId(c.entityTypeId, c.id);
  const index = portal.entityTypes.findIndex((t) => t.ID === id);
  const fresh = entityTypeEntry(c);
  const current = portal.entityTypes[index];
  if (!current) return;
  if (id === 'DEAL_STAGE') {
    portal.entityTypes[index] = { ...current, NAME: fresh.NAME };
    return;
  }
  portal.entityTypes[index] = {
    ...current,
    ...fresh,
    FIELD_ATTRIBUTE_SCOPE: current['FIELD_ATTRIBUTE_SCOPE'] ?? '',
  };
}

/** processFields(): name, sort ≥ 0, isDefault (smart processes only; Y demotes the old default). */
function applyFields(portal: Portal, c: CategoryRow, fields: JsonObject): void {
  if (fields['name'] !== undefined && fields['name'] !== null) {
    const name = asString(fields['name']);
    if (c.entityTypeId === 2) {
      // DealCategory::update ignores an empty name; add refuses it (below).
      if (name.trim() !== '') c.name = name.trim();
    } else {
      if (name === '') throw fail('BX_ERROR', 'Required field "NAME" is empty');
      c.name = name;
    }
  }
  if (fields['sort'] !== undefined && fields['sort'] !== null) {
    const sort = Math.trunc(Number(asString(fields['sort']))) || 0;
    if (sort >= 0) c.sort = sort;
  }
  if (c.entityTypeId !== 2) {
    const flag = fields['isDefault'];
    if (flag === 'N' || flag === false) c.isDefault = false;
    if (flag === 'Y' || flag === true) {
      for (const other of categoriesOf(portal, c.entityTypeId)) {
        if (other !== c && other.isDefault) {
          other.isDefault = false;
          syncEntityType(portal, other);
        }
      }
      c.isDefault = true;
    }
  }
}

function itemCount(portal: Portal, entityTypeId: number, categoryId?: number): number {
  return portal.items.filter(
    (i) =>
      i.entityTypeId === entityTypeId && (categoryId === undefined || i.categoryId === categoryId),
  ).length; // the recycle bin counts (§6)
}

function addCategory(portal: Portal, entityTypeId: number, fields: JsonObject): CategoryRow {
  const book = portal.pipelines;
  const lang = portal.settings.lang;
  if (entityTypeId === 2) {
    const name = asString(fields['name']).trim();
    if (name === '') throw fail('0', "Field 'NAME' is required.");
    const limit = portal.settings.dealCategoryLimit;
    if (limit > 0 && categoriesOf(portal, 2).length >= limit) {
      throw fail('0', RESTRICTION[lang]);
    }
  }
  const c: CategoryRow = {
    entityTypeId,
    id: entityTypeId === 2 ? book.nextDealCategoryId : book.nextItemCategoryId,
    name: entityTypeId === 2 ? '' : DEFAULT_PIPELINE_NAME[lang],
    sort: entityTypeId === 2 ? 0 : 500,
    isDefault: false,
    isSystem: false,
    originId: null,
    originatorId: null,
  };
  applyFields(portal, c, fields);
  if (entityTypeId === 2) book.nextDealCategoryId += 1;
  else book.nextItemCategoryId += 1;
  book.categories.push(c);
  const entry = entityTypeEntry(c);
  const drafts =
    entityTypeId === 2
      ? defaultDealStages(c.id, lang)
      : defaultSmartStages(entry.ID, String(entry['PREFIX']), c.id, lang);
  for (const draft of drafts) portal.statuses.push({ ID: portal.allocateStatusId(), ...draft });
  // New directory after the last one of its type (GetEntityTypes groups them).
  let at = -1;
  portal.entityTypes.forEach((t, i) => {
    if (t['ENTITY_TYPE_ID'] === entityTypeId) at = i;
  });
  portal.entityTypes.splice(at < 0 ? portal.entityTypes.length : at + 1, 0, entry);
  return c;
}

/** CRM_FEATURE_RESTRICTION_ERROR (wording not verified against a live portal). */
const RESTRICTION = {
  en: 'The maximum number of pipelines allowed by your plan has been reached.',
  ru: 'Достигнуто максимальное число воронок для вашего тарифа.',
  de: 'Die maximale Anzahl an Pipelines für Ihren Tarif ist erreicht.',
};

function deleteCategory(portal: Portal, c: CategoryRow): void {
  if (c.isSystem) throw fail('REMOVING_DISABLED', 'System pipeline cannot be deleted');
  if (c.entityTypeId === 2) {
    if (c.id === 0) throw fail('0', 'Default deal category can not be deleted');
    if (itemCount(portal, 2, c.id) > 0) {
      throw fail('0', `The pipeline "${c.name}" cannot be deleted because it contains deals.`);
    }
  } else if (c.isDefault && itemCount(portal, c.entityTypeId) > 0) {
    throw fail('BX_ERROR', 'The default pipeline cannot be deleted while the type has items.');
  } else if (itemCount(portal, c.entityTypeId, c.id) > 0) {
    throw fail('BX_ERROR', 'The pipeline cannot be deleted because it contains items.');
  }
  const entityId = stageEntityId(c.entityTypeId, c.id);
  portal.statuses = portal.statuses.filter((r) => r.ENTITY_ID !== entityId);
  portal.entityTypes = portal.entityTypes.filter((t) => t.ID !== entityId);
  portal.pipelines.categories = portal.pipelines.categories.filter((x) => x !== c);
}

export const categoryMethods: Record<string, MethodDef> = {
  'crm.category.list': {
    handler: (params, { portal, caller }) => {
      const entityTypeId = requireType(portal, params['entityTypeId']);
      // Only pipelines whose items the caller may read; no `next`, everything at once (§6).
      const rows = canReadItems(portal.settings, caller) ? categoriesOf(portal, entityTypeId) : [];
      return { result: { categories: rows.map(view) }, total: rows.length };
    },
  },

  'crm.category.get': {
    handler: (params, { portal, caller }) => {
      const c = find(portal, requireType(portal, params['entityTypeId']), params['id']);
      if (!canReadItems(portal.settings, caller)) throw accessDenied();
      return { result: { category: view(c) } };
    },
  },

  'crm.category.add': {
    handler: (params, { portal, caller }) => {
      const entityTypeId = requireType(portal, params['entityTypeId']);
      const fields = asObject(params['fields']);
      if (fields['isSystem'] === 'Y')
        throw fail('ADDING_DISABLED', 'System pipeline cannot be added');
      requireAdmin(caller);
      const c = addCategory(portal, entityTypeId, fields);
      portal.onChange();
      return { result: { category: view(c) } };
    },
  },

  'crm.category.update': {
    handler: (params, { portal, caller }) => {
      const c = find(portal, requireType(portal, params['entityTypeId']), params['id']);
      requireAdmin(caller);
      applyFields(portal, c, asObject(params['fields']));
      syncEntityType(portal, c);
      portal.onChange();
      return { result: { category: view(c) } };
    },
  },

  'crm.category.delete': {
    handler: (params, { portal, caller }) => {
      const c = find(portal, requireType(portal, params['entityTypeId']), params['id']);
      if (c.isSystem) throw fail('REMOVING_DISABLED', 'System pipeline cannot be deleted');
      requireAdmin(caller);
      deleteCategory(portal, c);
      portal.onChange();
      return { result: null };
    },
  },
};
