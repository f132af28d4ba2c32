import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Portal } from '../b24/portal';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';

/**
 * The first screen: directories, CRM mode, the right to edit and the first directory's stages in
 * one request. The stages are pushed into their own cache entry so the board reads them like any
 * other directory.
 */
export const startQueryOptions = (portal: Portal, client: QueryClient, entityId: string) =>
  queryOptions({
    queryKey: stageKeys.start(entityId),
    queryFn: async () => {
      const start = await portal.loadStart(entityId);
      if (start.stages) client.setQueryData(stageKeys.directory(entityId), start.stages);
      return start;
    },
    // Directories and the CRM mode change rarely; the stages have their own, fresher entry.
    staleTime: Infinity,
  });

/**
 * One directory's stages. Every write reads them back in its own batch, so nothing here refetches
 * after an edit; regaining focus re-reads the open directory so another admin's changes show up,
 * and switching back to a directory shows the cached stages at once.
 */
export const directoryQueryOptions = (portal: Portal, entityId: string) =>
  queryOptions({
    queryKey: stageKeys.directory(entityId),
    queryFn: () => portal.loadStages(entityId),
    staleTime: 30_000,
    refetchOnWindowFocus: 'always',
  });

/** The stages of a directory the board already shows: reads the cache, never fetches. */
export function useShownStages(entityId: string) {
  const portal = usePortal();
  return useQuery({
    ...directoryQueryOptions(portal, entityId),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  }).data;
}
