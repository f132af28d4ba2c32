// A year of CRM life for every fresh portal: about 6,800 items with their stage history, built once
// per process and shared by every portal (rows and items are frozen; a portal copies only the
// arrays, and crm.item.update replaces an item instead of changing it). docs/server-behaviour.md §7.
//
// Where the items go (so the item counts the e2e tests assert stay as they were): the seeded items
// of seed.ts keep their stages; the bulk ends won or lost in "General Deal Stages" and "Newest Deal
// Stages" (never in their second failure stage, which e2e tests and the soak delete), and may stay in
// progress only in pipelines no test counts (the 120-stage one, the smart process's third stage,
// the leads' "Processed").
import { walk, pipelineOf, prng, type DraftRow, type WalkPlan } from './history-walk';
import { CLIENT_TASKS, HISTORY_REFERENCE_NOW, seedItems, seedStatuses } from './seed';
import type { CrmItem, StageHistoryRow, StatusRow } from './types';

export const HISTORY_SEED = 20261101;

interface BulkSpec {
  entityId: string;
  entityTypeId: number;
  categoryId: number;
  count: number;
  plan: Omit<WalkPlan, 'pipeline' | 'from'> & { from?: [string, number] };
}

/** How many items each pipeline gets. Documented in emulator/README.md (Seeded history). */
export const BULK: BulkSpec[] = [
  {
    entityId: 'DEAL_STAGE',
    entityTypeId: 2,
    categoryId: 0,
    count: 2400,
    // Never "Reason for Failure Analysis": e2e tests delete it as an empty stage.
    plan: { from: ['DEAL_STAGE_1', 1], fromShare: 0.05, failures: ['LOSE'] },
  },
  {
    entityId: 'DEAL_STAGE_1',
    entityTypeId: 2,
    categoryId: 1,
    count: 1500,
    plan: { failures: ['C1:LOSE'] },
  },
  {
    entityId: 'DEAL_STAGE_3',
    entityTypeId: 2,
    categoryId: 3,
    count: 1200,
    plan: { skip: 0.9, openShare: 0.3, open: [] },
  },
  {
    entityId: 'DYNAMIC_177_STAGE_7',
    entityTypeId: 177,
    categoryId: 7,
    count: 500,
    plan: { open: ['DT177_7:CLIENT'], openShare: 0.2 },
  },
  {
    entityId: 'DYNAMIC_177_STAGE_9',
    entityTypeId: 177,
    categoryId: 9,
    count: 200,
    plan: { open: ['DT177_9:QUOTES'], openShare: 0.2 },
  },
  {
    entityId: 'STATUS',
    entityTypeId: 1,
    categoryId: 0,
    count: 600,
    plan: { open: ['PROCESSED'], openShare: 0.15 },
  },
  {
    entityId: 'SMART_INVOICE_STAGE_5',
    entityTypeId: 31,
    categoryId: 5,
    count: 300,
    plan: {},
  },
];

export interface SeedWorld {
  items: readonly CrmItem[];
  history: readonly StageHistoryRow[];
}

function semanticLookup(statuses: StatusRow[]) {
  const map = new Map<string, 'P' | 'S' | 'F'>();
  for (const r of statuses) {
    map.set(r.STATUS_ID, r.SEMANTICS === 'S' || r.SEMANTICS === 'F' ? r.SEMANTICS : 'P');
  }
  return (_type: number, stageId: string) => map.get(stageId) ?? 'P';
}

/** Numbers draft rows in time order (the database's insertion order), from `firstId`. */
export function numberRows(rows: DraftRow[], firstId: number): StageHistoryRow[] {
  return rows
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...row }, i) => ({ ...row, ID: firstId + i }));
}

function build(): SeedWorld {
  const statuses = seedStatuses();
  const small = seedItems(semanticLookup(statuses));
  const rng = prng(HISTORY_SEED);
  const items: CrmItem[] = [...small.items];
  const drafts: DraftRow[] = [];
  const nextId = (type: number) =>
    items.filter((i) => i.entityTypeId === type).reduce((m, i) => Math.max(m, i.id), 0) + 1;
  for (const spec of BULK) {
    const pipeline = pipelineOf(statuses, spec.entityId, spec.entityTypeId, spec.categoryId);
    const { from, ...rest } = spec.plan;
    const plan: WalkPlan = { ...rest, pipeline };
    // The 120-stage pipeline: open anywhere but its first stage.
    if (rest.open && rest.open.length === 0) plan.open = pipeline.process.slice(1);
    if (from) plan.from = pipelineOf(statuses, from[0], spec.entityTypeId, from[1]);
    const out = walk(plan, {
      rng,
      now: HISTORY_REFERENCE_NOW,
      firstItemId: nextId(spec.entityTypeId),
      count: spec.count,
      titles: CLIENT_TASKS,
    });
    items.push(...out.items);
    drafts.push(...out.rows);
  }
  const history = [...small.history, ...numberRows(drafts, small.history.length + 1)];
  return {
    items: items.map((i) => Object.freeze(i)),
    history: history.map((r) => Object.freeze(r)),
  };
}

let world: SeedWorld | null = null;

/** The seeded items and history, built on first use (about a second) and shared afterwards. */
export function seedWorld(): SeedWorld {
  world ??= build();
  return world;
}

export interface PlantHistoryRequest {
  statuses: readonly StatusRow[];
  entityId: string;
  entityTypeId: number;
  categoryId: number;
  /** At least this many history rows (whole items: a few more may come). */
  rows: number;
  firstItemId: number;
  firstHistoryId: number;
  now: number;
  seed: number;
  /** Share of items left in an in-progress stage (any but the first). */
  openShare: number;
}

/** Control API: many items with consistent history in one pipeline, for the bench. */
export function plantHistory(req: PlantHistoryRequest): {
  items: CrmItem[];
  history: StageHistoryRow[];
} {
  const pipeline = pipelineOf(req.statuses, req.entityId, req.entityTypeId, req.categoryId);
  const plan: WalkPlan = {
    pipeline,
    open: pipeline.process.slice(1),
    openShare: req.openShare,
    skip: pipeline.process.length > 20 ? 0.9 : 0.25,
  };
  const out = walk(plan, {
    rng: prng(req.seed),
    now: req.now,
    firstItemId: req.firstItemId,
    rows: req.rows,
    titles: CLIENT_TASKS,
  });
  return { items: out.items, history: numberRows(out.rows, req.firstHistoryId) };
}
