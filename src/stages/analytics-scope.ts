import type { Directory } from '../domain/stage';

/** What crm.stagehistory.list needs to read one pipeline, or null when it has no history. */
export interface AnalyticsScope {
  readonly entityTypeId: number;
  /** null for leads: one pipeline, rows without CATEGORY_ID. */
  readonly categoryId: number | null;
}

/** Quotes have stages but no stage history (docs/server-behaviour.md §7). */
const NO_HISTORY = new Set([7]);

/**
 * The directories analytics can describe: stage directories of a CRM type with a stage history,
 * whose stages are switched on. Reference books and quotes have none.
 */
export function analyticsScope(directory: Directory): AnalyticsScope | null {
  const { entityTypeId } = directory;
  if (!directory.hasSemantics || !directory.enabled || entityTypeId === null) return null;
  if (NO_HISTORY.has(entityTypeId)) return null;
  return { entityTypeId, categoryId: entityTypeId === 1 ? null : (directory.categoryId ?? 0) };
}
