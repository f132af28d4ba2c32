import type { NewStage, StageUpdate, WriteFailure } from '../b24/portal';
import type { PortalError } from '../b24/portal-error';
import type { ChangeKind } from '../domain/change';

/** What the admin did, in words the unsaved-changes list can show. */
export type EditLabel =
  | { readonly kind: 'move'; readonly name: string }
  | { readonly kind: 'rename'; readonly name: string; readonly value: string }
  | { readonly kind: 'restore-name'; readonly name: string; readonly value: string }
  | { readonly kind: 'recolour'; readonly name: string; readonly value: string }
  | { readonly kind: 'add'; readonly name: string };

export const EDIT_KINDS: readonly EditLabel['kind'][] = [
  'move',
  'rename',
  'restore-name',
  'recolour',
  'add',
];

/** An edit that undoes, redoes or reverts a journal entry (by its key). */
export interface EditCause {
  readonly kind: 'undo' | 'redo' | 'revert';
  readonly of: string;
  /** The kind of change that entry was about, and the name of its stage. */
  readonly ofKind: ChangeKind;
  readonly ofName?: string;
}

/** What the change journal needs to know about an edit besides its updates. */
export interface EditJournal {
  /** The directory's name as the admin saw it. */
  readonly directory: string;
  /** The stage the admin acted on (a move's dragged stage: its new neighbour is named). */
  readonly stageId?: string;
  readonly cause?: EditCause;
  /** Not recorded on its own: the caller (an undo made of several steps) records the whole. */
  readonly silent?: boolean;
}

/**
 * One admin action on one directory. Its updates (and, for an added stage, the crm.status.add
 * after them) go to the portal in one batch, and it is kept until the portal confirms it.
 */
export interface StageEdit {
  readonly id: string;
  readonly entityId: string;
  readonly label: EditLabel;
  readonly updates: readonly StageUpdate[];
  readonly add?: NewStage;
  readonly journal?: EditJournal;
}

/** A new stage has no row id yet; its refusal is keyed by the STATUS_ID it will get. */
export function addFailure(stage: NewStage, error: PortalError): WriteFailure {
  return { update: { id: `add:${stage.statusId}`, patch: { name: stage.name } }, error };
}

/**
 * Trying again sends only what did not land. After a conflict the admin has seen the other
 * admin's value and chosen theirs anyway, so that update goes without its guard.
 */
export function retryOf(edit: StageEdit, failures: readonly WriteFailure[]): StageEdit {
  return {
    ...edit,
    updates: failures.map(({ update, error }) =>
      error.kind === 'conflict' ? { id: update.id, patch: update.patch } : update,
    ),
  };
}

let counter = 0;
export const newEditId = () => `e${Date.now().toString(36)}${(counter++).toString(36)}`;
