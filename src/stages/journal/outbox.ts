import type { PortalError } from '../../b24/portal-error';
import { decodePendingEntry, encodeEntry } from '../../domain/journal/codec';
import type { JournalEntry } from '../../domain/journal/entry';
import { KeptText, type EditKeeper } from '../kept-text';
import { KEEP_DELAY_MS } from '../unsaved-edits';

/**
 * Journal entries the portal has not stored yet. A journal write that fails loses no work: the
 * change stands, and its entry waits here, kept with the portal (a user option, like the unsaved
 * changes) so a reload does not lose it, and is sent again with the next write or on request.
 * Like the unsaved list, nothing is kept for an entry that is stored within moments.
 */
export interface PendingEntry {
  readonly entry: JournalEntry;
  readonly state: 'sending' | 'waiting' | 'failed';
  readonly error: PortalError | null;
  /** Written after its change (retried, or from an earlier page): it keeps its own time. */
  readonly late: boolean;
}

/** An admin who works while the storage is refused keeps at most this many entries. */
export const PENDING_LIMIT = 50;

export class JournalOutbox {
  private entries: readonly PendingEntry[];
  private readonly store: KeptText;
  /** Entries of an earlier page that could not be read, or that did not fit. */
  dropped: number;

  constructor(
    keeper: EditKeeper,
    private readonly changed: () => void,
    delayMs = KEEP_DELAY_MS,
  ) {
    const stored = keeper.read();
    this.store = new KeptText(keeper, () => this.text(), delayMs, stored);
    let list: unknown[] = [];
    try {
      const parsed: unknown = stored ? JSON.parse(stored) : [];
      list = Array.isArray(parsed) ? parsed : [null];
    } catch {
      list = [null];
    }
    const read = list.map(decodePendingEntry);
    this.entries = read
      .filter((e): e is JournalEntry => e !== null)
      .map((entry) => ({ entry, state: 'waiting', error: null, late: true }));
    this.dropped = read.length - this.entries.length;
    if (this.dropped > 0) this.store.schedule();
  }

  get list(): readonly PendingEntry[] {
    return this.entries;
  }

  add(entry: JournalEntry, late: boolean): void {
    const next = [...this.entries, { entry, state: 'waiting' as const, error: null, late }];
    const over = next.length - PENDING_LIMIT;
    if (over > 0) this.dropped += over;
    this.set(next.slice(Math.max(0, over)), false);
  }

  /** Takes every entry not on its way yet, marks them sending, and returns them. */
  take(): PendingEntry[] {
    const taken = this.entries.filter((p) => p.state !== 'sending');
    if (taken.length === 0) return [];
    this.set(
      this.entries.map((p) => (p.state === 'sending' ? p : { ...p, state: 'sending' })),
      false,
    );
    return taken;
  }

  stored(keys: ReadonlySet<string>): void {
    this.set(
      this.entries.filter((p) => !keys.has(p.entry.key)),
      true,
    );
  }

  failed(failures: ReadonlyMap<string, PortalError>): void {
    this.set(
      this.entries.map((p) => {
        const error = failures.get(p.entry.key);
        return error ? { ...p, state: 'failed', error, late: true } : p;
      }),
      true,
    );
  }

  /** Writes what is pending to the keeper now, if it changed. */
  readonly flush = (): void => this.store.flush();

  private text(): string {
    if (this.entries.length === 0) return '';
    return JSON.stringify(this.entries.map((p) => encodeEntry(p.entry, true)));
  }

  private set(next: readonly PendingEntry[], settled: boolean) {
    this.entries = next;
    this.store.changed(settled);
    this.changed();
  }
}
