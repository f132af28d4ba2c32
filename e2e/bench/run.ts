// `npm run bench`: what an admin feels, measured in headless Chromium against the local portal
// serving the production build (dist/). Prints one table and writes bench-results/latest.json.
// Not part of `npm test`: it takes a few minutes and its figures depend on the machine.
// One file per figure group; BENCH_ONLY=2,5 runs only those figures (while working on one).
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { startPortal } from '../../emulator/server';
import { chromiumLaunchOptions } from '../chromium';
import { analyticsFigures } from './analytics';
import { Bench } from './bench';
import { dragGroup } from './drag-figures';
import { firstBoardFigures } from './first-board';
import { heapFigures } from './heap';
import { journalFigures } from './journal';
import { movesFigures } from './moves';
import { renameFigures } from './rename';
import { report, type FigureGroup, type Row } from './report';
import { smoothnessFigures } from './smoothness';

const PORTAL_PORT = Number(process.env['BENCH_PORT'] ?? 3400);
const APP_PORT = PORTAL_PORT + 1;
const GROUPS: readonly FigureGroup[] = [
  firstBoardFigures,
  movesFigures,
  smoothnessFigures,
  renameFigures,
  heapFigures,
  dragGroup,
  journalFigures,
  analyticsFigures,
];
const only = process.env['BENCH_ONLY']?.split(',');
const wanted = (group: FigureGroup) => !only || group.figures.some((f) => only.includes(f));

async function main() {
  const portal = await startPortal({ port: PORTAL_PORT, appDir: 'dist', appPort: APP_PORT });
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  const bench = new Bench(portal, browser);
  const rows: Row[] = [];
  const notes: string[] = [];
  const raw: Record<string, unknown> = {};
  try {
    for (const group of GROUPS.filter(wanted)) {
      console.error(group.label);
      const figures = await group.run(bench);
      rows.push(...figures.rows);
      notes.push(...(figures.notes ?? []));
      Object.assign(raw, figures.raw);
    }
    notes.push(
      `Machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1/5/15 min) at the end; timings are from a shared machine.`,
    );
    rows.sort((x, y) => x.figure.localeCompare(y.figure, 'en', { numeric: true }));
    await report(rows, notes, raw);
  } finally {
    await browser.close();
    await portal.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
