// Figure 5: dragging a column across the 120-stage pipeline for 2 s, frame by frame.
import { mkdir, writeFile } from 'node:fs/promises';
import { interactive, openBig, type Bench } from './bench';
import type { FrameStats } from './probe';
import type { FigureGroup } from './report';
import { frameIntervalRow } from './frames';
import { median, ms, sleep } from './stats';

/** The median of 5 runs, as issue 15 asks of every figure. */
const DRAG_RUNS = 5;

async function smoothness(bench: Bench): Promise<FrameStats[]> {
  const out: FrameStats[] = [];
  for (let run = 0; run < DRAG_RUNS; run++) {
    const portal = await bench.newPortal();
    const { page, frame, close } = await bench.open(portal);
    await interactive(frame);
    await openBig(frame);
    await sleep(300);
    const box = await frame
      .getByRole('button', { name: 'Move stage Kick-off', exact: true })
      .boundingBox();
    if (!box) throw new Error('no handle to drag');
    const x0 = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const x1 = 1250; // the board's right edge, where dnd-kit scrolls the board on
    // BENCH_PROFILE=1 saves a CPU profile of the app frame during the first drag.
    const profiling = run === 0 && process.env['BENCH_PROFILE'] === '1';
    const cdp = profiling ? await page.context().newCDPSession(frame) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await frame.evaluate(() => window.__bench?.startFrames());
    await page.mouse.move(x0, y);
    await page.mouse.down();
    const t0 = Date.now();
    for (let t = 0; t < 2000; t = Date.now() - t0) {
      const k = Math.min(1, t / 1000);
      await page.mouse.move(x0 + (x1 - x0) * k + (t % 200 < 100 ? 0 : 6), y);
      await sleep(8);
    }
    const stats = await frame.evaluate(() => window.__bench?.stopFrames());
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      await mkdir('bench-results', { recursive: true });
      await writeFile('bench-results/drag.cpuprofile', JSON.stringify(profile));
    }
    await page.keyboard.press('Escape');
    await page.mouse.up();
    if (stats) out.push(stats);
    await close();
  }
  return out;
}

export const smoothnessFigures: FigureGroup = {
  figures: ['5'],
  label: 'smoothness…',
  async run(bench) {
    const drags = await smoothness(bench);
    const longTasks = median(drags.map((d) => d.longTasks.filter((t) => t > 50).length));
    return {
      raw: { drags },
      rows: [
        {
          figure: `5. Drag across 120 stages, 2 s: long tasks > 50 ms (median of ${DRAG_RUNS})`,
          value: `${longTasks} (per run: ${drags.map((d) => `${d.longTasks.length} [${d.longTasks.map((t, i) => `${ms(t)} at ${ms(d.longTaskStarts[i] ?? NaN)}`).join(', ')}]`).join('; ')})`,
          target: '0',
          met: longTasks === 0,
        },
        frameIntervalRow(
          `5. Drag across 120 stages, 2 s: p95 frame interval (median of ${DRAG_RUNS})`,
          drags,
        ),
      ],
    };
  },
};
