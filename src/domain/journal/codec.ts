import type { ChangeOutcome, ChangeRecord, StageDelta, StageSnapshot } from '../change';
import { SORT_MAX } from '../sort-planner';
import { GROUPS, type Group } from '../stage';
import { isChangeKind, type JournalAuthor, type JournalEntry } from './entry';
import { decodeIdRanges, encodeIdRanges } from './id-ranges';

/**
 * A journal entry as text, for one TEXT field of the portal's storage: storage values must be
 * scalars (docs/server-behaviour.md §4.3), so the entry travels as JSON. What comes back is
 * untrusted: another app, another version of this one, or anyone with write access to the
 * storage may have put it there. Every field is checked on read (names as text, colours as hex,
 * ids as digits); an entry that fails any check is not shown, only counted.
 */
export const JOURNAL_APP = 'b24-stage-editor/journal';
const VERSION = 1;

/** What the storage itself says about an item, apart from our text. */
export interface StoredMeta {
  /** The storage's item ID. */
  readonly id: string;
  /** CREATED_BY: set by the portal to the user who wrote it, so it cannot be forged. */
  readonly createdBy: string | null;
  /** DATE_CREATE: the portal's clock when the entry was written. */
  readonly createdAt: string | null;
}

const snapshotJson = (s: StageSnapshot | null) =>
  s && {
    id: s.id,
    statusId: s.statusId,
    name: s.name,
    color: s.color,
    sort: s.sort,
    group: s.group,
    system: s.system,
  };

/** The entry's text. `at` is kept only for an entry written late (the storage dates the rest). */
export function encodeEntry(entry: JournalEntry, late: boolean): string {
  const { change } = entry;
  return JSON.stringify({
    app: JOURNAL_APP,
    v: VERSION,
    key: entry.key,
    who: entry.who,
    ...(late && entry.at ? { at: entry.at } : {}),
    kind: change.kind,
    dir: { id: change.directory.entityId, name: change.directory.name },
    stages: change.stages.map((d) => ({ b: snapshotJson(d.before), a: snapshotJson(d.after) })),
    ...(change.items ? { items: { ...change.items, ids: encodeIdRanges(change.items.ids) } } : {}),
    outcome: change.outcome,
    ...(change.follows === undefined ? {} : { follows: change.follows }),
    ...(change.of === undefined ? {} : { of: change.of }),
    ...(change.ofKind === undefined ? {} : { ofKind: change.ofKind }),
    ...(change.ofName === undefined ? {} : { ofName: change.ofName }),
    ...(change.formerName === undefined ? {} : { formerName: change.formerName }),
  });
}

type Raw = Record<string, unknown>;
class Invalid extends Error {}
const fail = (): never => {
  throw new Invalid();
};
const object = (value: unknown): Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : fail();
const text = (value: unknown, max: number): string =>
  typeof value === 'string' && value.length <= max ? value : fail();
const matching = (value: unknown, pattern: RegExp): string =>
  typeof value === 'string' && pattern.test(value) ? value : fail();

const KEY = /^[a-z0-9]{1,40}$/;
const ROW_ID = /^\d{1,12}$/;
const ENTITY_ID = /^[A-Za-z0-9_]{1,64}$/;
const HEX = /^#[0-9a-f]{6}$/;
const NAME_MAX = 255;

function snapshot(value: unknown): StageSnapshot | null {
  if (value === null) return null;
  const raw = object(value);
  const sort = raw['sort'];
  if (typeof sort !== 'number' || !Number.isInteger(sort) || sort < 0 || sort > SORT_MAX) fail();
  const group = GROUPS.find((g) => g === raw['group']) ?? fail();
  const color = raw['color'] === null ? null : matching(raw['color'], HEX);
  if (typeof raw['system'] !== 'boolean') fail();
  const statusId = text(raw['statusId'], 80);
  if (statusId === '') fail();
  return {
    id: matching(raw['id'], ROW_ID),
    statusId,
    name: text(raw['name'], NAME_MAX),
    color,
    sort: sort as number,
    group: group as Group,
    system: raw['system'] as boolean,
  };
}

