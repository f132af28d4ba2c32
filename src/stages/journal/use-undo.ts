import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mayDisappear } from '../../domain/directories';
import { actionOf, subjectName, type JournalEntry } from '../../domain/journal/entry';
import { planUndo, type UndoRefusal } from '../../domain/journal/undo-plan';
import type { Directory, Stage } from '../../domain/stage';
import { useRecordChange } from '../change-recorder';
import { stageKeys } from '../keys';
import { usePortal } from '../portal-context';
import { useAddStageMutation } from '../use-add-stage';
import { countableType } from '../use-item-counts';
import { useRemoveStageMutation } from '../use-remove-stage';
import { useSendEdit } from '../use-send-edit';
import { outcomeRuns, useOutcomeRunning } from '../outcome-runs';
import { useJournalSnapshot, useSessionJournal } from './journal-context';
import { freshDirectory, knownDirectory, moveIdsBack, shownStages } from './move-back';
import type { Announcement } from './session-journal';
import {
  asPortalError,
  undoAdd,
  undoDelete,
  undoMoveItems,
  undoUpdate,
  type UndoContext,
} from './undo-steps';
import { reasonOf } from './records';
import { undoReplace } from './undo-replace';
import { followPendingOutcome } from './undo-pending-outcome';

/**
 * Whether an undo, redo or revert may start now: none is on its way, and no outcome change of this
 * page runs. That change's steps are still landing on the undo stack, and putting them back
 * mid-way would move items back while the run moves them on (docs/change-journal.md §5). Undo,
 * Redo and every Revert wait on this one answer.
 */
export function useUndoIdle(): boolean {
  const { running } = useJournalSnapshot();
  const outcomeRunning = useOutcomeRunning();
  return running === null && !outcomeRunning;
}

/** Refusals that will not go away by trying again: the entry leaves the undo stacks. */
const FOR_GOOD: ReadonlySet<UndoRefusal> = new Set([
  'refused-change',
  'directory-gone',
  'stage-gone',
  'status-taken',
  'success-stage',
  'unsupported',
]);

/**
 * Undo and redo of this session's changes, and Revert of any journal entry (another admin's
 * too). Each plans from the entry's deltas against the directory as it is now, sends through the
 * same mutations as an edit (so a conflict reaches the unsaved-changes list, where the admin sees
 * both values and chooses), is journalled itself, and is announced. One runs at a time.
 */
export function useUndo() {
  const portal = usePortal();
  const client = useQueryClient();
  const journal = useSessionJournal();
  const record = useRecordChange();
  const { mutateAsync: sendEdit } = useSendEdit();
  const { mutateAsync: addStage } = useAddStageMutation();
  const { mutateAsync: removeStage } = useRemoveStageMutation();

  return useMemo(() => {
    async function run(
      entry: JournalEntry,
      cause: Announcement['cause'],
      force: boolean,
    ): Promise<Announcement> {
      const { entityId } = entry.change.directory;
      // Planned against the portal as it is now, the list of directories included, wherever the
      // directory may be gone: a revert may be of anything, and another admin may have deleted
      // the pipeline of this session's own change since the app listed it. A directory gone is
      // explained and nothing is sent (docs/change-journal.md §5). Elsewhere an undo plans
      // against the board's copy: a write back is guarded by the portal itself, in its one
      // request, but a delete or an add is not, so those are planned again against a fresh read.
      const fresh = cause === 'revert' || mayDisappear(entityId);
      let { directory, stages }: { directory: Directory | null; stages: Stage[] | null } = fresh
        ? await freshDirectory(client, portal, entityId)
        : { directory: knownDirectory(client, entityId), stages: null };
      if (directory && !stages) stages = await shownStages(client, portal, entityId);
      let plan = planUndo(entry.change, stages, { force });
      if (directory && !fresh && plan.kind !== 'update' && plan.kind !== 'impossible') {
        ({ directory, stages } = await freshDirectory(client, portal, entityId));
        plan = planUndo(entry.change, stages, { force });
      }
      if (plan.kind === 'impossible' || !directory || !stages) {
        const reason = plan.kind === 'impossible' ? plan.reason : 'directory-gone';
        if (FOR_GOOD.has(reason)) journal.forget(entry.key);
        const detail = plan.kind === 'impossible' ? plan.name : entry.change.directory.name;
        const now = plan.kind === 'impossible' && plan.now !== undefined ? { now: plan.now } : {};
        return { cause, result: 'impossible', entry, reason, detail, ...now };
      }
      const type = countableType(directory);
      const ctx: UndoContext = {
        entry,
        cause,
        directory,
        stages,
        notes: {
          directory: directory.name,
          cause: {
            kind: cause,
            of: entry.key,
            ofKind: actionOf(entry.change),
            ofName: subjectName(entry.change),
          },
        },
        record,
        sendEdit,
        addStage,
        removeStage,
        countItems: async (statusId) =>
          type === null ? 0 : ((await portal.countItems(type, [statusId]))[statusId] ?? 0),
        moveIds: (ids, to) =>
          moveIdsBack(portal, type ?? 0, ids, to, (moved, total) =>
            journal.running(entry, { moved, total }),
          ),
      };
      const step =
        plan.kind === 'update'
          ? undoUpdate(ctx, plan)
          : plan.kind === 'move-items'
            ? undoMoveItems(ctx, plan)
            : plan.kind === 'remove'
              ? undoAdd(ctx, plan)
              : plan.kind === 'replace-back'
                ? undoReplace(ctx, plan)
                : undoDelete(ctx, plan);
      // Items moved or a stage added or deleted: the counts the board shows are stale.
      return step.finally(() => {
        if (plan.kind !== 'update') {
          void client.invalidateQueries({ queryKey: stageKeys.counts(entityId) });
        }
      });
    }

    async function start(
      entry: JournalEntry | undefined,
      cause: Announcement['cause'],
      force = false,
    ) {
      if (!entry || journal.get().running || outcomeRuns.anyRunning()) return;
      journal.running(entry);
      let announcement: Announcement;
      try {
        announcement = await run(entry, cause, force);
      } catch (error) {
        const reason = reasonOf(asPortalError(error, 'batch'));
        announcement = { cause, result: 'refused', entry, reason };
      }
      journal.running(null);
      followPendingOutcome(portal, announcement, journal.get().stacks);
      journal.announce(announcement);
    }

    return {
      undo: () => start(journal.get().stacks.undo.at(-1), 'undo'),
      redo: () => start(journal.get().stacks.redo.at(-1), 'redo'),
      revert: (entry: JournalEntry) => start(entry, 'revert'),
      /** The admin has seen that the stage changed since, and goes ahead. */
      anyway: (announcement: Announcement) => start(announcement.entry, announcement.cause, true),
    };
  }, [client, portal, journal, record, sendEdit, addStage, removeStage]);
}
