// The app's own storage (entity.*): on a real portal each storage is an information block of type
// `rest_entity` coded APP_<client_id>_<ENTITY>, its items are iblock elements, its rights iblock
// rights. docs/server-behaviour.md §4; server source rest/classes/general/restentity.php,
// iblock/classes/general/iblock_rights.php.
import type { Caller } from './types';

/** The emulated app's client_id: 32 characters, which leaves 13 for ENTITY (50 in all). */
export const CLIENT_ID = 'local.66a1b2c3d4e5f6.12345678901';
export const IBLOCK_TYPE_ID = 'rest_entity';
export const ENTITY_CODE_MAX = 50 - `APP_${CLIENT_ID}_`.length;

export type Letter = 'R' | 'W' | 'X';

export interface StorageProperty {
  code: string;
  name: string;
  type: 'S' | 'N' | 'F';
  sort: number;
}

export interface StorageEntity {
  id: number;
  entity: string;
  name: string;
  /** Access code (U1, G1, AU...) → letter. */
  rights: Record<string, Letter>;
  properties: StorageProperty[];
}

/** Element fields as stored (strings, or null where the column is NULL). */
export interface StorageItem {
  id: number;
  entity: string;
  fields: Record<string, string | null>;
  properties: Record<string, string>;
}

export interface AppStorage {
  entities: StorageEntity[];
  items: StorageItem[];
  nextEntityId: number;
  nextItemId: number;
}

export function emptyStorage(): AppStorage {
  return { entities: [], items: [], nextEntityId: 41, nextItemId: 2301 };
}

/**
 * The caller's access codes: the user, all authorised users, everyone, and group 1 (portal
 * administrators) for an admin. On a cloud portal being an admin bypasses nothing: only these
 * codes count (iblock_rights.php: only $USER->IsAdmin(), false for cloud admins).
 */
export function accessCodes(caller: Caller): string[] {
  const codes = [`U${caller.userId}`, 'AU', 'G2'];
  if (caller.admin) codes.push('G1');
  return codes;
}

const RANK: Record<Letter, number> = { R: 1, W: 2, X: 3 };

/** 0 none, 1 read, 2 write items, 3 full (storage, rights, properties). */
export function accessLevel(entity: StorageEntity, caller: Caller): number {
  return accessCodes(caller).reduce((max, code) => {
    const letter = entity.rights[code];
    return letter ? Math.max(max, RANK[letter]) : max;
  }, 0);
}

/** checkRights(): keeps only R, W and X. */
export function cleanRights(access: unknown): Record<string, Letter> {
  const out: Record<string, Letter> = {};
  if (!access || typeof access !== 'object' || Array.isArray(access)) return out;
  for (const [code, letter] of Object.entries(access)) {
    if (letter === 'R' || letter === 'W' || letter === 'X') out[code] = letter;
  }
  return out;
}

/** Item fields entity.item.add/update store (prepareItem: any [A-Za-z0-9_] key of the element). */
export const ITEM_FIELDS = [
  'NAME',
  'ACTIVE',
  'SORT',
  'CODE',
  'PREVIEW_TEXT',
  'DETAIL_TEXT',
  'DATE_ACTIVE_FROM',
  'DATE_ACTIVE_TO',
  'SECTION',
];

/** entity.item.get row, key for key (restentity.php entityItemGet). */
export function itemRow(item: StorageItem, entity: StorageEntity): Record<string, unknown> {
  const f = item.fields;
  const row: Record<string, unknown> = {
    ID: String(item.id),
    TIMESTAMP_X: f['TIMESTAMP_X'] ?? null,
    MODIFIED_BY: f['MODIFIED_BY'] ?? null,
    DATE_CREATE: f['DATE_CREATE'] ?? null,
    CREATED_BY: f['CREATED_BY'] ?? null,
    ACTIVE: f['ACTIVE'] ?? 'Y',
    DATE_ACTIVE_FROM: f['DATE_ACTIVE_FROM'] ?? '',
    DATE_ACTIVE_TO: f['DATE_ACTIVE_TO'] ?? '',
    SORT: f['SORT'] ?? '500',
    NAME: f['NAME'] ?? '',
    PREVIEW_PICTURE: null,
    PREVIEW_TEXT: f['PREVIEW_TEXT'] ?? '',
    DETAIL_PICTURE: null,
    DETAIL_TEXT: f['DETAIL_TEXT'] ?? '',
    CODE: f['CODE'] ?? null,
    ENTITY: entity.entity,
  };
  row['SECTION'] = f['SECTION'] ?? null;
  if (entity.properties.length > 0) {
    row['PROPERTY_VALUES'] = Object.fromEntries(
      entity.properties.map((p) => [p.code, item.properties[p.code] ?? null]),
    );
  }
  return row;
}