function delta(value: unknown): StageDelta {
  const raw = object(value);
  const d = { before: snapshot(raw['b']), after: snapshot(raw['a']) };
  return d.before === null && d.after === null ? fail() : d;
}

function outcome(value: unknown): ChangeOutcome {
  const raw = object(value);
  if (raw['status'] === 'saved') return { status: 'saved' };
  if (raw['status'] !== 'refused' && raw['status'] !== 'partly-saved') return fail();
  return { status: raw['status'], reason: text(raw['reason'], 2000) };
}

function items(value: unknown): ChangeRecord['items'] {
  const raw = object(value);
  const ids = decodeIdRanges(text(raw['ids'], 200_000)) ?? fail();
  const optional = (key: string) =>
    raw[key] === undefined ? {} : { [key]: text(raw[key], NAME_MAX) };
  return {
    ids,
    from: text(raw['from'], 80),
    to: text(raw['to'], 80),
    ...optional('fromName'),
    ...optional('toName'),
  };
}

function author(value: unknown, createdBy: string | null): JournalAuthor | null {
  // An entry recorded before the app knew who is signed in: the portal's CREATED_BY says.
  if (value === null || value === undefined)
    return createdBy === null ? null : { id: createdBy, name: '' };
  const raw = object(value);
  const id = matching(raw['id'], ROW_ID);
  const name = text(raw['name'], NAME_MAX);
  // The portal says who wrote it; a name claimed for someone else is not repeated.
  if (createdBy !== null && createdBy !== id) return { id: createdBy, name: '' };
  return { id, name };
}

const isoDate = (value: unknown): string | null =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value))
    ? value
    : null;

function entry(raw: Raw, meta: StoredMeta): JournalEntry {
  if (raw['app'] !== JOURNAL_APP || raw['v'] !== VERSION) fail();
  const kind = isChangeKind(raw['kind']) ? raw['kind'] : fail();
  const dir = object(raw['dir']);
  const stages = Array.isArray(raw['stages']) ? raw['stages'] : fail();
  if (stages.length > 2000) fail();
  const change: ChangeRecord = {
    kind,
    directory: { entityId: matching(dir['id'], ENTITY_ID), name: text(dir['name'], NAME_MAX) },
    stages: stages.map(delta),
    ...(raw['items'] === undefined ? {} : { items: items(raw['items']) }),
    outcome: outcome(raw['outcome']),
    ...(raw['follows'] === undefined
      ? {}
      : { follows: raw['follows'] === null ? null : text(raw['follows'], NAME_MAX) }),
    ...(raw['of'] === undefined ? {} : { of: matching(raw['of'], KEY) }),
    ...(raw['ofKind'] === undefined
      ? {}
      : { ofKind: isChangeKind(raw['ofKind']) ? raw['ofKind'] : fail() }),
    ...(raw['ofName'] === undefined ? {} : { ofName: text(raw['ofName'], NAME_MAX) }),
    ...(raw['formerName'] === undefined ? {} : { formerName: text(raw['formerName'], NAME_MAX) }),
  };
  const at = raw['at'] === undefined ? isoDate(meta.createdAt) : (isoDate(raw['at']) ?? fail());
  return {
    key: matching(raw['key'], KEY),
    id: meta.id,
    at,
    who: author(raw['who'], meta.createdBy),
    change,
  };
}

/** Reads one stored entry; null when it is malformed or not one of ours. Never throws. */
export function decodeEntry(stored: string, meta: StoredMeta): JournalEntry | null {
  if (!ROW_ID.test(meta.id) || stored.length > 400_000) return null;
  try {
    return entry(object(JSON.parse(stored)), meta);
  } catch (error) {
    if (error instanceof Invalid || error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * An entry kept in the browser until the portal stores it (the not-yet-recorded list), written by
 * encodeEntry(entry, true): as untrusted as the portal's copy, so read the same way.
 */
export function decodePendingEntry(stored: unknown): JournalEntry | null {
  if (typeof stored !== 'string') return null;
  const decoded = decodeEntry(stored, { id: '0', createdBy: null, createdAt: null });
  return decoded && { ...decoded, id: null };
}
