import type { LoadControl } from '../b24/analytics-port';
import type { Portal } from '../b24/portal';
import { periodStart, type PeriodDays } from '../domain/analytics-period';
import { FiguresTally, type StageFigures } from '../domain/stage-figures';
import { byMoment, type HistoryRow } from '../domain/stage-history';
import type { AnalyticsScope } from './analytics-scope';
import { inSlices } from './slices';

/** One directory's analytics for one period, as the cache keeps them (no rows: only figures). */
export interface DirectoryFigures {
  readonly days: PeriodDays;
  /** The period: [since, until], ms since the epoch. */
  readonly since: number;
  readonly until: number;
  /** By STATUS_ID; a stage nobody entered has no entry. */
  readonly byStage: Readonly<Record<string, StageFigures>>;
  /** Items and history rows the figures come from. */
  readonly items: number;
  readonly rows: number;
}

/**
 * Reads the history of one pipeline for a period and computes every stage's figures. The rows are
 * grouped and tallied in slices (slices.ts), never in one long task: a year of a busy pipeline is
 * 100,000 rows, and the board must stay responsive meanwhile.
 */
export async function loadFigures(
  portal: Portal,
  scope: AnalyticsScope,
  days: PeriodDays,
  now: number,
  control: LoadControl = {},
): Promise<DirectoryFigures> {
  const since = periodStart(now, days);
  const rows = await portal.analytics.readHistory({ ...scope, since }, control);
  const items = new Map<number, HistoryRow[]>();
  const seen = new Set<number>();
  await inSlices(
    rows,
    (row) => {
      if (seen.has(row.id)) return;
      seen.add(row.id);
      const path = items.get(row.ownerId);
      if (path) path.push(row);
      else items.set(row.ownerId, [row]);
    },
    control.signal,
  );
  const tally = new FiguresTally(scope);
  await inSlices(
    items.values(),
    (path) => tally.addItem(path.length > 1 ? path.sort(byMoment) : path),
    control.signal,
  );
  return {
    days,
    since,
    until: now,
    byStage: tally.result(),
    items: tally.items,
    rows: tally.rows,
  };
}
