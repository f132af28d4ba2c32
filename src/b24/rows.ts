import { normalisePortalColour } from '../domain/colour';
import type { CrmObject, Directory, Group, Stage } from '../domain/stage';
import { objectOf } from '../domain/directories';

/**
 * REST rows as the portal sends them. Every field is untrusted: crm.status.* sends numbers as
 * strings (`"SORT": "10"`), `CATEGORY_ID` as null, a string or a number, and `SEMANTIC_INFO` as an
 * object for leads/deals but `[]` for smart processes (docs/server-behaviour.md §1). Parse
 * defensively, never throw on odd data.
 */
export type StatusRow = Readonly<Record<string, unknown>>;
export type EntityTypeRow = Readonly<Record<string, unknown>>;

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const integer = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : null;
};

const isOff = (value: unknown) =>
  value === false || value === 0 || (typeof value === 'string' && /^(n|0|false)$/i.test(value));

/** `S` success, `F` failure; `''`, `P` and anything unknown are in progress (the safe zone). */
function groupOf(semantics: unknown): Group {
  const s = text(semantics).toUpperCase();
  if (s === 'S') return 'success';
  if (s === 'F') return 'failure';
  return 'process';
}

export function stageFromRow(row: StatusRow): Stage | null {
  const id = text(row['ID']);
  const statusId = text(row['STATUS_ID']);
  if (!/^\d+$/.test(id) || statusId === '') return null;
  const nameInit = text(row['NAME_INIT']);
  return {
    id,
    statusId,
    entityId: text(row['ENTITY_ID']),
    name: text(row['NAME']),
    nameInit: nameInit === '' ? null : nameInit,
    sort: integer(row['SORT']) ?? 0,
    color: normalisePortalColour(row['COLOR']),
    group: groupOf(row['SEMANTICS']),
    system: text(row['SYSTEM']).toUpperCase() === 'Y',
    categoryId: integer(row['CATEGORY_ID']),
  };
}

export function stagesFromRows(rows: unknown): Stage[] {
  if (!Array.isArray(rows)) return [];
  const stages: Stage[] = [];
  for (const row of rows) {
    if (row === null || typeof row !== 'object') continue;
    const stage = stageFromRow(row as StatusRow);
    if (stage) stages.push(stage);
  }
  return stages;
}

export function directoryFromRow(row: EntityTypeRow): Directory | null {
  const entityId = text(row['ID']);
  if (entityId === '') return null;
  const object: CrmObject = objectOf(entityId);
  return {
    entityId,
    name: text(row['NAME']) || entityId,
    // SEMANTIC_INFO is present (object or []) exactly for the directories that have stages.
    hasSemantics: row['SEMANTIC_INFO'] !== undefined && row['SEMANTIC_INFO'] !== null,
    object,
    entityTypeId: integer(row['ENTITY_TYPE_ID']),
    categoryId: integer(row['CATEGORY_ID']),
    prefix: text(row['PREFIX']) || null,
    categoryName: text(row['CATEGORY_NAME']) || null,
    categorySort: integer(row['CATEGORY_SORT']),
    isDefaultCategory: row['IS_DEFAULT_CATEGORY'] === true,
    // Only smart-process style entries carry IS_ENABLED; false means their stages are switched
    // off (docs/server-behaviour.md §1). Anything else, the key missing included, is on.
    enabled: !isOff(row['IS_ENABLED']),
  };
}

export function directoriesFromRows(rows: unknown): Directory[] {
  if (!Array.isArray(rows)) return [];
  return rows
    .filter((row): row is EntityTypeRow => row !== null && typeof row === 'object')
    .map(directoryFromRow)
    .filter((d): d is Directory => d !== null);
}
