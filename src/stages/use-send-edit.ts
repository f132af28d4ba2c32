import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WriteFailure, WriteResult } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import { patchStages, type Stage, type StagePatch } from '../domain/stage';
import { stageKeys, stageWriteKey } from './keys';
import { usePortal, useUnsavedStore } from './portal-context';
import { useRecordChange } from './change-recorder';
import { editRecord } from './journal/records';
import { settleDirectory, takeTicket } from './settle';
import type { StageEdit } from './stage-edit';

/** The portal answered, but not everything landed; the read-back says what it holds now. */
export class EditRefusedError extends Error {
  override readonly name = 'EditRefusedError';
  constructor(readonly result: WriteResult) {
    super(result.failures[0]?.error.message ?? 'edit refused');
  }
}

interface Context {
  readonly ticket: number;
  readonly before: readonly Stage[] | undefined;
}

const failuresOf = (error: Error, edit: StageEdit): readonly WriteFailure[] =>
  error instanceof EditRefusedError
    ? error.result.failures
    : edit.updates.map((update) => ({
        update,
        error:
          error instanceof PortalError
            ? error
            : new PortalError('server', '', error.message, 'crm.status.update'),
      }));

/** The stages with the fields of the failed updates as they were before the edit. */
function restoreFields(
  current: readonly Stage[],
  before: readonly Stage[],
  failures: readonly WriteFailure[],
): Stage[] {
  const was = new Map(before.map((s) => [s.id, s]));
  const fields = new Map(
    failures.map(({ update }) => [update.id, Object.keys(update.patch) as (keyof StagePatch)[]]),
  );
  return current.map((stage) => {
    const old = was.get(stage.id);
    const changed = fields.get(stage.id);
    if (!old || !changed) return stage;
    return { ...stage, ...Object.fromEntries(changed.map((field) => [field, old[field]])) };
  });
}

/**
 * Sends one edit of existing stages. Optimistic (the board changes at once) and never lossy:
 * what the portal did not take goes back to what it was and stays in the unsaved list until it
 * is tried again or discarded.
 */
export function useSendEdit() {
  const portal = usePortal();
  const unsaved = useUnsavedStore();
  const client = useQueryClient();
  const record = useRecordChange();
  return useMutation<WriteResult, Error, StageEdit, Context>({
    mutationKey: stageWriteKey,
    mutationFn: async (edit) => {
      const result = await portal.updateStages(edit.entityId, edit.updates);
      if (result.failures.length > 0) throw new EditRefusedError(result);
      return result;
    },
    onMutate: async (edit) => {
      const key = stageKeys.directory(edit.entityId);
      const ticket = takeTicket();
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Stage[]>(key);
      if (before) client.setQueryData(key, patchStages(before, edit.updates));
      unsaved.saving(edit);
      return { ticket, before };
    },
    onError: (error, edit, context) => {
      const failures = failuresOf(error, edit);
      unsaved.failed(edit, failures);
      if (!edit.journal?.silent) {
        const readBack = error instanceof EditRefusedError ? error.result.stages : null;
        record(editRecord(edit, context?.before ?? [], readBack, failures));
      }
      // Put back what did not land, field by field, so an overlapping edit of other stages or
      // fields keeps its optimistic value until its own answer comes.
      const key = stageKeys.directory(edit.entityId);
      const current = client.getQueryData<Stage[]>(key);
      if (current && context?.before) {
        client.setQueryData(key, restoreFields(current, context.before, failures));
      }
    },
    onSuccess: (result, edit, context) => {
      unsaved.remove(edit.id);
      if (!edit.journal?.silent) record(editRecord(edit, context.before ?? [], result.stages, []));
    },
    onSettled: (result, error, edit, context) => {
      const readBack =
        result?.stages ?? (error instanceof EditRefusedError ? error.result.stages : null);
      return settleDirectory(client, edit.entityId, context?.ticket ?? 0, readBack);
    },
  });
}
