/** The periods an admin can pick, in days (the `Period` select: `30 days`, `90 days`, `365 days`). */
export const PERIOD_DAYS = [30, 90, 365] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

export const DEFAULT_PERIOD: PeriodDays = 30;

export const DAY_MS = 86_400_000;

export const isPeriodDays = (value: unknown): value is PeriodDays =>
  PERIOD_DAYS.some((days) => days === value);

/** The first moment of a period that ends `now` (both in ms). */
export const periodStart = (now: number, days: PeriodDays): number => now - days * DAY_MS;

/**
 * A duration as the board shows it: whole tenths of a day, rounded half up from the exact ms
 * (one division, so 1.15 days never becomes 1.2 through a float product). docs/analytics.md §1.
 */
export const tenthsOfDay = (ms: number): number => Math.round(ms / (DAY_MS / 10));

/** `part` of `whole` in whole percent, rounded half up; null when there is no whole. */
export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((100 * part) / whole);
