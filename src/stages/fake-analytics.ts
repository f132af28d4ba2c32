import type {
  AnalyticsPort,
  HistoryQuery,
  Holdings,
  LoadControl,
  MoveReport,
} from '../b24/analytics-port';
import type { PortalError } from '../b24/portal-error';
import type { HistoryRow } from '../domain/stage-history';

/**
 * `portal.analytics` for hook tests: a history and the items of each stage in memory. Reads
 * answer in one step (progress once); moves obey `refuse` so a test can fail chosen items.
 */
export class FakeAnalytics implements AnalyticsPort {
  history: HistoryRow[] = [];
  /** Item ids by STATUS_ID: what crm.item.list would list. */
  items = new Map<string, number[]>();
  /** Item ids the next moves refuse, with the error they meet. */
  refuse = new Map<number, PortalError>();
  queries: HistoryQuery[] = [];
  moves: { ids: readonly number[]; to: string; categoryId: number | null }[] = [];
  /** When set, every read waits for it before answering. */
  gate: Promise<void> | null = null;

  async readHistory(query: HistoryQuery, control?: LoadControl): Promise<HistoryRow[]> {
    this.queries.push(query);
    await this.gate;
    if (control?.signal?.aborted) throw new DOMException('Stopped', 'AbortError');
    const rows = this.history.filter((r) => r.time >= query.since);
    control?.onProgress?.({ loaded: rows.length, total: rows.length });
    return rows;
  }

  async readHoldings(_type: number, statusId: string): Promise<Holdings> {
    await this.gate;
    const ids = this.items.get(statusId) ?? [];
    return { count: ids.length, amounts: [{ currency: 'USD', sum: ids.length * 100 }] };
  }

  /** Item ids of a stage in id order, as listItems would page them. */
  idsIn(statusId: string): number[] {
    return [...(this.items.get(statusId) ?? [])].sort((a, b) => a - b);
  }

  async moveItems(
    _type: number,
    categoryId: number | null,
    ids: readonly number[],
    to: string,
  ): Promise<MoveReport> {
    await this.gate;
    this.moves.push({ ids, to, categoryId });
    const moved: number[] = [];
    const failures: MoveReport['failures'][number][] = [];
    for (const id of ids) {
      const error = this.refuse.get(id);
      if (error) {
        failures.push({ id, error });
        continue;
      }
      for (const [stage, list] of this.items) {
        this.items.set(
          stage,
          list.filter((i) => i !== id),
        );
      }
      this.items.set(to, [...(this.items.get(to) ?? []), id]);
      moved.push(id);
    }
    return { moved, failures };
  }
}
