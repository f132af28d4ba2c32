import { inPipeline, type HistoryRow, type PipelineScope } from './stage-history';

/**
 * What one stage shows for a period (docs/analytics.md §1 defines each number; the popover says
 * the same in the admin's words). Counts are of CRM items, the median of stays.
 */
export interface StageFigures {
  /** Items with at least one visit of the stage in the period. */
  readonly entered: number;
  /** Of those, items with a visit that ended: they left for another stage or pipeline. */
  readonly movedOn: number;
  /** Of those that entered, items whose last row is in the pipeline's success stage. */
  readonly won: number;
  /** Of those that entered, items whose last row is in one of the pipeline's failure stages. */
  readonly lost: number;
  /** Median length of the visits that ended, in ms; null when none ended. */
  readonly medianMs: number | null;
  /** How many ended visits the median is taken over. */
  readonly stays: number;
}

export const NO_FIGURES: StageFigures = {
  entered: 0,
  movedOn: 0,
  won: 0,
  lost: 0,
  medianMs: null,
  stays: 0,
};

/** The median of `values` (sorted in place); the mean of the two middle ones for an even count. */
export function median(values: Float64Array | number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values instanceof Float64Array ? values.sort() : values.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

interface Counter {
  entered: number;
  movedOn: number;
  won: number;
  lost: number;
  stays: number[];
}

/**
 * Adds up the figures item by item, so a caller can feed a large history in slices and let the
 * browser breathe between them. Each item's rows must come in the order they happened.
 *
 * A visit of a stage starts at a row of the pipeline that puts the item in that stage (a repeated
 * row for the stage it is already in continues the visit) and ends at the item's next row that
 * puts it anywhere else, in this pipeline or another one.
 */
export class FiguresTally {
  private readonly counters = new Map<string, Counter>();
  items = 0;
  rows = 0;

  constructor(private readonly scope: PipelineScope) {}

  private counter(stageId: string): Counter {
    let counter = this.counters.get(stageId);
    if (!counter) {
      counter = { entered: 0, movedOn: 0, won: 0, lost: 0, stays: [] };
      this.counters.set(stageId, counter);
    }
    return counter;
  }

  /** One item's rows, in the order they happened. */
  addItem(path: readonly HistoryRow[]): void {
    const entered = new Set<string>();
    const movedOn = new Set<string>();
    let current: string | null = null;
    let since = 0;
    for (const row of path) {
      const stage = inPipeline(this.scope, row) ? row.stageId : null;
      if (current !== null && stage === current) continue;
      if (current !== null) {
        this.counter(current).stays.push(Math.max(0, row.time - since));
        movedOn.add(current);
      }
      current = stage;
      since = row.time;
      if (stage !== null) entered.add(stage);
    }
    if (entered.size === 0) return;
    this.items += 1;
    this.rows += path.length;
    const last = path[path.length - 1];
    // Where the item stands now, as far as this pipeline goes: a last row in another pipeline
    // (it moved away) is neither a win nor a loss here.
    const outcome = last && inPipeline(this.scope, last) ? last.semantic : null;
    for (const stage of entered) {
      const counter = this.counter(stage);
      counter.entered += 1;
      if (outcome === 'S') counter.won += 1;
      if (outcome === 'F') counter.lost += 1;
    }
    for (const stage of movedOn) this.counter(stage).movedOn += 1;
  }

  /** The figures of every stage some item visited, by STAGE_ID. */
  result(): Record<string, StageFigures> {
    const out: Record<string, StageFigures> = {};
    for (const [stageId, c] of this.counters) {
      out[stageId] = {
        entered: c.entered,
        movedOn: c.movedOn,
        won: c.won,
        lost: c.lost,
        medianMs: median(Float64Array.from(c.stays)),
        stays: c.stays.length,
      };
    }
    return out;
  }
}

/** Figures of a whole history at once (tests, small pipelines). */
export function figuresOf(
  scope: PipelineScope,
  items: Iterable<readonly HistoryRow[]>,
): Record<string, StageFigures> {
  const tally = new FiguresTally(scope);
  for (const path of items) tally.addItem(path);
  return tally.result();
}
