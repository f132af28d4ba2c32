// crm.status.add / update / delete, check for check in the server's order (docs/server-behaviour.md
// §1; crm/classes/general/restservice.php CCrmStatusRestProxy innerAdd/innerUpdate/innerDelete,
// crm/classes/general/crm_status.php Add/Update/CheckFields, crm/lib/statustable.php onBeforeAdd
// and onBeforeDelete). Where the docs differ: add's STATUS_ID problems are ERROR_CORE, update
// answers `true` even when it saved nothing and checks no zones, FORCED deletes any empty system
// stage, CATEGORY_ID defaults to 0 for smart processes.
import type { Portal } from '../state';
import { visibleEntityType } from '../setups';
import type { Json, JsonObject, StatusRow } from '../types';
import { asString, type MethodDef, type RestContext } from './context';
import { StatusErrors } from './status-errors';
import { objectParam, requestedId } from './status-read';
import {
  charLength,
  COLOR_MAX_LENGTH,
  coerceSort,
  NAME_MAX_LENGTH,
  phpEmpty,
  phpInt,
  prefixOf,
  splitStatusId,
  statusIdLimit,
  statusIdProblem,
  zoneProblem,
} from './status-rules';

/** internalizeFields: unknown keys and read-only ones are dropped; update also drops immutable ones. */
const WRITABLE_ON_ADD = [
  'ENTITY_ID',
  'STATUS_ID',
  'SORT',
  'NAME',
  'CATEGORY_ID',
  'COLOR',
  'SEMANTICS',
  'EXTRA',
];
const WRITABLE_ON_UPDATE = ['SORT', 'NAME', 'COLOR', 'EXTRA'];

function internalize(fields: JsonObject, allowed: string[]): JsonObject {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => allowed.includes(key)));
}

/** `isset()`: present and not null. */
const isSet = (value: Json | undefined): value is Json => value !== undefined && value !== null;

function requireCrmAdmin({ caller }: RestContext): void {
  if (!caller.crmAdmin) throw StatusErrors.accessDenied();
}

function existingRow(portal: Portal, id: number): StatusRow {
  const row = portal.statuses.find((r) => phpInt(r.ID) === id);
  if (!row) throw StatusErrors.notFound();
  return row;
}

/** COLOR ?? EXTRA.COLOR: a non-empty value without `#` gets one; no hex check. */
function colourOf(fields: JsonObject): string | undefined {
  const extra = fields['EXTRA'];
  const raw = isSet(fields['COLOR'])
    ? fields['COLOR']
    : extra && typeof extra === 'object' && !Array.isArray(extra)
      ? extra['COLOR']
      : undefined;
  return isSet(raw) ? asString(raw) : undefined;
}

const withHash = (colour: string) => (colour.startsWith('#') ? colour : `#${colour}`);

function add(params: JsonObject, ctx: RestContext) {
  const { portal } = ctx;
  const lang = portal.settings.lang;
  const fields = internalize(objectParam(params, 'fields'), WRITABLE_ON_ADD);
  objectParam(params, 'params');
  requireCrmAdmin(ctx);
  const entityId = asString(fields['ENTITY_ID']);
  const rawStatusId = asString(fields['STATUS_ID']);
  const missing = [entityId === '' && 'ENTITY_ID', rawStatusId === '' && 'STATUS_ID'];
  if (entityId === '' || rawStatusId === '') {
    throw StatusErrors.required(missing.filter((m): m is string => typeof m === 'string'));
  }
  const type = visibleEntityType(portal, entityId);
  if (!type) throw StatusErrors.entityNotSupported();
  const siblings = portal.statuses.filter((r) => r.ENTITY_ID === entityId);

  const prefix = prefixOf(type);
  const { code, stored } = splitStatusId(rawStatusId, prefix);
  const limit = statusIdLimit(entityId, prefix);
  const problem = statusIdProblem(code, stored, limit, siblings);
  if (problem) throw StatusErrors.statusId(problem, limit.max, lang);

  const sort = coerceSort(fields['SORT']);
  // An explicit CATEGORY_ID wins, even a wrong one; else DEAL_STAGE_n → n; else 0 (DT included).
  const deal = /^DEAL_STAGE_(\d+)$/.exec(entityId);
  const categoryId = isSet(fields['CATEGORY_ID'])
    ? phpInt(fields['CATEGORY_ID'])
    : deal
      ? Number(deal[1])
      : 0;
  const rawColour = colourOf(fields) ?? '';
  const colour = rawColour === '' || rawColour === '0' ? rawColour : withHash(rawColour);
  const name = asString(fields['NAME']).trim();
  const semantics = phpEmpty(fields['SEMANTICS']) ? 'P' : asString(fields['SEMANTICS']);

  const zone = zoneProblem(siblings, semantics, sort);
  if (zone === 'second-success') throw StatusErrors.secondSuccess(lang);
  if (zone === 'failure-before-success') throw StatusErrors.failureBeforeSuccess(lang);
  if (zone === 'process-after-success') throw StatusErrors.processAfterSuccess(lang);
  if (zone === 'unsupported') throw StatusErrors.unsupportedSemantics(lang);
  if (name === '') throw StatusErrors.nameRequired(lang);
  if (charLength(name) > NAME_MAX_LENGTH) throw StatusErrors.tooLong('NAME', NAME_MAX_LENGTH, lang);
  if (charLength(colour) > COLOR_MAX_LENGTH) {
    throw StatusErrors.tooLong('COLOR', COLOR_MAX_LENGTH, lang);
  }

  const row: StatusRow = {
    ID: portal.allocateStatusId(),
    ENTITY_ID: entityId,
    STATUS_ID: stored,
    NAME: name,
    NAME_INIT: '',
    SORT: String(sort),
    SYSTEM: 'N',
    CATEGORY_ID: String(categoryId),
    COLOR: colour,
    // In progress is stored as NULL (onBeforeAdd), so a SEMANTICS:"P" filter matches nothing.
    SEMANTICS: semantics === 'P' ? null : (semantics as 'S' | 'F'),
  };
  portal.statuses.push(row);
  portal.onChange();
  return { result: Number(row.ID) };
}

