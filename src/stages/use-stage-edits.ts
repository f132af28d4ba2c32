import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewStage, StageUpdate } from '../b24/portal';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';
import { addFailure, type StageWrite } from './stage-write';
import { unsavedWrites } from './unsaved-writes-store';
import { PortalError } from '../b24/portal-error';

const toPortalErrorOrServer = (error: Error, method: string) =>
  error instanceof PortalError ? error : new PortalError('server', '', error.message, method);

export interface AddStageInput {
  /** Kept across retries: the same request, and the same entry in the unsaved list. */
  readonly id: string;
  readonly stage: NewStage;
  readonly shifts: readonly StageUpdate[];
}

const asWrite = ({ id, stage, shifts }: AddStageInput): StageWrite => ({
  id,
  entityId: stage.entityId,
  label: { kind: 'add', name: stage.name },
  updates: shifts,
  add: stage,
});

/**
 * Adds a stage (shifts + crm.status.add in one batch). Not optimistic: the row id only exists
 * once the portal answers, and a lost answer is resolved inside the port by looking the
 * STATUS_ID up. The board keeps the draft on screen until then.
 */
export function useAddStage() {
  const portal = usePortal();
  const client = useQueryClient();
  return useMutation<string, Error, AddStageInput>({
    mutationFn: ({ stage, shifts }) => portal.addStage(stage, shifts),
    // Listed as unsaved until the portal confirms, so a refused add survives a reload too.
    onMutate: (input) => unsavedWrites.saving(asWrite(input)),
    onSuccess: (_id, { id }) => unsavedWrites.remove(id),
    onError: (error, input) =>
      unsavedWrites.failed(asWrite(input), [
        addFailure(input.stage, toPortalErrorOrServer(error, 'crm.status.add')),
      ]),
    onSettled: async (_id, _error, { stage }) => {
      await client.invalidateQueries({ queryKey: stageKeys.directory(stage.entityId) });
    },
  });
}

export interface DeleteStageInput {
  readonly entityId: string;
  readonly id: string;
  readonly forced: boolean;
}

/** crm.status.delete; the directory and its item counts are re-read afterwards either way. */
export function useDeleteStage() {
  const portal = usePortal();
  const client = useQueryClient();
  return useMutation<void, Error, DeleteStageInput>({
    mutationFn: ({ id, forced }) => portal.deleteStage(id, forced),
    // A refused rename or recolour of the deleted stage could only fail again ("not found").
    onSuccess: (_data, { id }) => unsavedWrites.forgetStage(id),
    onSettled: async (_data, _error, { entityId }) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: stageKeys.directory(entityId) }),
        client.invalidateQueries({ queryKey: stageKeys.counts(entityId) }),
      ]);
    },
  });
}
