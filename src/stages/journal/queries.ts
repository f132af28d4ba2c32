import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { JournalFilter } from '../../b24/journal-port';
import type { Portal } from '../../b24/portal';

/** Every key of the journal's server state starts with `journal`. */
export const journalKeys = {
  all: ['journal'] as const,
  page: (filter: JournalFilter, start: number) =>
    [
      'journal',
      'page',
      filter.entityId ?? '',
      filter.authorId ?? '',
      filter.kind ?? '',
      start,
    ] as const,
};

/**
 * One page of 50 entries, newest first: the panel never holds more than the page it shows, so
 * thousands of entries cost one request per page looked at. Read again whenever the panel opens
 * (another admin may have written since) and when this page has stored new entries.
 */
export const journalPageQueryOptions = (portal: Portal, filter: JournalFilter, start: number) =>
  queryOptions({
    queryKey: journalKeys.page(filter, start),
    queryFn: () => portal.journal.page(filter, start),
    staleTime: 0,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
