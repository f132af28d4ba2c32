import type { Portal } from '../b24/portal';
import type { OutcomeChange } from '../domain/outcome-change';

/**
 * Outcome changes started and not finished, kept in the admin's user option so a stop, a fault
 * or a reload never leaves a half-done change without a way back to it (docs/analytics.md §3).
 * The entry says only which stages to look for; what to do next is read from the portal.
 */
const OPTION = 'outcomeChanges';

const isText = (v: unknown, max = 100): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max && !/\p{Cc}/u.test(v);

/** One stored entry, or null when it is not one we wrote (another version, a hand edit). */
function changeOf(value: unknown): OutcomeChange | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const { entityId, oldId, oldStatusId, name, target, index, code, statusId } = v;
  if (!isText(entityId, 60) || !/^[A-Z][A-Z0-9_]*$/.test(entityId)) return null;
  if (!isText(oldId, 20) || !/^\d+$/.test(oldId)) return null;
  if (!isText(oldStatusId, 60) || !isText(code, 60) || !isText(statusId, 60)) return null;
  if (!isText(name) || (target !== 'process' && target !== 'failure')) return null;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return { entityId, oldId, oldStatusId, name, target, index, code, statusId };
}

export function decodeOutcomes(text: string | null): OutcomeChange[] {
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list)
      ? list.map(changeOf).filter((c): c is OutcomeChange => c !== null)
      : [];
  } catch {
    return [];
  }
}

export class PendingOutcomes {
  private list: readonly OutcomeChange[];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly portal: Pick<Portal, 'userOption' | 'setUserOption'>) {
    this.list = decodeOutcomes(portal.userOption(OPTION));
  }

  readonly get = (): readonly OutcomeChange[] => this.list;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(list: readonly OutcomeChange[]) {
    this.list = list;
    this.portal.setUserOption(OPTION, list.length === 0 ? '' : JSON.stringify(list));
    for (const listener of this.listeners) listener();
  }

  /** Kept BEFORE the first step is sent, so even a lost answer leaves the way back. */
  keep(change: OutcomeChange) {
    this.set([...this.list.filter((c) => c.oldId !== change.oldId), change]);
  }

  drop(change: Pick<OutcomeChange, 'oldId'>) {
    if (this.list.some((c) => c.oldId === change.oldId)) {
      this.set(this.list.filter((c) => c.oldId !== change.oldId));
    }
  }
}

const stores = new WeakMap<object, PendingOutcomes>();

/** The one store of a portal (the port object lives as long as the page). */
export function pendingOutcomesOf(portal: Portal): PendingOutcomes {
  let store = stores.get(portal);
  if (!store) {
    store = new PendingOutcomes(portal);
    stores.set(portal, store);
  }
  return store;
}
