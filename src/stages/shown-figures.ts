import { skipToken, useQuery } from '@tanstack/react-query';
import type { PeriodDays } from '../domain/analytics-period';
import { analyticsKeys } from './analytics-keys';
import type { DirectoryFigures } from './analytics-load';

/**
 * The figures a directory's analytics controls loaded, read from the cache without ever fetching:
 * what every stage card shows. Kept apart from the loader so the cards carry none of its code.
 */
export function useShownFigures(entityId: string, days: PeriodDays): DirectoryFigures | undefined {
  return useQuery<DirectoryFigures>({
    queryKey: analyticsKeys.figures(entityId, days),
    queryFn: skipToken,
  }).data;
}
