import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, isPeriodDays, percentOf, periodStart, tenthsOfDay } from './analytics-period';

describe('periods', () => {
  it.each([
    [30, true],
    [90, true],
    [365, true],
    [7, false],
    ['30', false],
  ])('%j is a period the admin can pick: %s', (value, ok) => {
    expect(isPeriodDays(value)).toBe(ok);
  });

  it('starts the given number of days before now', () => {
    expect(periodStart(Date.UTC(2026, 10, 1, 12), 30)).toBe(Date.UTC(2026, 9, 2, 12));
  });
});

describe('display rounding', () => {
  it.each([
    [0, 0],
    [DAY_MS, 10],
    [99_360_000, 12], // exactly 1.15 days: half up
    [99_359_999, 11],
    [0.04 * DAY_MS, 0],
  ])('%d ms is %d tenths of a day', (ms, tenths) => {
    expect(tenthsOfDay(ms)).toBe(tenths);
  });

  it.each([
    [0, 0, null],
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
    [3, 3, 100],
  ])('%d of %d in percent is %s', (part, whole, percent) => {
    expect(percentOf(part, whole)).toBe(percent);
  });

  it('a percentage of a part is between 0 and 100', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const p = percentOf(Math.min(a, b), Math.max(a, b));
        if (p !== null) expect(p >= 0 && p <= 100).toBe(true);
      }),
    );
  });
});
