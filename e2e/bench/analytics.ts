// Figures 11-14 (issue 14): stage analytics of a large pipeline. A fresh smart-process pipeline
// gets 10,000 and then 100,000 history rows (the emulator's control route plants items with a
// consistent history), the admin picks `365 days`, and we count the REST requests of that load,
// time it, watch the app frame's long tasks while it runs, and weigh the heap afterwards.
import type { Frame, Page } from '@playwright/test';
import { frameSession, interactive, requestsWith, type Bench } from './bench';
import type { FigureGroup, Row } from './report';
import { mb, ms, sleep } from './stats';

interface Load {
  rows: number;
  requests: number;
  historyRequests: number;
  elapsed: number;
  longTasks: number[];
  /** JSHeapUsedSize: the largest seen while loading, and after a GC once done. */
  peakHeap: number;
  heap: number;
}

async function control(bench: Bench, path: string, body: unknown) {
  const answer = await fetch(new URL(path, bench.portal.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${path}: HTTP ${answer.status}`);
  return (await answer.json()) as Record<string, unknown>;
}

/** Waits for the analytics status line to say the period has loaded, checking every frame. */
const loaded = (frame: Frame, days: number) =>
  frame.waitForFunction(
    (text) =>
      [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes(text)),
    `Analytics of the last ${days} days`,
    { polling: 'raf', timeout: 60_000 },
  );

/** The app frame's heap, read through its renderer. */
async function heapMeter(page: Page, frame: Frame) {
  const session = await frameSession(page, frame);
  await session.send('Performance.enable');
  const used = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  };
  return {
    used,
    afterGc: async () => {
      await session.send('HeapProfiler.collectGarbage');
      return used();
    },
  };
}

async function analyticsLoad(bench: Bench, rows: number): Promise<Load> {
  const portal = await bench.newPortal();
  const name = `Bench ${rows}`;
  const created = (await portal.asAnotherAdmin('crm.category.add', {
    entityTypeId: 177,
    fields: { name },
  })) as { category: { id: number } };
  const planted = await control(bench, `/__emulator/${portal.id}/history`, {
    entityTypeId: 177,
    categoryId: created.category.id,
    rows,
    // The year before the browser's own clock, so the 365 days hold every planted row.
    now: new Date().toISOString(),
  });
  const { page, frame, close } = await bench.open(portal);
  await interactive(frame);
  await frame.getByRole('button', { name: new RegExp(`\\(${name}\\)$`) }).click();
  await loaded(frame, 30);
  const meter = await heapMeter(page, frame);
  await portal.clearJournal();
  await frame.evaluate(() => window.__bench?.startFrames());
  const started = Date.now();
  await frame.getByLabel('Period').selectOption('365 days');
  let peakHeap = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      peakHeap = Math.max(peakHeap, await meter.used());
      await sleep(100);
    }
  })();
  await loaded(frame, 365);
  const elapsed = Date.now() - started;
  done = true;
  await sampling;
  const stats = await frame.evaluate(() => window.__bench?.stopFrames());
  const journal = await portal.journal();
  const heap = await meter.afterGc();
  await close();
  return {
    rows: Number(planted['rows']),
    requests: journal.filter((e) => e.parent === undefined).length,
    historyRequests: requestsWith(journal, 'crm.stagehistory.list'),
    elapsed,
    longTasks: stats?.longTasks ?? [],
    peakHeap,
    heap,
  };
}

export const analyticsFigures: FigureGroup = {
  figures: ['11', '12', '13', '14'],
  label: 'stage analytics…',
  async run(bench) {
    const small = await analyticsLoad(bench, 10_000);
    const large = await analyticsLoad(bench, 100_000);
    const long = large.longTasks.filter((t) => t > 50);
    const rows: Row[] = [
      {
        figure: `11. Analytics of ${small.rows.toLocaleString('en')} history rows: REST requests (history pages)`,
        value: `${small.requests}: the first with page 0 and the totals, then ${small.historyRequests - 1} of up to 50 history pages (${ms(small.elapsed)})`,
        target: '≤ 5 (4 history pages)',
        met: small.requests <= 5 && small.historyRequests - 1 <= 4,
      },
      {
        figure: `12. Analytics of ${large.rows.toLocaleString('en')} history rows: requests, time`,
        value: `${large.requests} requests (${large.historyRequests} history) in ${ms(large.elapsed)}`,
        target: '≤ 45 requests, < 10 s',
        met: large.requests <= 45 && large.elapsed < 10_000,
      },
      {
        figure: '13. Long tasks > 50 ms while 100,000 rows load and compute',
        value: `${long.length}${long.length ? ` (${long.map(ms).join(', ')})` : ''} of ${large.longTasks.length} long tasks`,
        target: '0',
        met: long.length === 0,
      },
      {
        figure: '14. JS heap while 100,000 rows load (peak) and after (GC)',
        value: `${mb(large.peakHeap)} peak, ${mb(large.heap)} after`,
        target: '< 80 MB',
        met: large.peakHeap < 80 * 1024 * 1024,
      },
    ];
    return { rows, raw: { analytics: { small, large } } };
  },
};
