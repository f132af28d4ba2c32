import type { ChangeKind } from '../change';
import { actionOf, isAboutAnother, mainDelta, subjectName, type JournalEntry } from './entry';

/**
 * Each entry reads as one sentence in the admin's language: a message key with placeholders,
 * filled with the entry's names as plain text (never markup; the names are untrusted). The board
 * translates `key`, and `action` (a kind of change, named as a noun) where the sentence has one.
 */
export type SentenceKey =
  | 'journalMove'
  | 'journalMoveFirst'
  | 'journalReorder'
  | 'journalRename'
  | 'journalRestoreName'
  | 'journalRecolour'
  | 'journalAdd'
  | 'journalDelete'
  | 'journalDeleteItems'
  | 'journalMoveItems'
  | 'journalOutcomeAdd'
  | 'journalOutcomeItems'
  | 'journalOutcomeDelete'
  | 'journalUndo'
  | 'journalRedo'
  | 'journalRevert'
  | 'journalOther';

export interface Sentence {
  readonly key: SentenceKey;
  readonly values: Readonly<Record<string, string | number>>;
  /** Filled into `{action}` by the board, as a noun in the admin's language. */
  readonly action?: ChangeKind;
}

/** Who made the change, as far as anyone knows: the name, else the user id. */
export function whoOf(entry: JournalEntry, fallback: string): string {
  if (entry.who === null) return fallback;
  return entry.who.name.trim() || `#${entry.who.id}`;
}

const ABOUT: Record<'undo' | 'redo' | 'revert', SentenceKey> = {
  undo: 'journalUndo',
  redo: 'journalRedo',
  revert: 'journalRevert',
};

export function sentenceOf(entry: JournalEntry, fallbackWho: string): Sentence {
  const { change } = entry;
  const base = { who: whoOf(entry, fallbackWho), directory: change.directory.name };
  const delta = mainDelta(change);
  const before = delta?.before;
  const after = delta?.after;
  const name = subjectName(change);
  if (isAboutAnother(change.kind)) {
    const kind = change.kind as 'undo' | 'redo' | 'revert';
    return { key: ABOUT[kind], values: { ...base, name }, action: actionOf(change) };
  }
  switch (change.kind) {
    case 'move':
      if (change.follows === undefined) return { key: 'journalReorder', values: base };
      return change.follows === null
        ? { key: 'journalMoveFirst', values: { ...base, name } }
        : { key: 'journalMove', values: { ...base, name, follows: change.follows } };
    case 'rename':
    case 'restore-name':
      return {
        key: change.kind === 'rename' ? 'journalRename' : 'journalRestoreName',
        values: { ...base, from: before?.name ?? '', to: after?.name ?? '' },
      };
    case 'recolour':
      return {
        key: 'journalRecolour',
        values: { ...base, name, from: before?.color ?? '—', to: after?.color ?? '—' },
      };
    case 'add':
      return { key: 'journalAdd', values: { ...base, name } };
    case 'delete': {
      const values = { ...base, name, statusId: before?.statusId ?? '' };
      const { items } = change;
      return items && items.ids.length > 0
        ? {
            key: 'journalDeleteItems',
            values: { ...values, count: items.ids.length, target: items.toName ?? items.to },
          }
        : { key: 'journalDelete', values };
    }
    case 'move-items':
      return {
        key: 'journalMoveItems',
        values: {
          ...base,
          count: change.items?.ids.length ?? 0,
          from: change.items?.fromName ?? change.items?.from ?? '',
          to: change.items?.toName ?? change.items?.to ?? '',
        },
      };
    case 'outcome':
      return outcomeSentence(change, base, name);
    default:
      return { key: 'journalOther', values: base, action: change.kind };
  }
}

/**
 * One step of an outcome change (docs/analytics.md §3): the replacement added, a page of items
 * moved, the old stage deleted. Both stages bear the same name, so the codes tell them apart.
 */
function outcomeSentence(
  change: JournalEntry['change'],
  base: Sentence['values'],
  name: string,
): Sentence {
  const delta = mainDelta(change);
  const { items } = change;
  if (delta?.before === null && delta.after) {
    return { key: 'journalOutcomeAdd', values: { ...base, name, statusId: delta.after.statusId } };
  }
  if (delta?.after === null && delta.before) {
    return {
      key: 'journalOutcomeDelete',
      values: { ...base, name, statusId: delta.before.statusId },
    };
  }
  if (items) {
    const values = { ...base, name, count: items.ids.length, from: items.from, to: items.to };
    return { key: 'journalOutcomeItems', values };
  }
  return { key: 'journalOther', values: base, action: change.kind };
}
