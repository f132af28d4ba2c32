import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { Portal } from '../b24/portal';
import type { PeriodDays } from '../domain/analytics-period';
import type { Directory, Stage } from '../domain/stage';
import { analyticsKeys } from './analytics-keys';
import { loadFigures } from './analytics-load';
import { loadProgress, type LoadState } from './analytics-progress';
import { analyticsScope } from './analytics-scope';
import { usePortal } from './portal-context';

const progressId = (entityId: string, days: PeriodDays) =>
  JSON.stringify(analyticsKeys.figures(entityId, days));

/**
 * One directory's figures for one period. Cached per directory and period for the session
 * (history only grows; the admin refreshes on demand), never refetched on focus, never retried
 * by React Query (the SDK retries what can be retried, docs/sdk.md §3). The query's signal stops
 * the read between requests: the Stop button, or leaving the directory mid-way.
 */
export function figuresQueryOptions(portal: Portal, directory: Directory, days: PeriodDays) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- a directory is its entityId (in the key), and the portal is one per page
  return queryOptions({
    queryKey: analyticsKeys.figures(directory.entityId, days),
    queryFn: async ({ signal }) => {
      const scope = analyticsScope(directory);
      const id = progressId(directory.entityId, days);
      if (!scope) throw new Error('no stage history for this directory');
      loadProgress.set(id, { phase: 'loading', progress: null });
      try {
        const figures = await loadFigures(portal, scope, days, Date.now(), {
          signal,
          onProgress: (progress) => loadProgress.set(id, { phase: 'loading', progress }),
        });
        loadProgress.set(id, undefined);
        return figures;
      } catch (error) {
        const progress = loadProgress.get(id)?.progress ?? null;
        loadProgress.set(id, signal.aborted ? { phase: 'stopped', progress } : undefined);
        throw error;
      }
    },
    enabled: analyticsScope(directory) !== null,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Loads (once `wanted`) and shows the figures; with stop and refresh for the controls. */
export function useDirectoryFigures(directory: Directory, days: PeriodDays, wanted: boolean) {
  const portal = usePortal();
  const client = useQueryClient();
  const options = figuresQueryOptions(portal, directory, days);
  const query = useQuery({ ...options, enabled: wanted && options.enabled === true });
  const id = progressId(directory.entityId, days);
  const state = useSyncExternalStore(loadProgress.subscribe, (): LoadState | undefined =>
    loadProgress.get(id),
  );
  const { queryKey } = options;
  const stop = useCallback(() => void client.cancelQueries({ queryKey }), [client, queryKey]);
  // Through this observer, whose options carry the loader: the cards watch the same key with
  // none (shown-figures.ts), and a refetch through the client runs the options the query saw
  // last, a card's, which fails without sending anything.
  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);
  return { query, state, stop, refresh, analysable: options.enabled === true };
}

/** What a stage holds now: its items and their amounts, loaded when the details open. */
export function useHoldings(directory: Directory, stage: Stage, open: boolean) {
  const portal = usePortal();
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- a directory is its entityId (in the key)
  return useQuery({
    queryKey: analyticsKeys.holdings(directory.entityId, stage.statusId),
    queryFn: ({ signal }) =>
      portal.analytics.readHoldings(analyticsScope(directory)?.entityTypeId ?? 0, stage.statusId, {
        signal,
      }),
    enabled: open && analyticsScope(directory) !== null,
    staleTime: 60_000,
    retry: false,
  });
}
