import type { NewStage, WriteFailure } from '../../b24/portal';
import type { PortalError } from '../../b24/portal-error';
import {
  snapshotOf,
  type ChangeKind,
  type ChangeOutcome,
  type ChangeRecord,
  type StageDelta,
  type StageSnapshot,
} from '../../domain/change';
import { groupStages } from '../../domain/order';
import { patchStages, type Stage } from '../../domain/stage';
import type { EditJournal, StageEdit } from '../stage-edit';

/**
 * Each command's outcome described as a ChangeRecord (src/domain/change.ts), before → after as
 * the portal holds it afterwards (its read-back), for the change journal and undo.
 */

/** A refusal's reason as the journal keeps it: the error's kind, then the portal's words. */
export const reasonOf = (error: PortalError): string =>
  error.description ? `${error.kind}: ${error.description}` : error.kind;

/** The name of the stage `id` now follows in its group; null when it comes first. */
export function followsOf(stages: readonly Stage[], id: string): string | null | undefined {
  const stage = stages.find((s) => s.id === id);
  if (!stage) return undefined;
  const group = groupStages(stages)[stage.group];
  return group[group.indexOf(stage) - 1]?.name ?? null;
}

const kindOf = (journal: EditJournal | undefined, own: ChangeKind): ChangeKind =>
  journal?.cause?.kind ?? own;

const causeFields = (journal: EditJournal | undefined) => {
  const cause = journal?.cause;
  if (!cause) return {};
  return {
    of: cause.of,
    ofKind: cause.ofKind,
    ...(cause.ofName === undefined ? {} : { ofName: cause.ofName }),
  };
};

const directoryOf = (entityId: string, journal: EditJournal | undefined) => ({
  entityId,
  name: journal?.directory ?? entityId,
});

function outcomeOf(failed: number, total: number, error: PortalError | undefined): ChangeOutcome {
  if (failed === 0 || !error) return { status: 'saved' };
  return failed >= total
    ? { status: 'refused', reason: reasonOf(error) }
    : { status: 'partly-saved', reason: reasonOf(error) };
}

/**
 * An edit of existing stages. A refused update shows what was asked (before → the value sent),
 * so the journal says what was refused; in a partly saved edit the refused ones show no change,
 * so an undo puts back only what landed.
 */
export function editRecord(
  edit: StageEdit,
  before: readonly Stage[],
  after: readonly Stage[] | null,
  failures: readonly WriteFailure[],
): ChangeRecord {
  const was = new Map(before.map((s) => [s.id, s]));
  const now = new Map((after ?? []).map((s) => [s.id, s]));
  const failed = new Set(failures.map((f) => f.update.id));
  const refused = failed.size >= edit.updates.length;
  const stages: StageDelta[] = [];
  for (const update of edit.updates) {
    const old = was.get(update.id);
    if (!old) continue;
    const asked = patchStages([old], [update])[0] ?? old;
    const held = failed.has(update.id) ? (refused ? asked : old) : (now.get(update.id) ?? asked);
    stages.push({ before: snapshotOf(old), after: snapshotOf(held) });
  }
  const subject = edit.journal?.stageId;
  if (subject)
    stages.sort((a, b) => Number(b.before?.id === subject) - Number(a.before?.id === subject));
  const shown = after ?? patchStages(before, refused ? [] : edit.updates);
  const follows =
    edit.label.kind === 'move' && subject
      ? followsOf(refused ? patchStages(before, edit.updates) : shown, subject)
      : undefined;
  return {
    kind: kindOf(edit.journal, edit.label.kind),
    directory: directoryOf(edit.entityId, edit.journal),
    stages,
    outcome: outcomeOf(failed.size, edit.updates.length, failures[0]?.error),
    ...(follows === undefined ? {} : { follows }),
    ...causeFields(edit.journal),
  };
}

/** The stage crm.status.add was asked for, as a snapshot (before the portal gave it an id). */
const askedFor = (stage: NewStage, id: string): StageSnapshot => ({
  id,
  statusId: stage.statusId,
  name: stage.name,
  color: stage.color,
  sort: stage.sort,
  group: stage.semantics === 'F' ? 'failure' : 'process',
  system: false,
});

export function addRecord(
  stage: NewStage,
  journal: EditJournal | undefined,
  result: { readonly id: string; readonly stages: readonly Stage[] | null } | null,
  error: PortalError | null,
): ChangeRecord {
  const added = result?.stages?.find((s) => s.id === result.id);
  const after = added ? snapshotOf(added) : askedFor(stage, result?.id ?? '0');
  const follows = added && result?.stages ? followsOf(result.stages, added.id) : undefined;
  return {
    kind: kindOf(journal, 'add'),
    directory: directoryOf(stage.entityId, journal),
    stages: [{ before: null, after }],
    outcome: error ? { status: 'refused', reason: reasonOf(error) } : { status: 'saved' },
    ...(follows === undefined ? {} : { follows }),
    ...causeFields(journal),
  };
}

/** Items that left a stage before it was deleted (or on their own, when the delete did not follow). */
export interface MovedItems {
  readonly ids: readonly number[];
  readonly target: Stage;
}

export function removeRecord(
  stage: Stage,
  journal: EditJournal | undefined,
  moved: MovedItems | null,
  error: PortalError | null,
): ChangeRecord {
  const items = moved && moved.ids.length > 0 ? itemsOf(stage, moved) : null;
  // Items that moved out stay moved when the delete itself is refused: that much was saved.
  if (error && moved && items) return movedItemsRecord(stage, journal, moved, error);
  return {
    kind: kindOf(journal, 'delete'),
    directory: directoryOf(stage.entityId, journal),
    stages: [{ before: snapshotOf(stage), after: null }],
    ...(items ? { items } : {}),
    outcome: error ? { status: 'refused', reason: reasonOf(error) } : { status: 'saved' },
    ...causeFields(journal),
  };
}

export const itemsOf = (from: Pick<Stage, 'statusId' | 'name'>, moved: MovedItems) => ({
  ids: moved.ids,
  from: from.statusId,
  to: moved.target.statusId,
  fromName: from.name,
  toName: moved.target.name,
});

/** Items moved out of a stage whose delete did not follow (stopped, or the move failed). */
export function movedItemsRecord(
  stage: Stage,
  journal: EditJournal | undefined,
  moved: MovedItems,
  error: PortalError | null,
): ChangeRecord {
  return {
    kind: kindOf(journal, 'move-items'),
    directory: directoryOf(stage.entityId, journal),
    stages: [],
    items: itemsOf(stage, moved),
    outcome: error ? { status: 'partly-saved', reason: reasonOf(error) } : { status: 'saved' },
    ...causeFields(journal),
  };
}
