// Frame intervals as the display saw them, for figures 5 and 9.
import type { FrameStats } from './probe';
import type { Row } from './report';
import { median, percentile } from './stats';

/**
 * Chromium gives a frame that is not cross-origin isolated a clock (performance.now() and the
 * timestamps rAF callbacks receive) in steps of 0.1 ms, so a steady 60 Hz drag reads 16.6, 16.7
 * and 16.8 ms in turn, and the raw p95 lands on 16.8 with no frame missed. A rAF timestamp is
 * the begin time of its frame, a whole number of refresh periods after the previous one, so each
 * interval is counted as the refresh periods it spans: a missed frame still counts in full
 * (33.3 ms), the clock's grain does not. The raw figure is printed beside it.
 */
export interface FrameSummary {
  /** p95 of the intervals in whole refresh periods, ms. */
  p95: number;
  /** p95 of the intervals as the clock read them, ms. */
  rawP95: number;
  /** Frames the display showed without a new frame from the app. */
  missed: number;
}

/**
 * The refresh period: the mean of the shortest intervals (no frame is shorter than one period;
 * the clock's 0.1 ms errors average out), which holds even when most frames were missed.
 */
function refreshPeriod(intervals: readonly number[]): number {
  const shortest = percentile(intervals, 5);
  const near = intervals.filter((i) => i < shortest * 1.25);
  return near.reduce((sum, i) => sum + i, 0) / near.length;
}

export function summariseFrames(intervals: readonly number[]): FrameSummary {
  const period = refreshPeriod(intervals);
  const periods = intervals.map((i) => Math.max(1, Math.round(i / period)));
  return {
    p95: percentile(periods, 95) * period,
    rawP95: percentile(intervals, 95),
    missed: periods.reduce((sum, p) => sum + p - 1, 0),
  };
}

/** The p95 row of a drag figure: the median over runs, each run's missed frames beside it. */
export function frameIntervalRow(figure: string, runs: readonly FrameStats[]): Row {
  const summaries = runs.map((run) => summariseFrames(run.intervals));
  const p95 = median(summaries.map((s) => s.p95));
  const rawP95 = median(summaries.map((s) => s.rawP95));
  const perRun = runs.map((run, i) => `${run.intervals.length}/${summaries[i]?.missed ?? NaN}`);
  return {
    figure,
    value: `${p95.toFixed(1)} ms (frames/missed per run: ${perRun.join(', ')}; as the 0.1 ms clock read them: ${rawP95.toFixed(1)} ms)`,
    target: '≤ 16.7 ms',
    met: p95 <= 16.7,
  };
}
