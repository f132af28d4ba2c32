// Figures 1, 3 and 4: the first board. REST requests before it, the JS and CSS it needed, and how
// long from the frame's navigation to a board on screen and to one that answers keys.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { waitProbe, type Bench } from './bench';
import type { FigureGroup, Row } from './report';
import { kb, median, ms } from './stats';

const LOAD_RUNS = 7;

async function firstBoard(bench: Bench) {
  const toBoard: number[] = [];
  const toInteractive: number[] = [];
  const requests: number[] = [];
  const methods = new Set<string>();
  let resources: string[] = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    const portal = await bench.newPortal();
    const { frame, close } = await bench.open(portal);
    const p = await waitProbe(
      frame,
      (x) => (x.interactive ?? -1) > 0 && (x.boardVisible ?? -1) > 0,
    );
    const visibleAt = p.timeOrigin + (p.boardVisible ?? 0);
    const journal = await portal.journal();
    const before = journal.filter((e) => e.parent === undefined && Date.parse(e.at) <= visibleAt);
    before.forEach((e) => methods.add(e.method));
    requests.push(before.length);
    toBoard.push(p.boardVisible ?? NaN);
    toInteractive.push(p.interactive ?? NaN);
    if (run === 0) resources = (p.resourcesAtBoard ?? []).map((r) => r.name);
    await close();
  }
  return { toBoard, toInteractive, requests, methods: [...methods], resources };
}

async function chunkSizes(resources: readonly string[]) {
  const dir = 'dist/assets';
  const files = await readdir(dir);
  const loaded = new Set(resources.map((r) => basename(new URL(r).pathname)));
  const chunks: { file: string; gzip: number; beforeBoard: boolean }[] = [];
  for (const file of files.filter((f) => /\.(js|css)$/.test(f))) {
    const gzip = gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
    chunks.push({ file, gzip, beforeBoard: loaded.has(file) });
  }
  return chunks.sort((a, b) => b.gzip - a.gzip);
}

export const firstBoardFigures: FigureGroup = {
  figures: ['1', '3', '4'],
  label: 'first board…',
  async run(bench) {
    const load = await firstBoard(bench);
    const chunks = await chunkSizes(load.resources);
    const rows: Row[] = [];
    const reqs = median(load.requests);
    rows.push({
      figure: '1. REST requests, handshake → first board',
      value: `${reqs} (${load.methods.join(', ')})`,
      target: '1',
      met: reqs <= 1,
    });
    const shipped = chunks.filter((c) => c.beforeBoard);
    const total = shipped.reduce((sum, c) => sum + c.gzip, 0);
    rows.push({
      figure: '3. JS + CSS before the first board (gzip -9)',
      value: `${kb(total)}: ${shipped.map((c) => `${c.file.replace(/-[\w-]{8}\./, '.')} ${kb(c.gzip)}`).join(', ')}`,
      target: '≤ 190 KB',
      met: total <= 190 * 1024,
      note: `loaded later: ${chunks
        .filter((c) => !c.beforeBoard)
        .map((c) => `${c.file} ${kb(c.gzip)}`)
        .join(', ')}`,
    });
    const board = median(load.toBoard);
    const interactive = median(load.toInteractive);
    rows.push({
      figure: `4. Frame navigation → first board (median of ${LOAD_RUNS}, cold cache)`,
      value: `${ms(board)} (${load.toBoard.map(ms).join(', ')})`,
      target: '< 1000 ms',
      met: board < 1000,
    });
    rows.push({
      figure: `4. Frame navigation → interactive board (median of ${LOAD_RUNS})`,
      value: `${ms(interactive)} (${load.toInteractive.map(ms).join(', ')})`,
      target: '< 1000 ms',
      met: interactive < 1000,
    });
    return { rows, raw: { load, chunks } };
  },
};
