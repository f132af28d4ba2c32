import type { AnalyticsPort, HistoryQuery, LoadControl } from './analytics-port';
import type { SendBatch } from './batch';

/**
 * `portal.analytics` over the SDK transport. Each method loads its module on first use: analytics
 * start after the first board (issue 14), so their code is no part of its download.
 */
export class SdkAnalytics implements AnalyticsPort {
  constructor(private readonly send: SendBatch) {}

  async readHistory(query: HistoryQuery, control?: LoadControl) {
    const { readHistory } = await import('./stage-history');
    return readHistory(this.send, query, control);
  }

  async readHoldings(entityTypeId: number, statusId: string, control?: LoadControl) {
    const { readHoldings } = await import('./stage-holdings');
    return readHoldings(this.send, entityTypeId, statusId, control);
  }

  async moveItems(
    entityTypeId: number,
    categoryId: number | null,
    ids: readonly number[],
    toStatusId: string,
  ) {
    const { moveItems } = await import('./item-moves');
    return moveItems(this.send, entityTypeId, categoryId, ids, toStatusId);
  }
}
