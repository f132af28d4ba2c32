import { deferredCalls } from './deferred-calls';
import type { ChangeKind } from '../domain/change';
import type { JournalAuthor, JournalEntry } from '../domain/journal/entry';
import type { PortalError } from './portal-error';

/**
 * The change journal as the portal keeps it: the app's own storage (entity.*), shared by every
 * admin of the portal (docs/server-behaviour.md §4). Every method is ONE request unless its
 * comment says otherwise, and throws PortalError: `insufficient-scope` when the app was installed
 * without the `entity` scope, `storage-denied` when the portal refuses this user the storage.
 */
export interface JournalOpening {
  /** Who is signed in (`profile`): every entry written in this session is theirs. */
  readonly user: JournalAuthor;
  /** The storage exists and this user sees it; otherwise the first write creates it. */
  readonly exists: boolean;
  /** The portal's clock minus this browser's, in ms (`server.time`). */
  readonly skewMs: number;
}

export interface JournalFilter {
  readonly entityId?: string;
  /** The author's user id. */
  readonly authorId?: string;
  readonly kind?: ChangeKind;
}

export interface JournalPage {
  /** Newest first. */
  readonly entries: readonly JournalEntry[];
  /** Rows of this page that are malformed or not ours: not shown, only counted. */
  readonly skipped: number;
  /** How many rows match the filter (skipped ones included). */
  readonly total: number;
}

/** Rows the portal returns per page of entity.item.get (docs/server-behaviour.md §4.3). */
export const JOURNAL_PAGE_SIZE = 50;

/** What happened to each entry of a write, in order: its storage id, or why not. */
export type JournalWriteResult = readonly (string | PortalError)[];

export interface JournalPort {
  /** `profile`, `server.time` and whether the storage exists, in one request. */
  open(): Promise<JournalOpening>;
  /**
   * Stores entries, 50 per request (the storage is created first, in the same request, when
   * `create`). `late[i]` marks an entry written after its change: it keeps its own time.
   */
  write(
    entries: readonly JournalEntry[],
    options: { readonly create: boolean; readonly late: readonly boolean[] },
  ): Promise<JournalWriteResult>;
  /** One page of 50, newest first, from the 0-based row `start`. A missing storage is empty. */
  page(filter: JournalFilter, start: number): Promise<JournalPage>;
  /**
   * Every matching entry (for the CSV export): the first page, then up to 50 pages per request.
   * `onProgress` reports entries read so far and the total.
   */
  all(
    filter: JournalFilter,
    onProgress?: (read: number, total: number) => void,
  ): Promise<JournalPage>;
}

/** The journal's storage code (codec and requests) loads on its first use (deferred-calls.ts). */
export const lazyJournalPort = (load: () => Promise<JournalPort>): JournalPort =>
  deferredCalls(load, { open: true, write: true, page: true, all: true });