function update(params: JsonObject, ctx: RestContext) {
  const { portal } = ctx;
  const given = objectParam(params, 'fields');
  objectParam(params, 'params');
  const id = requestedId(params);
  if (id <= 0) throw StatusErrors.invalidId();
  // STATUS_ID, ENTITY_ID, CATEGORY_ID, SEMANTICS, SYSTEM, NAME_INIT, ID: silently dropped.
  const fields = internalize(given, WRITABLE_ON_UPDATE);
  requireCrmAdmin(ctx);
  const row = existingRow(portal, id);
  const colour = colourOf(fields);
  // Nothing to write: `true` all the same (the side-effect-free rights probe, §9).
  if (!isSet(fields['NAME']) && !isSet(fields['SORT']) && colour === undefined) {
    return { result: true };
  }
  const next: Partial<StatusRow> = {
    SORT: String(coerceSort(isSet(fields['SORT']) ? fields['SORT'] : row.SORT)),
  };
  // An empty, blank or "0" NAME keeps the old one, without an error.
  const name = asString(fields['NAME'] ?? '').trim();
  if (!phpEmpty(name)) next.NAME = name;
  // "" is stored as "#".
  if (colour !== undefined) next.COLOR = withHash(colour);
  // The ORM refuses values longer than their column; CCrmStatus::Update ignores the failure and
  // the REST answer is still `true`, with nothing saved.
  const tooLong =
    charLength(next.NAME ?? '') > NAME_MAX_LENGTH ||
    charLength(next.COLOR ?? '') > COLOR_MAX_LENGTH;
  if (!tooLong) {
    Object.assign(row, next);
    portal.onChange();
  }
  return { result: true };
}

/** Directories whose delete the REST proxy guards itself, with a fixed English sentence. */
const LEGACY_ITEM_GUARD = /^(STATUS|QUOTE_STATUS|INVOICE_STATUS|DEAL_STAGE(_\d+)?)$/;

function remove(params: JsonObject, ctx: RestContext) {
  const { portal } = ctx;
  const id = requestedId(params);
  // Not checked for being an array here (unlike add and update).
  const raw = params['params'] ?? params['PARAMS'];
  const flags: JsonObject = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  if (id <= 0) throw StatusErrors.invalidId();
  requireCrmAdmin(ctx);
  const row = existingRow(portal, id);
  // Exactly "Y" (strict comparison). With it ANY empty system stage goes: NEW, WON, LOSE...
  if (row.SYSTEM === 'Y' && flags['FORCED'] !== 'Y') throw StatusErrors.forcedRequired();
  // A directory the portal does not offer (smart invoices switched off) has no item check.
  const type = visibleEntityType(portal, String(row.ENTITY_ID));
  const entityTypeId = type?.['ENTITY_TYPE_ID'];
  // Items are counted whatever the caller may read.
  const holdsItems =
    typeof entityTypeId === 'number' &&
    portal.items.some((i) => i.entityTypeId === entityTypeId && i.stageId === row.STATUS_ID);
  if (holdsItems && LEGACY_ITEM_GUARD.test(String(row.ENTITY_ID))) throw StatusErrors.activeItems();
  if (holdsItems) throw StatusErrors.stageWithItems(portal.settings.lang);
  // Nothing is renumbered.
  portal.statuses = portal.statuses.filter((r) => r !== row);
  portal.onChange();
  return { result: true };
}

export const statusWriteMethods: Record<string, MethodDef> = {
  'crm.status.add': { handler: add },
  'crm.status.update': { handler: update },
  'crm.status.delete': { handler: remove },
};
