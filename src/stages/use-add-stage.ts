import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddResult, NewStage, StageUpdate } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import { stageKeys, stageWriteKey } from './keys';
import { usePortal, useUnsavedStore } from './portal-context';
import { settleDirectory, takeTicket } from './settle';
import { addFailure, type StageEdit } from './stage-edit';

/** An add as sent: re-sent as is on "Try again", so the same STATUS_ID is never added twice. */
export interface AddRequest {
  /** Kept across retries: the same request, and the same entry in the unsaved list. */
  readonly id: string;
  readonly stage: NewStage;
  readonly shifts: readonly StageUpdate[];
}

export const editOfAdd = ({ id, stage, shifts }: AddRequest): StageEdit => ({
  id,
  entityId: stage.entityId,
  label: { kind: 'add', name: stage.name },
  updates: shifts,
  add: stage,
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
  return useMutation<AddResult, Error, AddRequest, { ticket: number }>({
    mutationKey: stageWriteKey,
    mutationFn: ({ stage, shifts }) => portal.addStage(stage, shifts),
    onMutate: (request) => {
      unsaved.saving(editOfAdd(request));
      return { ticket: takeTicket() };
    },
    onSuccess: (_result, { id }) => unsaved.remove(id),
    onError: (error, request) =>
      unsaved.failed(editOfAdd(request), [
        addFailure(
          request.stage,
          error instanceof PortalError
            ? error
            : new PortalError('server', '', error.message, 'crm.status.add'),
        ),
      ]),
    onSettled: async (result, _error, { stage }, context) => {
      void client.invalidateQueries({ queryKey: stageKeys.counts(stage.entityId) });
      await settleDirectory(client, stage.entityId, context?.ticket ?? 0, result?.stages);
    },
  });
}
