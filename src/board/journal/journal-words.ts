import '../../i18n/journal';
import { isPortalErrorKind, PortalError } from '../../b24/portal-error';
import type { ChangeKind } from '../../domain/change';
import { actionOf, subjectName, type JournalEntry } from '../../domain/journal/entry';
import { sentenceOf } from '../../domain/journal/sentence';
import type { UndoRefusal } from '../../domain/journal/undo-plan';
import type { MessageKey, Translate } from '../../i18n/messages';
import type {
  Announcement,
  JournalSnapshot,
  JournalStatus,
} from '../../stages/journal/session-journal';
import { errorMessage } from '../error-message';

/** Each kind of change as a noun in the admin's language ("Undo {rename} of …"). */
export const ACTION_NOUNS: Record<ChangeKind, MessageKey> = {
  move: 'actionMove',
  rename: 'actionRename',
  'restore-name': 'actionRestoreName',
  recolour: 'actionRecolour',
  add: 'actionAdd',
  delete: 'actionDelete',
  'move-items': 'actionMoveItems',
  'reference-edit': 'actionReferenceEdit',
  import: 'actionImport',
  outcome: 'actionOutcome',
  'pipeline-add': 'actionPipelineAdd',
  'pipeline-rename': 'actionPipelineRename',
  'pipeline-delete': 'actionPipelineDelete',
  undo: 'actionUndo',
  redo: 'actionRedo',
  revert: 'actionRevert',
};

/** A noun at the start of a select option: capitalised in the admin's language. */
export const capitalised = (text: string, lang: string) =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** The entry as one sentence; `me` names the author of an entry this page has not stored yet. */
export function sentenceText(t: Translate, entry: JournalEntry, me: string): string {
  const sentence = sentenceOf(entry, me);
  const values = sentence.action
    ? { ...sentence.values, action: t(ACTION_NOUNS[sentence.action]) }
    : sentence.values;
  return t(sentence.key, values);
}

/** A stored reason (`kind: the portal's words`) in the admin's language. */
export function reasonText(t: Translate, reason: string): string {
  const match = /^([a-z-]+)(?:: ([\s\S]*))?$/.exec(reason);
  const kind = match?.[1];
  if (!isPortalErrorKind(kind)) return reason;
  return errorMessage(t, new PortalError(kind, '', match?.[2] ?? '', ''));
}

/** "Refused: …" / "Partly saved: …", or nothing for a saved change. */
export function outcomeText(t: Translate, entry: JournalEntry): string | null {
  const { outcome } = entry.change;
  if (outcome.status === 'saved') return null;
  const reason = reasonText(t, outcome.reason);
  return t(outcome.status === 'refused' ? 'journalRefused' : 'journalPartly', { reason });
}

/** "Undo rename of Final Invoice": what the button would undo or redo. */
export function undoLabel(t: Translate, entry: JournalEntry, redo: boolean): string {
  const values = {
    action: t(ACTION_NOUNS[actionOf(entry.change)]),
    name: subjectName(entry.change),
  };
  return t(redo ? 'redoAction' : 'undoAction', values);
}

const REFUSALS: Record<UndoRefusal | 'has-items', MessageKey> = {
  'refused-change': 'reasonRefusedChange',
  'directory-gone': 'reasonDirectoryGone',
  'stage-gone': 'reasonStageGone',
  'status-taken': 'reasonStatusTaken',
  'success-stage': 'reasonSuccessStage',
  unsupported: 'reasonUnsupported',
  'changed-since': 'reasonChangedSince',
  'has-items': 'reasonHasItems',
};

const DONE: Record<Announcement['cause'], MessageKey> = {
  undo: 'announceUndo',
  redo: 'announceRedo',
  revert: 'announceRevert',
};

/** What a screen reader hears after an undo, redo or revert (and the panel shows). */
export function announcementText(t: Translate, a: Announcement): string {
  const name = subjectName(a.entry.change);
  const action = t(ACTION_NOUNS[actionOf(a.entry.change)]);
  if (a.result === 'impossible' || a.reason === 'has-items') {
    const key = REFUSALS[a.reason as UndoRefusal | 'has-items'];
    const reason = key
      ? t(key, {
          name: a.reason === 'has-items' ? name : (a.detail ?? name),
          count: Number(a.detail),
          now: a.now ?? '',
        })
      : reasonText(t, a.reason ?? '');
    return a.result === 'impossible'
      ? t('announceImpossible', { reason })
      : t('announcePartly', { action, name, reason });
  }
  if (a.result === 'done') return t(DONE[a.cause], { action, name });
  const reason = reasonText(t, a.reason ?? '');
  return t(a.result === 'partly' ? 'announcePartly' : 'announceRefused', { action, name, reason });
}

/** While an undo, redo or revert runs: what it puts back, and how far moving items got. */
export function runningText(t: Translate, running: NonNullable<JournalSnapshot['running']>) {
  if (running.total !== undefined) {
    return t('announceMoving', { moved: running.moved ?? 0, total: running.total });
  }
  const { change } = running.entry;
  return t('announceRunning', {
    action: t(ACTION_NOUNS[actionOf(change)]),
    name: subjectName(change),
  });
}

/** Why the journal cannot be used, said plainly. */
export function unavailableText(t: Translate, status: JournalStatus): string | null {
  if (status.kind !== 'unavailable') return null;
  const { error } = status;
  const reason =
    error.kind === 'insufficient-scope'
      ? t('journalNoScope')
      : error.kind === 'storage-denied'
        ? t('journalNoRights')
        : errorMessage(t, error);
  return t('journalUnavailable', { reason });
}
