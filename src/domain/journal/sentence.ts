import type { ChangeKind, ChangeRecord } from '../change';
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
  | 'journalImport'
  | 'journalOutcomeFailure'
  | 'journalOutcomeProcess'
  | 'journalOutcomeItems'
  | 'journalOutcomeOld'
  | 'journalPipelineAdd'
  | 'journalPipelineRename'
  | 'journalPipelineDelete'
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

type Base = { readonly who: string; readonly directory: string };

/** A kind this version cannot say more about (or an entry missing what its sentence needs). */
const other = (change: ChangeRecord, base: Base): Sentence => ({
  key: 'journalOther',
  values: base,
  action: change.kind,
});

/**
 * An outcome change is journalled step by step (docs/analytics.md §3): the replacement added in
 * the other group, each page of items moved into it, the old stage deleted. Each step says which.
 */
function outcomeSentence(change: ChangeRecord, base: Base): Sentence {
  const added = change.stages.find((d) => d.before === null)?.after;
  if (added) {
    const key = added.group === 'failure' ? 'journalOutcomeFailure' : 'journalOutcomeProcess';
    return { key, values: { ...base, name: added.name } };
  }
  const old = change.stages.find((d) => d.after === null)?.before;
  if (old) {
    return {
      key: 'journalOutcomeOld',
      values: { ...base, name: old.name, statusId: old.statusId },
    };
  }
  const { items } = change;
  if (!items) return other(change, base);
  const values = { ...base, count: items.ids.length, name: items.fromName ?? items.from };
  return { key: 'journalOutcomeItems', values: { ...values, to: items.to } };
}

/** Pipelines are directories: their sentence names the directory, as the app lists it. */
function pipelineSentence(change: ChangeRecord, base: Base): Sentence {
  const name = change.directory.name;
  if (change.kind === 'pipeline-add')
    return { key: 'journalPipelineAdd', values: { ...base, name } };
  if (change.kind === 'pipeline-delete') {
    return { key: 'journalPipelineDelete', values: { ...base, name } };
  }
  if (change.formerName === undefined) return other(change, base);
  return {
    key: 'journalPipelineRename',
    values: { ...base, from: change.formerName, to: name },
  };
}

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
    case 'import':
      return { key: 'journalImport', values: { ...base, count: change.stages.length } };
    case 'outcome':
      return outcomeSentence(change, base);
    case 'pipeline-add':
    case 'pipeline-rename':
    case 'pipeline-delete':
      return pipelineSentence(change, base);
    default:
      return other(change, base);
  }
}
