// Plausible item lives for the stage history: each item is created in its pipeline's first stage,
// walks forward through the in-progress stages (skipping some, rarely stepping back) and ends in a
// success or failure stage, or stays in an in-progress stage. Every walk leaves the rows the real
// portal writes (docs/server-behaviour.md §7: TYPE_ID 1 created, 2 intermediate, 3 final, 5
// pipeline changed) and the item's current stage is always the last row's stage. Deterministic:
// the same seed gives the same items and rows.
import { isoSeconds } from './seed';
import type { CrmItem, StageHistoryRow, StatusRow } from './types';

const DAY = 86_400_000;

/** mulberry32: small, fast and good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stages of one pipeline, by SORT. */
export interface Pipeline {
  entityTypeId: number;
  categoryId: number;
  process: string[];
  success: string;
  failures: string[];
}

export function pipelineOf(
  statuses: readonly StatusRow[],
  entityId: string,
  entityTypeId: number,
  categoryId: number,
): Pipeline {
  const rows = statuses
    .filter((r) => r.ENTITY_ID === entityId)
    .sort((a, b) => Number(a.SORT) - Number(b.SORT) || Number(a.ID) - Number(b.ID));
  const kind = (r: StatusRow) => (r.SEMANTICS === 'S' || r.SEMANTICS === 'F' ? r.SEMANTICS : 'P');
  return {
    entityTypeId,
    categoryId,
    process: rows.filter((r) => kind(r) === 'P').map((r) => r.STATUS_ID),
    success: rows.find((r) => kind(r) === 'S')?.STATUS_ID ?? '',
    failures: rows.filter((r) => kind(r) === 'F').map((r) => r.STATUS_ID),
  };
}

export interface WalkPlan {
  pipeline: Pipeline;
  /** Failure stages items may end in (default: every failure stage). */
  failures?: string[];
  /** In-progress stages items may stay in; none = every item ends won or lost. */
  open?: string[];
  /** Share of items that stay open (with `open`). */
  openShare?: number;
  /** Items start in this pipeline, then change pipeline (TYPE_ID 5) into `pipeline`. */
  from?: Pipeline;
  fromShare?: number;
  /** How many stages a walk skips on average: high for long pipelines. */
  skip?: number;
}

export interface WalkOptions {
  rng: () => number;
  /** The reference "now": every row is at or before it, the first ones about a year earlier. */
  now: number;
  firstItemId: number;
  /** Stop after this many items... */
  count?: number;
  /** ...or once this many rows exist (the last item may add a few more). */
  rows?: number;
  titles: readonly string[];
}

/** Mean days an item waits in a stage: differs per stage so analytics differ per stage. */
function meanWait(stageId: string): number {
  let h = 7;
  for (const ch of stageId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 0.5 + (h % 90) / 10;
}

type Step = { stageId: string; categoryId: number; type: 1 | 2 | 3 | 5; kind: 'P' | 'S' | 'F' };

function forward(rng: () => number, stages: string[], last: number, skip: number): number[] {
  const out = [0];
  for (let i = 1; i <= last; i++) if (i === last || rng() >= skip) out.push(i);
  // Now and then an item goes back one stage and forward again.
  if (out.length > 2 && rng() < 0.06) {
    const at = 1 + Math.floor(rng() * (out.length - 2));
    out.splice(at + 1, 0, out[at - 1] ?? 0, out[at] ?? 0);
  }
  return out.filter((i) => i < stages.length);
}

function steps(plan: WalkPlan, rng: () => number): Step[] {
  const { pipeline } = plan;
  const skip = plan.skip ?? 0.25;
  const out: Step[] = [];
  let type: 1 | 5 = 1;
  if (plan.from && rng() < (plan.fromShare ?? 0)) {
    const from = plan.from;
    const idx = forward(rng, from.process, Math.floor(rng() * 2), skip);
    idx.forEach((i, n) => {
      const stageId = from.process[i] ?? '';
      out.push({ stageId, categoryId: from.categoryId, type: n === 0 ? 1 : 2, kind: 'P' });
    });
    type = 5;
  }
  const n = pipeline.process.length;
  const open = plan.open ?? [];
  const stay = open.length > 0 && rng() < (plan.openShare ?? 0.15);
  const target = stay
    ? pipeline.process.indexOf(open[Math.floor(rng() * open.length)] ?? '')
    : Math.min(n - 1, Math.floor(Math.sqrt(rng()) * n));
  forward(rng, pipeline.process, Math.max(0, target), skip).forEach((i, k) => {
    const stageId = pipeline.process[i] ?? '';
    const rowType = k === 0 ? type : 2;
    out.push({ stageId, categoryId: pipeline.categoryId, type: rowType, kind: 'P' });
  });
  if (stay) return out;
  const wonChance = target === n - 1 ? 0.7 : 0.2;
  if (rng() < wonChance && pipeline.success) {
    out.push({ stageId: pipeline.success, categoryId: pipeline.categoryId, type: 3, kind: 'S' });
  } else {
    const failures = plan.failures ?? pipeline.failures;
    const stageId = failures[Math.floor(rng() * failures.length)] ?? pipeline.failures[0] ?? '';
    out.push({ stageId, categoryId: pipeline.categoryId, type: 3, kind: 'F' });
  }
  return out;
}

/** Rows come without ID: the caller numbers them (in time order, as the database would). */
export type DraftRow = Omit<StageHistoryRow, 'ID'> & { at: number };

export function walk(plan: WalkPlan, options: WalkOptions): { items: CrmItem[]; rows: DraftRow[] } {
  const { rng, now } = options;
  const items: CrmItem[] = [];
  const rows: DraftRow[] = [];
  let id = options.firstItemId;
  const more = () =>
    options.count !== undefined ? items.length < options.count : rows.length < (options.rows ?? 0);
  while (more()) {
    const path = steps(plan, rng);
    const created = now - DAY * (2 + rng() * 363);
    const gaps = path
      .slice(1)
      .map((s, i) => meanWait(path[i]?.stageId ?? s.stageId) * -Math.log(1 - rng()) * DAY);
    const total = gaps.reduce((a, b) => a + b, 0);
    const room = now - created;
    const scale = total > room ? (room * 0.95) / total : 1;
    let at = created;
    path.forEach((step, i) => {
      if (i > 0) at += (gaps[i - 1] ?? 0) * scale;
      const second = Math.floor(at / 1000) * 1000;
      rows.push({
        TYPE_ID: step.type,
        OWNER_ID: id,
        ENTITY_TYPE_ID: plan.pipeline.entityTypeId,
        CREATED_TIME: isoSeconds(new Date(second)),
        CATEGORY_ID: step.categoryId,
        STAGE_SEMANTIC_ID: step.kind,
        STAGE_ID: step.stageId,
        at: second,
      });
    });
    const last = path[path.length - 1];
    const amount = 100 * Math.floor(5 + rng() * rng() * 495);
    items.push({
      id,
      entityTypeId: plan.pipeline.entityTypeId,
      categoryId: plan.pipeline.categoryId,
      stageId: last?.stageId ?? '',
      title: `${options.titles[Math.floor(rng() * options.titles.length)] ?? 'Item'} #${id}`,
      opportunity: amount,
      currencyId: rng() < 0.15 ? 'EUR' : 'USD',
      assignedById: rng() < 0.5 ? 1 : 5,
      createdTime: isoSeconds(new Date(Math.floor(created / 1000) * 1000)),
      updatedTime: isoSeconds(new Date(Math.floor(at / 1000) * 1000)),
    });
    id += 1;
  }
  return { items, rows };
}
