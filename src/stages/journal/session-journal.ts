import type { JournalPort } from '../../b24/journal-port';
import { PortalError } from '../../b24/portal-error';
import type { ChangeRecord } from '../../domain/change';
import { newEntryKey, type JournalAuthor, type JournalEntry } from '../../domain/journal/entry';
import { afterChange, EMPTY_STACKS, type UndoStacks } from '../../domain/journal/stacks';
import type { EditKeeper } from '../unsaved-edits';
import type { JournalOutbox, PendingEntry } from './outbox';

/**
 * The journal as this page sees it: every change reported through the recorder becomes an entry,
 * goes on this session's undo stack, and is written to the portal's storage (one request for all
 * entries reported together, right after their change). The storage answers once the journal is
 * started, after the first board; until then, or when the portal refuses the storage, entries
 * wait as not yet recorded and undo works all the same.
 */
export type JournalStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'ready'; readonly user: JournalAuthor }
  | { readonly kind: 'unavailable'; readonly error: PortalError };

/** What the screen reader hears after an undo, redo or revert, in words the board picks. */
export interface Announcement {
  readonly cause: 'undo' | 'redo' | 'revert';
  readonly result: 'done' | 'partly' | 'refused' | 'impossible';
  readonly entry: JournalEntry;
  /** Why it was refused or impossible: a PortalError kind or an UndoRefusal, and the words. */
  readonly reason?: string;
  readonly detail?: string;
  /** For 'changed-since': what the stage is called now (the admin may go ahead anyway). */
  readonly now?: string;
}

export interface JournalSnapshot {
  readonly status: JournalStatus;
  readonly stacks: UndoStacks;
  readonly pending: readonly PendingEntry[];
  /** Entries stored by this page so far: the panel re-reads when it grows. */
  readonly stored: number;
  readonly droppedOnLoad: number;
  /** An undo, redo or revert on its way, and its progress moving items. */
  readonly running: {
    readonly entry: JournalEntry;
    readonly moved?: number;
    readonly total?: number;
  } | null;
  readonly announcement: Announcement | null;
}

const ANNOUNCEMENT_MS = 15_000;

/** Storage refusals that will not change by trying again in this session. */
const isFinal = (error: PortalError) =>
  error.kind === 'insufficient-scope' ||
  error.kind === 'storage-denied' ||
  error.kind === 'rest-unavailable';

export class SessionJournal {
  private port: JournalPort | null = null;
  private exists = false;
  private skewMs = 0;
  private writing = false;
  /**
   * Loaded with the journal's screen, after the first board (it brings the storage codec): until
   * then the few entries reported wait in `early`.
   */
  private outbox: JournalOutbox | null = null;
  private early: JournalEntry[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: JournalSnapshot;

  constructor(private readonly keeper: EditKeeper) {
    this.snapshot = {
      status: { kind: 'idle' },
      stacks: EMPTY_STACKS,
      pending: [],
      stored: 0,
      droppedOnLoad: 0,
      running: null,
      announcement: null,
    };
  }

  private get pending(): readonly PendingEntry[] {
    return (
      this.outbox?.list ??
      this.early.map((entry) => ({ entry, state: 'waiting', error: null, late: false }))
    );
  }

  readonly get = (): JournalSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Writes the not-yet-recorded list to the portal's user option now (the page goes away). */
  readonly keep = (): void => this.outbox?.flush();

  private emit(patch: Partial<JournalSnapshot>) {
    this.snapshot = { ...this.snapshot, pending: this.pending, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** The portal's time now, as far as this page knows it. */
  private now(): string {
    return new Date(Date.now() + this.skewMs).toISOString();
  }

  /** Reports one change: it becomes an entry, undoable if it changed something, and is written. */
  readonly record = (change: ChangeRecord): JournalEntry => {
    const { status } = this.snapshot;
    const entry: JournalEntry = {
      key: newEntryKey(),
      id: null,
      at: this.now(),
      who: status.kind === 'ready' ? status.user : null,
      change,
    };
    if (this.outbox) this.outbox.add(entry, false);
    else this.early.push(entry);
    this.emit({ stacks: afterChange(this.snapshot.stacks, entry) });
    queueMicrotask(() => void this.write());
    return entry;
  };

  /** Opens the storage (after the first board) and writes whatever waits. */
  async start(port: JournalPort): Promise<void> {
    if (this.port) return;
    this.port = port;
    this.emit({ status: { kind: 'opening' } });
    try {
      if (!this.outbox) {
        const { JournalOutbox } = await import('./outbox');
        const outbox = new JournalOutbox(this.keeper, () => this.emit({}));
        for (const entry of this.early) outbox.add(entry, false);
        this.early = [];
        this.outbox = outbox;
        this.emit({ droppedOnLoad: outbox.dropped });
      }
      const opening = await port.open();
      this.exists = opening.exists;
      this.skewMs = opening.skewMs;
      this.emit({ status: { kind: 'ready', user: opening.user } });
      await this.write();
    } catch (error) {
      const portalError =
        error instanceof PortalError
          ? error
          : new PortalError('network', '', String(error), 'journal');
      this.emit({ status: { kind: 'unavailable', error: portalError } });
    }
  }

  /** Sends everything not yet recorded again (the admin's "Try again"); reopens a refused storage. */
  retry(): void {
    const { port } = this;
    if (this.snapshot.status.kind === 'unavailable' && port) {
      this.port = null;
      void this.start(port);
    } else void this.write();
  }

  private async write(): Promise<void> {
    const { status } = this.snapshot;
    const { outbox } = this;
    if (this.writing || !this.port || !outbox || status.kind !== 'ready') return;
    const taken = outbox.take();
    if (taken.length === 0) return;
    this.writing = true;
    const entries = taken.map((p) => ({ ...p.entry, who: p.entry.who ?? status.user }));
    try {
      const results = await this.port.write(entries, {
        create: !this.exists,
        late: taken.map((p) => p.late),
      });
      const stored = new Set<string>();
      const failures = new Map<string, PortalError>();
      results.forEach((result, i) => {
        const key = taken[i]?.entry.key ?? '';
        if (result instanceof PortalError) failures.set(key, result);
        else stored.add(key);
      });
      if (stored.size > 0) this.exists = true;
      outbox.stored(stored);
      outbox.failed(failures);
      this.emit({ stored: this.snapshot.stored + stored.size });
      const final = [...failures.values()].find(isFinal);
      if (final) this.emit({ status: { kind: 'unavailable', error: final } });
    } catch (error) {
      const portalError =
        error instanceof PortalError
          ? error
          : new PortalError('network', '', String(error), 'batch');
      outbox.failed(new Map(taken.map((p) => [p.entry.key, portalError])));
    } finally {
      this.writing = false;
    }
    // Entries reported while this write was on its way go in the next one.
    if (outbox.list.some((p) => p.state === 'waiting')) await this.write();
  }

  running(entry: JournalEntry | null, progress: { moved: number; total: number } | null = null) {
    this.emit({ running: entry && { entry, ...progress } });
  }

  /** An entry that can never be undone (its stage is gone...) leaves both stacks. */
  forget(key: string): void {
    const { undo, redo } = this.snapshot.stacks;
    this.emit({
      stacks: { undo: undo.filter((e) => e.key !== key), redo: redo.filter((e) => e.key !== key) },
    });
  }

  /** Said once; the line clears after a while so an old result is not read as a new one. */
  announce(announcement: Announcement): void {
    this.emit({ announcement });
    setTimeout(() => {
      if (this.snapshot.announcement === announcement) this.emit({ announcement: null });
    }, ANNOUNCEMENT_MS);
  }
}
