// What a soak run reports: counts by operation and fault, what was still unsaved, and problems.

export type OpKind = 'reorder' | 'rename' | 'recolour' | 'add' | 'delete';

export interface SoakSummary {
  seed: number;
  ops: number;
  byKind: Record<OpKind | 'skipped', number>;
  faults: Record<string, number>;
  /** Writes the app listed as unsaved at the end, before they were retried. */
  pendingAtEnd: string[];
  /** Times the driver clicked Try again during the run (moves, adds, deletes). */
  retriesDuringRun: number;
  /** Keyboard drags where an arrow key moved nothing (cancelled with Escape). */
  stalledDrags: string[];
  problems: string[];
  log: string[];
  seconds: number;
}

export function emptySummary(seed: number, ops: number): SoakSummary {
  return {
    seed,
    ops,
    byKind: { reorder: 0, rename: 0, recolour: 0, add: 0, delete: 0, skipped: 0 },
    faults: {},
    pendingAtEnd: [],
    retriesDuringRun: 0,
    stalledDrags: [],
    problems: [],
    log: [],
    seconds: 0,
  };
}

export function formatSummary(s: SoakSummary): string {
  const kinds = (Object.keys(s.byKind) as (keyof SoakSummary['byKind'])[])
    .map((k) => `${k} ${s.byKind[k]}`)
    .join(', ');
  const faultCount = Object.values(s.faults).reduce((a, b) => a + b, 0);
  const faults = Object.entries(s.faults)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `Soak: ${s.ops} operations, seed ${s.seed} (replay: SOAK_SEED=${s.seed} SOAK_OPS=${s.ops}), ${s.seconds} s`,
    `  ops by kind: ${kinds}`,
    `  faults injected: ${faultCount}${faults ? ` (${faults})` : ''}`,
    `  retried during the run (moves, adds, deletes): ${s.retriesDuringRun}`,
    `  keyboard drags that stalled (cancelled): ${s.stalledDrags.length}`,
    `  pending at the end: ${s.pendingAtEnd.length}${s.pendingAtEnd.length ? ` (${s.pendingAtEnd.join('; ')})` : ''}`,
    `  result: ${s.problems.length === 0 ? 'PASS' : `FAIL, ${s.problems.length} problem(s)`}`,
    ...s.problems.map((p) => `  - ${p}`),
  ].join('\n');
}
