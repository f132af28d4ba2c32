import type { Group, Stage } from './stage';

/**
 * One change an admin made through the app, in the admin's terms: what it was, on which
 * directory, which stages it touched (each before → after), which CRM items moved with it, and how
 * the portal took it. Every command that changes the portal describes itself this way, so the
 * change journal, undo and redo read one shape whatever the feature (docs: issue 12).
 */
export type ChangeKind =
  | 'move'
  | 'rename'
  | 'restore-name'
  | 'recolour'
  | 'add'
  | 'delete'
  | 'move-items'
  | 'reference-edit'
  | 'import'
  | 'outcome'
  | 'pipeline-add'
  | 'pipeline-rename'
  | 'pipeline-delete'
  | 'undo'
  | 'redo'
  | 'revert';

/** A stage as a change saw it: enough to show it, find it again and put it back. */
export interface StageSnapshot {
  readonly id: string;
  readonly statusId: string;
  readonly name: string;
  readonly color: string | null;
  readonly sort: number;
  readonly group: Group;
  readonly system: boolean;
}

export const snapshotOf = (stage: Stage): StageSnapshot => ({
  id: stage.id,
  statusId: stage.statusId,
  name: stage.name,
  color: stage.color,
  sort: stage.sort,
  group: stage.group,
  system: stage.system,
});

/** One stage before and after: `before` null for an added stage, `after` null for a deleted one. */
export interface StageDelta {
  readonly before: StageSnapshot | null;
  readonly after: StageSnapshot | null;
}

export type ChangeOutcome =
  | { readonly status: 'saved' }
  | { readonly status: 'refused'; readonly reason: string }
  | { readonly status: 'partly-saved'; readonly reason: string };

export interface ChangeRecord {
  readonly kind: ChangeKind;
  readonly directory: { readonly entityId: string; readonly name: string };
  readonly stages: readonly StageDelta[];
  /** CRM items that moved with the change (out of a deleted stage, into a new outcome...). */
  readonly items?: {
    readonly ids: readonly number[];
    /** STATUS_IDs of the stage the items left and the stage they went to. */
    readonly from: string;
    readonly to: string;
    /** The names of those stages when the items moved, for the journal's sentence. */
    readonly fromName?: string;
    readonly toName?: string;
  };
  readonly outcome: ChangeOutcome;
  /** A move or an add: the stage it now follows in its group, null when it comes first. */
  readonly follows?: string | null;
  /** The journal entry (its key) this change undoes, redoes or reverts. */
  readonly of?: string;
  /** ...and that entry's kind and the name of its stage, so the journal can name what was undone. */
  readonly ofKind?: ChangeKind;
  readonly ofName?: string;
  /** A pipeline rename: the name the app listed it under before (`directory.name` is the new one). */
  readonly formerName?: string;
  /**
   * One step of a change made in several requests (an outcome change: the replacement added, its
   * items moved page by page, the old stage deleted, docs/analytics.md §3): the steps share this
   * key. Each step is an entry of the journal; the undo stack joins them, so Undo takes the whole
   * change back (docs/change-journal.md §5). Kept for this session's stacks only, not stored.
   */
  readonly stepOf?: string;
}
