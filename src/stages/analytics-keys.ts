import type { PeriodDays } from '../domain/analytics-period';

/**
 * Query keys of stage analytics (issue 14): cached per directory and period, and per stage for
 * what a stage holds now. Apart from `stages`, so a stage write never invalidates a history read.
 */
export const analyticsKeys = {
  all: ['analytics'] as const,
  directory: (entityId: string) => ['analytics', 'figures', entityId] as const,
  figures: (entityId: string, days: PeriodDays) =>
    ['analytics', 'figures', entityId, days] as const,
  holdings: (entityId: string, statusId: string) =>
    ['analytics', 'holdings', entityId, statusId] as const,
};
