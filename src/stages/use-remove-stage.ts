import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PortalError } from '../b24/portal-error';
import type { Stage } from '../domain/stage';
import { useRecordChange } from './change-recorder';
import { removeRecord, type MovedItems } from './journal/records';
import { stageKeys, stageWriteKey } from './keys';
import { usePortal, useUnsavedStore } from './portal-context';
import { settleDirectory, takeTicket } from './settle';
import type { EditJournal } from './stage-edit';

export interface RemoveRequest {
  readonly stage: Stage;
  /** crm.status.delete's FORCED=Y, needed for a system stage (docs/rest-api.md §1). */
  readonly forced: boolean;
  readonly journal?: EditJournal;
  /** Items moved out of the stage just before: the journal keeps them with the delete. */
  readonly moved?: MovedItems;
}

/**
 * crm.status.delete. Never optimistic and never queued for a retry: a deletion is repeated only
 * after a fresh confirmation. The directory is read back in the same batch either way.
 */
export function useRemoveStageMutation() {
  const portal = usePortal();
  const unsaved = useUnsavedStore();
  const client = useQueryClient();
  const record = useRecordChange();
  const journalled = ({ stage, journal, moved }: RemoveRequest, error: PortalError | null) => {
    if (!journal?.silent) record(removeRecord(stage, journal, moved ?? null, error));
  };
  return useMutation<readonly Stage[] | null, Error, RemoveRequest, { ticket: number }>({
    mutationKey: stageWriteKey,
    mutationFn: ({ stage, forced }) => portal.deleteStage(stage.entityId, stage.id, forced),
    onMutate: () => ({ ticket: takeTicket() }),
    // A refused rename or recolour of the deleted stage could only fail again ("not found").
    onSuccess: (_stages, request) => {
      unsaved.forgetStage(request.stage.id);
      journalled(request, null);
    },
    onError: (error, request) =>
      journalled(
        request,
        error instanceof PortalError
          ? error
          : new PortalError('server', '', error.message, 'crm.status.delete'),
      ),
    onSettled: async (stages, _error, { stage }, context) => {
      void client.invalidateQueries({ queryKey: stageKeys.counts(stage.entityId) });
      await settleDirectory(client, stage.entityId, context?.ticket ?? 0, stages);
    },
  });
}
