/**
 * One row of crm.stagehistory.list in the admin's terms (docs/server-behaviour.md §7): an item
 * arrived in a stage at a moment. Leads name the columns STATUS_*, the rest STAGE_*; src/b24 reads
 * both into this shape.
 */
export type Semantic = 'P' | 'S' | 'F';

export interface HistoryRow {
  /** The row's ID: the database writes rows in the order the moves happen. */
  readonly id: number;
  /** The CRM item (OWNER_ID). */
  readonly ownerId: number;
  /** CREATED_TIME, in ms since the epoch. */
  readonly time: number;
  /** STAGE_ID (STATUS_ID for leads), pipeline prefix included. */
  readonly stageId: string;
  /** The pipeline the row is in; null for types with one pipeline (leads). */
  readonly categoryId: number | null;
  /** STAGE_SEMANTIC_ID: in progress, success or failure. */
  readonly semantic: Semantic;
}

/** Which rows are the pipeline's own: the others only tell that an item left it. */
export interface PipelineScope {
  /** null: every row of the type belongs to the one pipeline. */
  readonly categoryId: number | null;
}

export const inPipeline = (scope: PipelineScope, row: HistoryRow): boolean =>
  scope.categoryId === null || row.categoryId === scope.categoryId;

/** An item's rows in the order they happened: by time, then by ID (same second). */
export const byMoment = (a: HistoryRow, b: HistoryRow): number => a.time - b.time || a.id - b.id;

/**
 * Rows grouped by item, each group in the order its moves happened. Rows with the same ID (a page
 * read twice) count once.
 */
export function groupByItem(rows: Iterable<HistoryRow>): Map<number, HistoryRow[]> {
  const seen = new Set<number>();
  const items = new Map<number, HistoryRow[]>();
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const list = items.get(row.ownerId);
    if (list) list.push(row);
    else items.set(row.ownerId, [row]);
  }
  for (const list of items.values()) list.sort(byMoment);
  return items;
}
