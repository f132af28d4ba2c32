import type { HistoryRow } from '../domain/stage-history';
import type { PortalError } from './portal-error';

/**
 * What stage analytics and the outcome change ask of the portal (issue 14), as one property of
 * the Portal (`portal.analytics`). The SDK-backed implementation loads its code on first use, so
 * none of it weighs on the first board.
 */
export interface AnalyticsPort {
  /**
   * The pipeline's stage-history rows since `since`, and the rows of items that moved from it to
   * another pipeline meanwhile (docs/analytics.md §2). The first request carries the first page of
   * each and their totals; the rest come 50 pages per request. Throws PortalError (kind
   * 'items-access-denied' when the user may not read the items), or the signal's reason.
   */
  readHistory(query: HistoryQuery, control?: LoadControl): Promise<HistoryRow[]>;
  /** How many items a stage holds now, with their amounts summed per currency. */
  readHoldings(entityTypeId: number, statusId: string, control?: LoadControl): Promise<Holdings>;
  /**
   * Moves up to 50 items into `toStatusId` in one request, with `categoryId` beside `stageId` (a
   * stage of another pipeline without it is silently kept, docs/server-behaviour.md §8). Each
   * item is checked in the portal's answer; what did not move is reported, never thrown.
   */
  moveItems(
    entityTypeId: number,
    categoryId: number | null,
    ids: readonly number[],
    toStatusId: string,
  ): Promise<MoveReport>;
}

export interface HistoryQuery {
  readonly entityTypeId: number;
  /** The pipeline (CATEGORY_ID); null for a type with one pipeline (leads). */
  readonly categoryId: number | null;
  /** The period's first moment, ms since the epoch. */
  readonly since: number;
}

export interface LoadProgress {
  /** Rows read so far, and how many the portal said there are. */
  readonly loaded: number;
  readonly total: number;
}

export interface LoadControl {
  /** Checked before every request: an abort stops the read between requests. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
}

export interface CurrencySum {
  readonly currency: string;
  readonly sum: number;
}

export interface Holdings {
  readonly count: number;
  /** Sums per currency, largest first; null when the items carry no amount. */
  readonly amounts: readonly CurrencySum[] | null;
}

export interface MoveReport {
  readonly moved: readonly number[];
  readonly failures: readonly { readonly id: number; readonly error: PortalError }[];
}
