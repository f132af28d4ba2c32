import { useSyncExternalStore } from 'react';
import type { WriteFailure } from '../b24/portal';
import { PortalError, type PortalErrorKind } from '../b24/portal-error';
import type { StageWrite } from './stage-write';

/**
 * Every change the portal has not confirmed yet: on its way (`saving`) or refused (`failed`).
 * They are not server state (the portal does not hold them), so they live outside React Query,
 * outside any component, and with the portal (a user option): closing a popover, switching
 * directories or reloading the frame never loses an edit. An entry leaves only when the portal confirms it or
 * the admin discards it.
 */
export interface UnsavedWrite {
  readonly write: StageWrite;
  readonly state: 'saving' | 'failed';
  readonly failures: readonly WriteFailure[];
}

interface StoredFailure {
  readonly update: WriteFailure['update'];
  readonly error: { kind: PortalErrorKind; code: string; description: string; method: string };
}

/** Where the list is kept between page loads: the portal's per-user options. */
export interface UnsavedWritesKeeper {
  read(): string | null;
  write(value: string): void;
}

let entries: readonly UnsavedWrite[] = [];
let keeper: UnsavedWritesKeeper | null = null;
const listeners = new Set<() => void>();

function persist() {
  if (!keeper) return;
  const stored = entries.map((entry) => ({
    ...entry,
    failures: entry.failures.map(({ update, error }) => ({
      update,
      error: {
        kind: error.kind,
        code: error.code,
        description: error.description,
        method: error.method,
      },
    })),
  }));
  keeper.write(stored.length === 0 ? '' : JSON.stringify(stored));
}

function set(next: readonly UnsavedWrite[]) {
  entries = next;
  persist();
  for (const listener of listeners) listener();
}

const without = (id: string) => entries.filter((e) => e.write.id !== id);

export const unsavedWrites = {
  /**
   * Restores the list kept for this portal. A write still `saving` when the frame went away may
   * or may not have landed: it comes back as failed so the admin decides (updates are
   * idempotent, so retrying is safe).
   */
  load(from: UnsavedWritesKeeper) {
    keeper = from;
    let stored: unknown = null;
    try {
      stored = JSON.parse(from.read() ?? 'null');
    } catch {
      stored = null;
    }
    if (!Array.isArray(stored)) return;
    const interrupted = new PortalError('network', '', '', 'crm.status.update');
    set(
      (stored as { write: StageWrite; state: string; failures: StoredFailure[] }[]).map((e) => ({
        write: e.write,
        state: 'failed',
        failures:
          e.state === 'saving' || e.failures.length === 0
            ? e.write.updates.map((update) => ({ update, error: interrupted }))
            : e.failures.map(({ update, error }) => ({
                update,
                error: new PortalError(error.kind, error.code, error.description, error.method),
              })),
      })),
    );
  },
  saving(write: StageWrite) {
    set([...without(write.id), { write, state: 'saving', failures: [] }]);
  },
  failed(write: StageWrite, failures: readonly WriteFailure[]) {
    set([...without(write.id), { write, state: 'failed', failures }]);
  },
  remove(writeId: string) {
    if (entries.some((e) => e.write.id === writeId)) set(without(writeId));
  },
  get: () => entries,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useUnsavedWrites(): readonly UnsavedWrite[] {
  return useSyncExternalStore(unsavedWrites.subscribe, unsavedWrites.get);
}
