import { useQuery } from '@tanstack/react-query';
import type { Directory, Stage } from '../domain/stage';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';

/** Stage directories whose items crm.item.list can count: they name their CRM entity type. */
export function countableType(directory: Directory): number | null {
  return directory.hasSemantics ? directory.entityTypeId : null;
}

/**
 * Items per stage (by STATUS_ID), for the whole directory in one batch. The caller says when the
 * stages are on screen (`shown`): counting starts only then, so the first board stays one request.
 */
export function useItemCounts(
  directory: Directory,
  stages: readonly Stage[] | undefined,
  shown: boolean,
) {
  const portal = usePortal();
  const entityTypeId = countableType(directory);
  const statusIds = (stages ?? []).map((s) => s.statusId);
  return useQuery({
    queryKey: [...stageKeys.counts(directory.entityId), entityTypeId, statusIds.join('\n')],
    queryFn: () => portal.countItems(entityTypeId ?? 0, statusIds),
    enabled: shown && entityTypeId !== null && statusIds.length > 0,
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}
