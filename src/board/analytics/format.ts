import '../../i18n/analytics';
import { percentOf, tenthsOfDay } from '../../domain/analytics-period';
import type { StageFigures } from '../../domain/stage-figures';
import type { Lang, Translate } from '../../i18n/messages';

export const formatCount = (lang: Lang, n: number) => new Intl.NumberFormat(lang).format(n);

/** Days with one decimal, from the median's exact ms (docs/analytics.md §1). */
export function formatDays(lang: Lang, ms: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    tenthsOfDay(ms) / 10,
  );
}

/** The median as a number of days for the plural rules (one decimal). */
export const daysOf = (ms: number) => tenthsOfDay(ms) / 10;

/**
 * A card's compact line: `124 in · 38% won · 4.2 d`; the parts without data are left out. A
 * narrow card wraps it between parts only, never inside one ("100%" above "won").
 */
export function compactLine(t: Translate, lang: Lang, figures: StageFigures): string {
  const parts = [t('lineEntered', { count: formatCount(lang, figures.entered) })];
  const won = percentOf(figures.won, figures.entered);
  if (won !== null) parts.push(t('lineWon', { percent: won }));
  if (figures.medianMs !== null)
    parts.push(t('lineMedian', { days: formatDays(lang, figures.medianMs) }));
  return parts.map((part) => part.replaceAll(' ', '\u00a0')).join(' · ');
}

/**
 * An amount in its currency. The currency code comes from the portal (untrusted): a code Intl
 * does not know is shown as plain text after the number instead of failing.
 */
export function formatAmount(lang: Lang, sum: number, currency: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(sum);
  } catch {
    return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(sum)} ${currency}`.trim();
  }
}

export const formatDate = (lang: Lang, ms: number) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(ms);

const GROUP_KEYS = {
  process: 'groupProcess',
  success: 'groupSuccess',
  failure: 'groupFailure',
} as const;

/** A group's name as the board's headings say it. */
export const groupLabel = (t: Translate, group: keyof typeof GROUP_KEYS) => t(GROUP_KEYS[group]);
