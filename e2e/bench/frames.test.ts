import { describe, expect, it } from 'vitest';
import { summariseFrames } from './frames';

const PERIOD = 1000 / 60;
/**
 * rAF timestamps of `frames` frames at 60 Hz, `missing` left out, read as Chromium reads them in a
 * frame that is not cross-origin isolated: to 0.1 ms, after a jitter of up to 0.05 ms.
 */
function readIntervals(frames: number, missing: readonly number[] = []): number[] {
  const shown = Array.from({ length: frames }, (_, k) => k).filter((k) => !missing.includes(k));
  const jitter = (k: number) => (((k * 37) % 11) - 5) / 100;
  const stamps = shown.map((k) => Math.round((1000 + k * PERIOD + jitter(k)) * 10) / 10);
  return stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
}

describe('summariseFrames', () => {
  it.each([
    // frames, frames missing, p95 in periods, frames missed
    [120, [], 1, 0],
    [120, [40], 1, 1],
    [120, [10, 30, 50, 70, 90], 1, 5],
    [120, [10, 11, 30, 50, 70, 90, 100, 110], 2, 8],
    [60, Array.from({ length: 20 }, (_, k) => 2 * k + 1), 2, 20],
  ])('%i frames, missing %j: p95 of %i periods, %i missed', (frames, missing, periods, missed) => {
    const intervals = readIntervals(frames, missing);
    // What the raw clock reads is noise at the 0.1 ms grain, never one whole period.
    expect(new Set(intervals.filter((i) => i < 20).map((i) => i.toFixed(1))).size).toBeGreaterThan(
      1,
    );
    const summary = summariseFrames(intervals);
    expect(summary.p95).toBeCloseTo(periods * PERIOD, 1);
    expect(summary.missed).toBe(missed);
  });

  it('a steady 60 Hz meets 16.7 ms though the raw clock reads up to 16.8', () => {
    const intervals = readIntervals(200);
    expect(Math.max(...intervals)).toBeGreaterThan(16.75);
    expect(summariseFrames(intervals).p95).toBeLessThanOrEqual(16.7);
  });
});
