import type {
  JournalFilter,
  JournalOpening,
  JournalPage,
  JournalPort,
  JournalWriteResult,
} from '../b24/journal-port';
import { JOURNAL_PAGE_SIZE } from '../b24/journal-port';
import type { PortalError } from '../b24/portal-error';
import type { JournalEntry } from '../domain/journal/entry';

/**
 * The journal storage for hook tests: entries in memory, newest first, and a switch that makes
 * the portal refuse it (`refusal`) or fail the next writes (`failWrites`).
 */
export class FakeJournal implements JournalPort {
  readonly stored: JournalEntry[] = [];
  refusal: PortalError | null = null;
  failWrites: PortalError[] = [];
  writes = 0;
  opened = 0;
  private nextId = 2301;

  constructor(readonly user = { id: '1', name: 'Anna Admin' }) {}

  open(): Promise<JournalOpening> {
    this.opened++;
    if (this.refusal) return Promise.reject(this.refusal);
    return Promise.resolve({ user: this.user, exists: this.stored.length > 0, skewMs: 0 });
  }

  write(entries: readonly JournalEntry[]): Promise<JournalWriteResult> {
    this.writes++;
    const failure = this.refusal ?? this.failWrites.shift();
    if (failure) return Promise.resolve(entries.map(() => failure));
    return Promise.resolve(
      entries.map((entry) => {
        const id = String(this.nextId++);
        this.stored.unshift({ ...entry, id, who: entry.who ?? this.user, at: entry.at ?? 'now' });
        return id;
      }),
    );
  }

  private matching(filter: JournalFilter): JournalEntry[] {
    return this.stored.filter(
      (e) =>
        (!filter.kind || e.change.kind === filter.kind) &&
        (!filter.entityId || e.change.directory.entityId === filter.entityId) &&
        (!filter.authorId || e.who?.id === filter.authorId),
    );
  }

  page(filter: JournalFilter, start: number): Promise<JournalPage> {
    if (this.refusal) return Promise.reject(this.refusal);
    const all = this.matching(filter);
    return Promise.resolve({
      entries: all.slice(start, start + JOURNAL_PAGE_SIZE),
      skipped: 0,
      total: all.length,
    });
  }

  all(filter: JournalFilter): Promise<JournalPage> {
    const all = this.matching(filter);
    return Promise.resolve({ entries: all, skipped: 0, total: all.length });
  }
}
