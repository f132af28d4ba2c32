import type { AnalyticsPort, HistoryQuery, LoadControl } from './analytics-port';
import type { SendBatch } from './batch';

/** One import for the three methods: each load of a module costs the first bundle a few bytes. */
const load = () => import('./analytics-impl');

/**
 * `portal.analytics` over the SDK transport. Its code loads on first use: analytics start after
 * the first board (issue 14), so they are no part of its download.
 */
export class SdkAnalytics implements AnalyticsPort {
  constructor(private readonly send: SendBatch) {}

  async readHistory(query: HistoryQuery, control?: LoadControl) {
    return (await load()).readHistory(this.send, query, control);
  }

  async readHoldings(entityTypeId: number, statusId: string, control?: LoadControl) {
    return (await load()).readHoldings(this.send, entityTypeId, statusId, control);
  }

  async moveItems(
    entityTypeId: number,
    categoryId: number | null,
    ids: readonly number[],
    toStatusId: string,
  ) {
    return (await load()).moveItems(this.send, entityTypeId, categoryId, ids, toStatusId);
  }
}
