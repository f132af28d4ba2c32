import { normalisePortalColour } from '../domain/colour';
import type { Stage } from '../domain/stage';
import { runBatch, type Command, type Outcome, type SendBatch } from './batch';
import type { StagePatch } from './portal';
import { PortalError, type NotSavedReason } from './portal-error';
import { stagesFromRows } from './rows';

/**
 * Reading a directory. crm.status.list never pages on the real server: it returns every row,
 * ignores `start`, and ignores any filter key with an operator or in lower case, answering with
 * the whole portal instead (docs/server-behaviour.md §1). So: one plain `ENTITY_ID` filter, no
 * `start`, and the rows of other directories dropped if a portal ignored the filter anyway.
 */
export const listCommand = (entityId: string): Command => [
  'crm.status.list',
  { order: { SORT: 'ASC', ID: 'ASC' }, filter: { ENTITY_ID: entityId } },
];

export interface DirectoryRead {
  readonly stages: Stage[];
  /** How many rows came, and how many the portal says there are (it may page, see below). */
  readonly received: number;
  readonly total: number | null;
}

/** The stages of `entityId` in a crm.status.list outcome; null when the read failed. */
export function directoryRead(
  outcome: Outcome | undefined,
  entityId: string,
): DirectoryRead | null {
  if (outcome?.status !== 'ok' || !Array.isArray(outcome.result)) return null;
  const rows = outcome.result as unknown[];
  const stages = stagesFromRows(rows).filter((s) => s.entityId === entityId);
  return { stages, received: rows.length, total: outcome.total };
}

/** A read holding every row: what the real server always sends. */
export const isComplete = (read: DirectoryRead) =>
  read.total === null || read.total <= read.received;

/**
 * The whole directory in one request. The REST docs (not the server) describe pages of 50 with
 * `total`/`next`; a portal that answers that way gets its remaining pages read in one more
 * request, rows matched by ID, so the app works with both (docs/server-behaviour.md §1).
 */
export async function readDirectory(send: SendBatch, entityId: string): Promise<Stage[]> {
  const [outcome] = await runBatch(send, [listCommand(entityId)]);
  return completeRead(send, entityId, outcome);
}

export async function completeRead(
  send: SendBatch,
  entityId: string,
  outcome: Outcome | undefined,
): Promise<Stage[]> {
  if (outcome?.status === 'failed') throw outcome.error;
  const read = directoryRead(outcome, entityId);
  if (!read) throw new PortalError('server', '', '', 'crm.status.list');
  if (isComplete(read) || read.received === 0) return read.stages;
  const pages: Command[] = [];
  const [method, params] = listCommand(entityId);
  for (let start = read.received; start < (read.total ?? 0); start += read.received) {
    if (pages.length === 50) break;
    pages.push([method, { ...params, start }]);
  }
  const byId = new Map(read.stages.map((s) => [s.id, s]));
  for (const page of await runBatch(send, pages)) {
    if (page.status === 'failed') throw page.error;
    for (const stage of directoryRead(page, entityId)?.stages ?? []) byId.set(stage.id, stage);
  }
  return [...byId.values()].sort((a, b) => a.sort - b.sort || Number(a.id) - Number(b.id));
}

/** A colour as crm.status stores it: always with its `#` (docs/server-behaviour.md §1). */
export const withHash = (colour: string) => (colour.startsWith('#') ? colour : `#${colour}`);

/** The crm.status.update `fields` for a patch: the only place domain words become REST names. */
export function restFields(patch: StagePatch): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (patch.name !== undefined) fields['NAME'] = patch.name;
  if (patch.sort !== undefined) fields['SORT'] = patch.sort;
  if (patch.color !== undefined) fields['COLOR'] = withHash(patch.color);
  return fields;
}

/** NAME is a varchar(100); a longer one fails in the database and `true` is still answered. */
const NAME_COLUMN = 100;

const sameColour = (a: string | null | undefined, b: string | null | undefined) =>
  (a == null ? null : normalisePortalColour(withHash(a))) ===
  (b == null ? null : normalisePortalColour(withHash(b)));

/**
 * Whether the portal holds `value` for one patched field: NAME as sent or trimmed (the server
 * trims, docs/server-behaviour.md §1; a portal that does not is right too), COLOR in any case.
 */
export function holds(stage: Stage, field: keyof StagePatch, value: string | number): boolean {
  if (field === 'name') return stage.name === String(value) || stage.name === String(value).trim();
  if (field === 'sort') return stage.sort === Number(value);
  return sameColour(stage.color, String(value));
}

/**
 * Compares what was sent with what the portal holds after the write. crm.status.update answers
 * `true` even when it kept nothing: an empty NAME is ignored, a NAME over 100 characters fails
 * silently, SORT ≤ 0 becomes 10 (docs/server-behaviour.md §1). Null when everything landed.
 */
export function notSaved(sent: StagePatch, held: Stage): PortalError | null {
  const differs = (Object.keys(sent) as (keyof StagePatch)[]).filter((field) => {
    const value = sent[field];
    return value !== undefined && !holds(held, field, value);
  });
  if (differs.length === 0) return null;
  const name = sent.name?.trim();
  const reason: NotSavedReason = !differs.includes('name')
    ? 'not-kept'
    : name === '' || name === '0'
      ? 'empty-name'
      : [...(name ?? '')].length > NAME_COLUMN
        ? 'name-too-long'
        : 'not-kept';
  const shown = differs.map((field) =>
    field === 'name' ? held.name : field === 'sort' ? String(held.sort) : (held.color ?? ''),
  );
  return new PortalError('not-saved', '', shown.join(', '), 'crm.status.update', reason);
}
