import type { ChangeKind, ChangeRecord, StageDelta } from '../change';

/**
 * One entry of the change journal: a change made through the app, who made it and when. The
 * journal lives in the portal's app storage so every admin sees the same one; an entry the portal
 * has not stored yet (its write failed, or the storage is refused) has no `id` and is shown as
 * not yet recorded.
 */
export interface JournalAuthor {
  /** The portal's user id, as `profile` and the storage's CREATED_BY give it. */
  readonly id: string;
  readonly name: string;
}

export interface JournalEntry {
  /** Made by the app when the change happens: stays the same whether or not it is stored yet. */
  readonly key: string;
  /** The storage's item id; null while not yet recorded. */
  readonly id: string | null;
  /** ISO 8601, the portal's clock; null until known. */
  readonly at: string | null;
  readonly who: JournalAuthor | null;
  readonly change: ChangeRecord;
}

/** Every kind the journal knows, for its filter and for validating what it reads. */
export const JOURNAL_KINDS: readonly ChangeKind[] = [
  'move',
  'rename',
  'restore-name',
  'recolour',
  'add',
  'delete',
  'move-items',
  'reference-edit',
  'import',
  'outcome',
  'pipeline-add',
  'pipeline-rename',
  'pipeline-delete',
  'undo',
  'redo',
  'revert',
];

export const isChangeKind = (value: unknown): value is ChangeKind =>
  typeof value === 'string' && (JOURNAL_KINDS as readonly string[]).includes(value);

/** Undo, redo and revert are changes about an earlier entry. */
export const isAboutAnother = (kind: ChangeKind) =>
  kind === 'undo' || kind === 'redo' || kind === 'revert';

/** The delta the change is about: the one stage a rename, recolour, add or delete touched. */
export const mainDelta = (change: ChangeRecord): StageDelta | undefined => change.stages[0];

/** What the change did, read from its deltas (an undo of a delete is an add, and so on). */
export function effectOf(change: ChangeRecord): ChangeKind {
  const delta = mainDelta(change);
  if (!delta) return change.items ? 'move-items' : change.kind;
  if (delta.before === null) return 'add';
  if (delta.after === null) return 'delete';
  if (delta.before.name !== delta.after.name) return 'rename';
  if (delta.before.color !== delta.after.color) return 'recolour';
  return 'move';
}

/**
 * The kind of change an entry names ("Undo rename of …"): its own kind, or for an undo, redo or
 * revert the kind of the entry it was about.
 */
export const actionOf = (change: ChangeRecord): ChangeKind =>
  isAboutAnother(change.kind) ? (change.ofKind ?? effectOf(change)) : change.kind;

/**
 * The stage an entry is about: by the name the change gave it, or for an undo, redo or revert by
 * the name the earlier change had left ("undid the rename of Closing invoice").
 */
export function subjectName(change: ChangeRecord): string {
  if (change.ofName !== undefined) return change.ofName;
  const delta = mainDelta(change);
  const [first, second] = isAboutAnother(change.kind)
    ? [delta?.before, delta?.after]
    : [delta?.after, delta?.before];
  return first?.name ?? second?.name ?? change.items?.fromName ?? '';
}

/** Changes that changed something: only these can be undone or reverted. */
export const changedSomething = (change: ChangeRecord) => change.outcome.status !== 'refused';

let counter = 0;
/** A key unique enough across admins and page loads: time, a random part and a counter. */
export function newEntryKey(random: () => number = Math.random): string {
  const rand = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${Date.now().toString(36)}${rand}${(counter++ % 1296).toString(36)}`;
}
