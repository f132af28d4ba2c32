import '../../i18n/analytics';
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_PERIOD, isPeriodDays, type PeriodDays } from '../../domain/analytics-period';
import { usePortal } from '../../stages/portal-context';

/**
 * The period the admin picked: one for the whole board (the header's select, every card, the
 * funnel), kept in the admin's user option so it follows them to the next visit. UI state, not
 * server state: a small store, not React Query.
 */
const OPTION = 'analyticsPeriod';
let current: PeriodDays | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePeriod(): readonly [PeriodDays, (days: PeriodDays) => void] {
  const portal = usePortal();
  const days = useSyncExternalStore(subscribe, () => {
    if (current === null) {
      const kept = Number(portal.userOption(OPTION));
      current = isPeriodDays(kept) ? kept : DEFAULT_PERIOD;
    }
    return current;
  });
  const set = useCallback(
    (next: PeriodDays) => {
      current = next;
      portal.setUserOption(OPTION, String(next));
      for (const listener of listeners) listener();
    },
    [portal],
  );
  return [days, set] as const;
}
