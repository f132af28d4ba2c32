import type { NewStage, StageUpdate, WriteFailure } from '../b24/portal';
import { isPortalErrorKind, PortalError } from '../b24/portal-error';
import { parseHexColour } from '../domain/colour';
import { SORT_MAX, SORT_MIN } from '../domain/sort-planner';
import type { StagePatch } from '../domain/stage';
import { validateStageName } from '../domain/stage-name';
import { isChangeKind } from '../domain/journal/entry';
import {
  EDIT_KINDS,
  addFailure,
  type EditJournal,
  type EditLabel,
  type StageEdit,
} from './stage-edit';

/**
 * The unsaved-changes list as kept in a portal user option between page loads. What comes back
 * is untrusted (another version of the app wrote it, or someone edited it by hand): every entry
 * is checked on read, and names and colours are validated again, exactly as if the admin had
 * typed them, before anything is resent. An entry that fails any check is dropped and counted,
 * so the app always starts and the admin is told what was lost.
 */
export interface KeptEdit {
  readonly edit: StageEdit;
  readonly failures: readonly WriteFailure[];
}

export interface DecodedEdits {
  readonly kept: readonly KeptEdit[];
  /** Entries that could not be read and were dropped. */
  readonly dropped: number;
}

const VERSION = 2;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown, max = 1000): value is string =>
  typeof value === 'string' && value.length <= max;

class Invalid extends Error {}
const fail = (): never => {
  throw new Invalid();
};

function name(value: unknown): string {
  const checked = typeof value === 'string' ? validateStageName(value) : null;
  return checked?.ok ? checked.value : fail();
}

function colour(value: unknown): string {
  const parsed = typeof value === 'string' ? parseHexColour(value) : null;
  return parsed?.ok ? parsed.value : fail();
}

function sort(value: unknown): number {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= SORT_MIN &&
    value <= SORT_MAX
    ? value
    : fail();
}

/** A patch as stored now (`name`, `sort`, `color`) or by the first version (`NAME`, ...). */
function patch(value: unknown): StagePatch {
  if (!isObject(value)) return fail();
  const pick = (now: string, before: string) => value[now] ?? value[before];
  const out: { name?: string; sort?: number; color?: string } = {};
  if (pick('name', 'NAME') !== undefined) out.name = name(pick('name', 'NAME'));
  if (pick('sort', 'SORT') !== undefined) out.sort = sort(pick('sort', 'SORT'));
  if (pick('color', 'COLOR') !== undefined) out.color = colour(pick('color', 'COLOR'));
  return Object.keys(out).length > 0 ? out : fail();
}

function update(value: unknown, idPattern: RegExp): StageUpdate {
  if (!isObject(value) || !isText(value['id'], 80) || !idPattern.test(value['id'])) return fail();
  const expected = value['expected'];
  return {
    id: value['id'],
    patch: patch(value['patch'] ?? value['fields']),
    ...(expected === undefined ? {} : { expected: patch(expected) }),
  };
}

const ROW_ID = /^\d{1,12}$/;
const ROW_OR_ADD_ID = /^(\d{1,12}|add:.+)$/;
const ENTITY_ID = /^[A-Za-z0-9_]{1,64}$/;

function label(value: unknown): EditLabel {
  if (!isObject(value) || !isText(value['name'])) return fail();
  const kind = EDIT_KINDS.find((k) => k === value['kind']) ?? fail();
  if (kind === 'move' || kind === 'add') return { kind, name: value['name'] };
  return isText(value['value']) ? { kind, name: value['name'], value: value['value'] } : fail();
}

function newStage(value: unknown): NewStage {
  if (!isObject(value)) return fail();
  const { entityId, code, statusId, semantics, categoryId } = value;
  if (!isText(entityId) || !ENTITY_ID.test(entityId) || !isText(code, 50) || code === '')
    return fail();
  if (!isText(statusId, 80) || statusId === '') return fail();
  if (semantics !== '' && semantics !== 'F' && semantics !== null) return fail();
  if (categoryId !== null && !(typeof categoryId === 'number' && Number.isInteger(categoryId)))
    return fail();
  return {
    entityId,
    code,
    statusId,
    name: name(value['name']),
    sort: sort(value['sort']),
    semantics,
    color: value['color'] === null ? null : colour(value['color']),
    categoryId,
  };
}

