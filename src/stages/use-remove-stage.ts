import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Stage } from '../domain/stage';
import { stageKeys, stageWriteKey } from './keys';
import { usePortal, useUnsavedStore } from './portal-context';
import { settleDirectory, takeTicket } from './settle';

export interface RemoveRequest {
  readonly stage: Stage;
  /** crm.status.delete's FORCED=Y, needed for a system stage (docs/rest-api.md §1). */
  readonly forced: boolean;
}

/**
 * crm.status.delete. Never optimistic and never queued for a retry: a deletion is repeated only
 * after a fresh confirmation. The directory is read back in the same batch either way.
 */
export function useRemoveStageMutation() {
  const portal = usePortal();
  const unsaved = useUnsavedStore();
  const client = useQueryClient();
  return useMutation<readonly Stage[] | null, Error, RemoveRequest, { ticket: number }>({
    mutationKey: stageWriteKey,
    mutationFn: ({ stage, forced }) => portal.deleteStage(stage.entityId, stage.id, forced),
    onMutate: () => ({ ticket: takeTicket() }),
    // A refused rename or recolour of the deleted stage could only fail again ("not found").
    onSuccess: (_stages, { stage }) => unsaved.forgetStage(stage.id),
    onSettled: async (stages, _error, { stage }, context) => {
      void client.invalidateQueries({ queryKey: stageKeys.counts(stage.entityId) });
      await settleDirectory(client, stage.entityId, context?.ticket ?? 0, stages);
    },
  });
}
