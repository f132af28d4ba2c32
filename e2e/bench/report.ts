// The bench's output: one table on stdout and bench-results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Bench } from './bench';

export interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
  note?: string;
}

export interface Figures {
  rows: Row[];
  /** Raw measurements, kept in latest.json under these keys. */
  raw: Record<string, unknown>;
  notes?: string[];
}

/** One group of figures measured together (BENCH_ONLY picks groups by their numbers). */
export interface FigureGroup {
  readonly figures: readonly string[];
  /** Printed on stderr when the group starts. */
  readonly label: string;
  run(bench: Bench): Promise<Figures>;
}

export function table(rows: readonly Row[]): string {
  const head = ['Figure', 'Measured', 'Target', 'Met'];
  const body = rows.map((r) => [
    r.figure,
    r.value,
    r.target,
    r.met === null ? '–' : r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

/** Prints the table, each row's note and the run's notes, then writes latest.json. */
export async function report(
  rows: readonly Row[],
  notes: readonly string[],
  raw: Record<string, unknown>,
) {
  console.log(table(rows));
  for (const row of rows) if (row.note) console.log(`  ${row.figure}: ${row.note}`);
  for (const note of notes) console.log(`  ${note}`);
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    'bench-results/latest.json',
    JSON.stringify({ at: new Date().toISOString(), rows, notes, raw }, null, 2),
  );
  console.log('Written to bench-results/latest.json');
}
