import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Portal } from '../b24/portal';
import { stageKeys } from './keys';

/**
 * The first screen: directories, CRM mode and the first directory's stages in one request. The
 * stages are pushed into their own cache entry so the board reads them like any other directory.
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

export const directoryQueryOptions = (portal: Portal, entityId: string) =>
  queryOptions({
    queryKey: stageKeys.directory(entityId),
    queryFn: () => portal.loadStages(entityId),
    // Switching back to a directory shows the cached stages at once; regaining focus re-reads
    // the open one so another admin's changes show up.
    staleTime: 30_000,
    refetchOnWindowFocus: 'always',
  });
