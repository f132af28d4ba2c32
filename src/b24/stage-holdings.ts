import type { CurrencySum, Holdings, LoadControl } from './analytics-port';
import type { SendBatch } from './batch';
import { readAllPages } from './keyset-pages';

const number = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * Amounts summed per currency, in cents so that thousands of prices add up without float drift.
 * null when no item carries an amount (a smart process without one): there is nothing to sum.
 */
export function sumAmounts(
  items: readonly Readonly<Record<string, unknown>>[],
): CurrencySum[] | null {
  const cents = new Map<string, number>();
  let priced = false;
  for (const item of items) {
    const amount = number(item['opportunity']);
    if (amount === null) continue;
    priced = true;
    const currency = typeof item['currencyId'] === 'string' ? item['currencyId'] : '';
    cents.set(currency, (cents.get(currency) ?? 0) + Math.round(amount * 100));
  }
  if (!priced) return null;
  return [...cents]
    .map(([currency, sum]) => ({ currency, sum: sum / 100 }))
    .sort((a, b) => b.sum - a.sum || a.currency.localeCompare(b.currency));
}

/**
 * The items of one stage with their amounts, through crm.item.list (docs/server-behaviour.md §8),
 * paged like the history: the first page with its total, then 50 keyset pages per request.
 */
export async function readHoldings(
  send: SendBatch,
  entityTypeId: number,
  statusId: string,
  control?: LoadControl,
): Promise<Holdings> {
  const [items = []] = await readAllPages(
    send,
    [
      {
        method: 'crm.item.list',
        params: {
          entityTypeId,
          select: ['id', 'opportunity', 'currencyId'],
          filter: { stageId: statusId },
        },
        idField: 'id',
      },
    ],
    control,
  );
  return { count: items.length, amounts: sumAmounts(items) };
}
