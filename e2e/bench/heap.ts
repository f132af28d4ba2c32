// Figure 7: the JS heap of the app's frame while switching directories, the 120-stage one last.
import { BIG, frameSession, interactive, openBig, type Bench } from './bench';
import type { FigureGroup } from './report';
import { mb, sleep } from './stats';

const SWITCHES = 20;
/** Directories cycled through for the heap figure; the 120-stage one comes last in each cycle. */
const CYCLE = ['General Deal Stages', 'Lead Stages', 'Newest Deal Stages', BIG.name];

async function heap(bench: Bench) {
  const portal = await bench.newPortal();
  const { page, frame, close } = await bench.open(portal);
  await interactive(frame);
  // The app runs in its own (cross-site, out-of-process) frame; measure that renderer's heap.
  const session = await frameSession(page, frame);
  await session.send('Performance.enable');
  const used = async () => {
    await session.send('HeapProfiler.collectGarbage');
    await sleep(100);
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  };
  await openBig(frame);
  const afterOpen = await used();
  const series: number[] = [];
  for (let s = 0; s < SWITCHES; s++) {
    const name = CYCLE[s % CYCLE.length] ?? BIG.name;
    await frame.getByRole('button', { name, exact: true }).click();
    await frame
      .getByRole('list', { name: 'In progress', exact: true })
      .getByRole('listitem')
      .first()
      .waitFor();
    await frame
      .getByRole('button', { name, exact: true })
      .and(frame.locator('[aria-current="page"]'))
      .waitFor();
    await sleep(150);
    series.push(await used());
  }
  await close();
  return { afterOpen, series };
}

export const heapFigures: FigureGroup = {
  figures: ['7'],
  label: 'heap…',
  async run(bench) {
    const memory = await heap(bench);
    const last = memory.series.at(-1) ?? NaN;
    const firstCycle = memory.series[CYCLE.length - 1] ?? NaN;
    return {
      raw: { memory },
      rows: [
        {
          figure: `7. JS heap: 120-stage pipeline open → after ${SWITCHES} switches`,
          value: `${mb(memory.afterOpen)} → ${mb(last)} (growth after the first cycle: ${mb(last - firstCycle)})`,
          target: '< 40 MB, no growth',
          met: last < 40 * 1024 * 1024 && last - firstCycle < 1024 * 1024,
        },
      ],
    };
  },
};
