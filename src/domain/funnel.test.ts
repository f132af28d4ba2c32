import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stage } from './test-stages';
import { NO_FIGURES } from './stage-figures';
import { funnelLayout, funnelOf, funnelSteps, MIN_SHARE } from './funnel';

const stages = [
  stage('3', 30, 'process', { statusId: 'WORK' }),
  stage('1', 10, 'process', { statusId: 'NEW' }),
  stage('5', 50, 'success', { statusId: 'WON' }),
  stage('7', 70, 'failure', { statusId: 'LOSE' }),
  stage('8', 80, 'failure', { statusId: 'LATE' }),
];
const entered = (n: number) => ({ ...NO_FIGURES, entered: n });

describe('funnelOf', () => {
  it('the success path runs through the in-progress stages in order to the success stage; failures branch off', () => {
    const funnel = funnelOf(stages, { NEW: entered(10), WORK: entered(6), WON: entered(3) });
    expect(funnel.path.map((s) => s.stage.statusId)).toEqual(['NEW', 'WORK', 'WON']);
    expect(funnel.branches.map((s) => s.stage.statusId)).toEqual(['LOSE', 'LATE']);
    expect(funnel.widest).toBe(10);
  });

  it('a stage nobody entered is in the funnel with zeros', () => {
    const funnel = funnelOf(stages, {});
    expect(funnelSteps(funnel)).toHaveLength(5);
    expect(funnel.branches[1]?.figures).toEqual(NO_FIGURES);
    expect(funnel.widest).toBe(0);
  });
});

describe('funnelLayout', () => {
  const columns = { path: 300, branch: 200, gap: 20 };

  it('centres the path bars and puts the branches in their own column', () => {
    const bars = funnelLayout(
      funnelOf(stages, { NEW: entered(10), WORK: entered(5), LOSE: entered(5) }),
      columns,
    );
    const work = bars.find((b) => b.step.stage.statusId === 'WORK');
    expect(work).toMatchObject({ x: 75, width: 150, row: 1, side: 'path' });
    const lose = bars.find((b) => b.step.stage.statusId === 'LOSE');
    expect(lose).toMatchObject({ x: 320, width: 100, row: 0, side: 'branch' });
  });

  it('every bar stays in its column, is visible, and a stage entered more is never narrower', () => {
    const counts = fc.dictionary(
      fc.constantFrom('NEW', 'WORK', 'WON', 'LOSE', 'LATE'),
      fc.nat(10_000),
    );
    fc.assert(
      fc.property(counts, (dict) => {
        const figures = Object.fromEntries(Object.entries(dict).map(([k, n]) => [k, entered(n)]));
        const bars = funnelLayout(funnelOf(stages, figures), columns);
        for (const bar of bars) {
          const column = bar.side === 'path' ? columns.path : columns.branch;
          expect(bar.width).toBeGreaterThanOrEqual(column * MIN_SHARE - 1e-9);
          expect(bar.width).toBeLessThanOrEqual(column + 1e-9);
          const left = bar.side === 'path' ? 0 : columns.path + columns.gap;
          expect(bar.x).toBeGreaterThanOrEqual(left - 1e-9);
          expect(bar.x + bar.width).toBeLessThanOrEqual(left + column + 1e-9);
        }
        const path = bars.filter((b) => b.side === 'path');
        for (const a of path)
          for (const b of path)
            if (a.step.figures.entered > b.step.figures.entered)
              expect(a.width).toBeGreaterThanOrEqual(b.width);
      }),
    );
  });
});
