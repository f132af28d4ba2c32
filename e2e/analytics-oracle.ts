// An independent recomputation of the stage analytics, for the e2e tests: from the emulator's
// stored history (GET /__emulator/<id>/history) with a different method than the app's (which
// walks each item's rows as a state machine, src/domain/stage-figures.ts). Here the rows are
// treated like a table: sorted by (item, time, ID), cut into runs of equal "where is the item"
// keys (window-function style: a run starts where the key differs from the previous row's), and
// every figure is a set or a list over those runs. It follows the definitions in
// docs/analytics.md §1, never the app's code.

export interface StoredRow {
  ID: number;
  TYPE_ID: number;
  OWNER_ID: number;
  ENTITY_TYPE_ID: number;
  CREATED_TIME: string;
  CATEGORY_ID: number;
  STAGE_SEMANTIC_ID: string;
  STAGE_ID: string;
}

export interface Expected {
  entered: number;
  movedOn: number;
  won: number;
  lost: number;
  /** Median of ended stays, in whole tenths of a day (half up), or null. */
  medianTenths: number | null;
}

const TENTH_OF_DAY = 8_640_000;

/** Every stage's figures for one pipeline (`categoryId`) of one type, since `since` (ms). */
export function expectedFigures(
  rows: readonly StoredRow[],
  entityTypeId: number,
  categoryId: number,
  since: number,
): Map<string, Expected> {
  // WHERE: the type, the period, and the pipeline's rows or a move into another pipeline.
  const table = rows
    .filter((r) => r.ENTITY_TYPE_ID === entityTypeId && Date.parse(r.CREATED_TIME) >= since)
    .filter(
      (r) => r.CATEGORY_ID === categoryId || (r.TYPE_ID === 5 && r.CATEGORY_ID !== categoryId),
    )
    .map((r) => ({
      owner: r.OWNER_ID,
      time: Date.parse(r.CREATED_TIME),
      id: r.ID,
      key: r.CATEGORY_ID === categoryId ? r.STAGE_ID : null,
      semantic: r.CATEGORY_ID === categoryId ? r.STAGE_SEMANTIC_ID : null,
    }))
    .sort((a, b) => a.owner - b.owner || a.time - b.time || a.id - b.id);

  // Runs: [owner, key, start, end | null]; end is the start of the owner's next run.
  interface Run {
    owner: number;
    key: string | null;
    start: number;
    end: number | null;
  }
  const runs: Run[] = [];
  const lastSemantic = new Map<number, string | null>();
  table.forEach((row, i) => {
    const prev = table[i - 1];
    const newOwner = !prev || prev.owner !== row.owner;
    if (newOwner || prev.key !== row.key) {
      const last = runs[runs.length - 1];
      if (!newOwner && last) last.end = row.time;
      runs.push({ owner: row.owner, key: row.key, start: row.time, end: null });
    }
    lastSemantic.set(row.owner, row.semantic);
  });

  const out = new Map<string, Expected>();
  const stages = new Set(runs.map((r) => r.key).filter((k): k is string => k !== null));
  for (const stage of stages) {
    const mine = runs.filter((r) => r.key === stage);
    const owners = new Set(mine.map((r) => r.owner));
    const ended = mine.filter((r) => r.end !== null);
    const lengths = ended.map((r) => (r.end ?? 0) - r.start).sort((a, b) => a - b);
    let median: number | null = null;
    if (lengths.length > 0) {
      const mid = Math.floor(lengths.length / 2);
      median =
        lengths.length % 2 === 1
          ? (lengths[mid] ?? 0)
          : ((lengths[mid - 1] ?? 0) + (lengths[mid] ?? 0)) / 2;
    }
    out.set(stage, {
      entered: owners.size,
      movedOn: new Set(ended.map((r) => r.owner)).size,
      won: [...owners].filter((o) => lastSemantic.get(o) === 'S').length,
      lost: [...owners].filter((o) => lastSemantic.get(o) === 'F').length,
      medianTenths: median === null ? null : Math.round(median / TENTH_OF_DAY),
    });
  }
  return out;
}

export const NOBODY: Expected = { entered: 0, movedOn: 0, won: 0, lost: 0, medianTenths: null };

const en = (n: number) => n.toLocaleString('en-US');

/** The card's line as an English reader sees it: `124 in · 38% won · 4.2 d`. */
export function expectedLine(e: Expected): string {
  const parts = [`${en(e.entered)} in`];
  if (e.entered > 0) parts.push(`${Math.round((100 * e.won) / e.entered)}% won`);
  if (e.medianTenths !== null) parts.push(`${(e.medianTenths / 10).toFixed(1)} d`);
  return parts.join(' · ');
}

/** The funnel table's cells after the stage name: entered, moved on, won, lost, median time. */
export function expectedCells(e: Expected): string[] {
  return [
    en(e.entered),
    en(e.movedOn),
    en(e.won),
    en(e.lost),
    e.medianTenths === null ? '—' : `${(e.medianTenths / 10).toFixed(1)} d`,
  ];
}
