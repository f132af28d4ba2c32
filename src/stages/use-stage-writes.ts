import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PortalError } from '../b24/portal-error';
import type { Stage } from '../domain/stage';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';
import { applyUpdates, WriteFailedError, type StageWrite } from './stage-write';
import { unsavedWrites } from './unsaved-writes-store';

interface Snapshot {
  readonly previous: Stage[] | undefined;
}

/**
 * Sends one admin action to the portal. Optimistic (the board changes at once) and never lossy:
 * on failure the cache goes back to the snapshot and is re-read from the portal, and the part
 * that did not land stays in the unsaved-writes store until it is retried or discarded.
 */
export function useStageWrites() {
  const portal = usePortal();
  const client = useQueryClient();
  const mutationKey = stageKeys.all;
  return useMutation<void, Error, StageWrite, Snapshot>({
    mutationKey,
    mutationFn: async (write) => {
      const failures = await portal.updateStages(write.updates);
      if (failures.length > 0) throw new WriteFailedError(failures);
    },
    onMutate: async (write) => {
      const key = stageKeys.directory(write.entityId);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Stage[]>(key);
      if (previous) client.setQueryData(key, applyUpdates(previous, write.updates));
      unsavedWrites.saving(write);
      return { previous };
    },
    onError: (error, write, snapshot) => {
      const key = stageKeys.directory(write.entityId);
      if (snapshot?.previous) client.setQueryData(key, snapshot.previous);
      const failures =
        error instanceof WriteFailedError
          ? error.failures
          : write.updates.map((update) => ({
              update,
              error: new PortalError('server', '', error.message, 'crm.status.update'),
            }));
      unsavedWrites.failed(write, failures);
    },
    onSuccess: (_data, write) => unsavedWrites.remove(write.id),
    onSettled: (_data, _error, write) => {
      // Re-read after every write so the board shows what the portal holds, but only once the
      // last overlapping write settles: an earlier refetch would undo a later optimistic change.
      if (client.isMutating({ mutationKey }) === 1) {
        void client.invalidateQueries({ queryKey: stageKeys.directory(write.entityId) });
      }
    },
  });
}
