import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Portal } from '../b24/portal';
import type { Directory, Stage } from '../domain/stage';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';

/** Stage directories whose items crm.item.list can count: they name their CRM entity type. */
export function countableType(directory: Directory): number | null {
  return directory.hasSemantics ? directory.entityTypeId : null;
}

const itemCountsQueryOptions = (portal: Portal, directory: Directory, statusIds: string[]) => {
  const entityTypeId = countableType(directory);
  return queryOptions({
    queryKey: [...stageKeys.counts(directory.entityId), entityTypeId, statusIds.join('\n')],
    queryFn: () => portal.countItems(entityTypeId ?? 0, statusIds),
    enabled: entityTypeId !== null && statusIds.length > 0,
    staleTime: 30_000,
    placeholderData: (previous: Record<string, number> | undefined) => previous,
  });
};

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
  // Sorted: a move changes the order, not which stages there are, so it must not re-count.
  const statusIds = (stages ?? []).map((s) => s.statusId).sort();
  const options = itemCountsQueryOptions(portal, directory, statusIds);
  return useQuery({ ...options, enabled: shown && options.enabled === true });
}
