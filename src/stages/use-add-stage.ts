import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddResult, NewStage, StageUpdate } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import { stageKeys, stageWriteKey } from './keys';
import { usePortal, useUnsavedStore } from './portal-context';
import { settleDirectory, takeTicket } from './settle';
import { addFailure, type EditJournal, type StageEdit } from './stage-edit';
import { useRecordChange } from './change-recorder';
import { addRecord } from './journal/records';

/** An add as sent: re-sent as is on "Try again", so the same STATUS_ID is never added twice. */
export interface AddRequest {
  /** Kept across retries: the same request, and the same entry in the unsaved list. */
  readonly id: string;
  readonly stage: NewStage;
  readonly shifts: readonly StageUpdate[];
  readonly journal?: EditJournal;
}

export const editOfAdd = ({ id, stage, shifts, journal }: AddRequest): StageEdit => ({
  id,
  entityId: stage.entityId,
  label: { kind: 'add', name: stage.name },
  updates: shifts,
  add: stage,
  ...(journal ? { journal } : {}),
});

/**
 * Adds a stage (shifts and crm.status.add in one batch). Not optimistic: the row id only exists
 * once the portal answers, and a lost answer is resolved inside the port by looking the STATUS_ID
 * up. Listed as unsaved until the portal confirms, so a refused add survives a reload too.
 */
export function useAddStageMutation() {
  const portal = usePortal();
  const unsaved = useUnsavedStore();
  const client = useQueryClient();
  const record = useRecordChange();
  const journalled = (request: AddRequest, result: AddResult | null, error: PortalError | null) => {
    if (!request.journal?.silent) record(addRecord(request.stage, request.journal, result, error));
  };
  return useMutation<AddResult, Error, AddRequest, { ticket: number }>({
    mutationKey: stageWriteKey,
    mutationFn: ({ stage, shifts }) => portal.addStage(stage, shifts),
    onMutate: (request) => {
      unsaved.saving(editOfAdd(request));
      return { ticket: takeTicket() };
    },
    onSuccess: (result, request) => {
      unsaved.remove(request.id);
      journalled(request, result, null);
    },
    onError: (error, request) => {
      const portalError =
        error instanceof PortalError
          ? error
          : new PortalError('server', '', error.message, 'crm.status.add');
      unsaved.failed(editOfAdd(request), [addFailure(request.stage, portalError)]);
      journalled(request, null, portalError);
    },
    onSettled: async (result, _error, { stage }, context) => {
      void client.invalidateQueries({ queryKey: stageKeys.counts(stage.entityId) });
      await settleDirectory(client, stage.entityId, context?.ticket ?? 0, result?.stages);
    },
  });
}