/** What the change journal knows of the edit (kept so a retried undo is still journalled as one). */
function journal(value: unknown): EditJournal {
  if (!isObject(value) || !isText(value['directory'], 255)) return fail();
  const { stageId, cause, silent } = value;
  if (stageId !== undefined && !(isText(stageId, 12) && ROW_ID.test(stageId))) return fail();
  if (silent !== undefined && typeof silent !== 'boolean') return fail();
  let checked: EditJournal['cause'];
  if (cause !== undefined) {
    if (!isObject(cause) || !isText(cause['of'], 40) || !/^[a-z0-9]+$/.test(cause['of']))
      return fail();
    const kind = (['undo', 'redo', 'revert'] as const).find((k) => k === cause['kind']) ?? fail();
    const ofKind = isChangeKind(cause['ofKind']) ? cause['ofKind'] : fail();
    const ofName = cause['ofName'];
    if (ofName !== undefined && !isText(ofName, 255)) return fail();
    checked = { kind, of: cause['of'], ofKind, ...(ofName === undefined ? {} : { ofName }) };
  }
  return {
    directory: value['directory'],
    ...(stageId === undefined ? {} : { stageId }),
    ...(checked ? { cause: checked } : {}),
    ...(silent === undefined ? {} : { silent }),
  };
}

function failure(value: unknown): WriteFailure {
  if (!isObject(value) || !isObject(value['error'])) return fail();
  const { kind, code, description, method } = value['error'];
  if (!isText(code) || !isText(description) || !isText(method)) return fail();
  return {
    update: update(value['update'], ROW_OR_ADD_ID),
    error: new PortalError(isPortalErrorKind(kind) ? kind : 'server', code, description, method),
  };
}

/** A change still on its way when the frame went away: it may or may not have landed. */
function interrupted(edit: StageEdit): WriteFailure[] {
  const error = new PortalError(
    'network',
    '',
    '',
    edit.add ? 'crm.status.add' : 'crm.status.update',
  );
  return edit.add ? [addFailure(edit.add, error)] : edit.updates.map((u) => ({ update: u, error }));
}

function entry(value: unknown): KeptEdit {
  if (!isObject(value)) return fail();
  const raw = value['edit'] ?? value['write'];
  if (!isObject(raw) || !isText(raw['id'], 80) || !isText(raw['entityId'])) return fail();
  if (!ENTITY_ID.test(raw['entityId']) || !Array.isArray(raw['updates'])) return fail();
  const edit: StageEdit = {
    id: raw['id'],
    entityId: raw['entityId'],
    label: label(raw['label']),
    updates: raw['updates'].map((u) => update(u, ROW_ID)),
    ...(raw['add'] === undefined ? {} : { add: newStage(raw['add']) }),
    ...(raw['journal'] === undefined ? {} : { journal: journal(raw['journal']) }),
  };
  const stored = value['failures'];
  const failures =
    value['state'] === 'failed' && Array.isArray(stored) && stored.length > 0
      ? stored.map(failure)
      : interrupted(edit);
  return { edit, failures };
}

/** Reads the kept list; never throws. */
export function decodeUnsavedEdits(text: string | null): DecodedEdits {
  if (text === null || text === '') return { kept: [], dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kept: [], dropped: 1 };
  }
  // The first version stored a bare array.
  const list = Array.isArray(value) ? value : isObject(value) ? value['edits'] : null;
  if (!Array.isArray(list)) return { kept: [], dropped: 1 };
  const kept: KeptEdit[] = [];
  let dropped = 0;
  for (const item of list) {
    try {
      kept.push(entry(item));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      dropped++;
    }
  }
  return { kept, dropped };
}

export interface EncodableEdit {
  readonly edit: StageEdit;
  readonly state: 'saving' | 'failed';
  readonly failures: readonly WriteFailure[];
}

export function encodeUnsavedEdits(entries: readonly EncodableEdit[]): string {
  if (entries.length === 0) return '';
  return JSON.stringify({
    v: VERSION,
    edits: entries.map(({ edit, state, failures }) => ({
      edit,
      state,
      failures: failures.map(({ update: u, error }) => ({
        update: u,
        error: {
          kind: error.kind,
          code: error.code,
          description: error.description,
          method: error.method,
        },
      })),
    })),
  });
}
