import { useSyncExternalStore } from 'react';
import type { StageChange, StageUpdate, WriteFailure } from '../b24/portal';
import { PortalError, type PortalErrorKind } from '../b24/portal-error';
import { addFailure, type StageWrite } from './stage-write';

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
  /** Brought back from an earlier page load (the add's own draft card is gone by then). */
  readonly restored?: boolean;
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

/** A retried entry stays marked as brought back from an earlier page load. */
const restoredFlag = (id: string) =>
  entries.some((e) => e.write.id === id && e.restored) ? { restored: true } : {};

type Field = keyof StageChange;

function omit(change: StageChange | undefined, fields: ReadonlySet<Field>): StageChange {
  return Object.fromEntries(
    Object.entries(change ?? {}).filter(([field]) => !fields.has(field as Field)),
  ) as StageChange;
}

/**
 * Keeps only the failed updates nothing newer replaces. `drop(update)` names the fields of that
 * update that are settled another way; an update left with no field goes, and so does an entry
 * left with no update.
 */
function pruned(
  list: readonly UnsavedWrite[],
  drop: (update: StageUpdate) => ReadonlySet<Field>,
): readonly UnsavedWrite[] {
  let changed = false;
  const next = list.flatMap((entry): UnsavedWrite[] => {
    if (entry.state !== 'failed') return [entry];
    const failures = entry.failures.flatMap((failure): WriteFailure[] => {
      const gone = drop(failure.update);
      if (gone.size === 0) return [failure];
      changed = true;
      const fields = omit(failure.update.fields, gone);
      if (Object.keys(fields).length === 0) return [];
      const expected = omit(failure.update.expected, gone);
      const update: StageUpdate = {
        id: failure.update.id,
        fields,
        ...(Object.keys(expected).length > 0 ? { expected } : {}),
      };
      return [{ update, error: failure.error }];
    });
    return failures.length > 0 ? [{ ...entry, failures }] : [];
  });
  return changed ? next : list;
}

const NONE: ReadonlySet<Field> = new Set();

export const unsavedWrites = {
  /**
   * Restores the list kept for this portal. A write still `saving` when the frame went away may
   * or may not have landed: it comes back as failed so the admin decides (updates are
   * idempotent, and a repeated add finds the stage it already created instead of adding twice).
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
        restored: true,
        failures:
          e.state === 'saving' || e.failures.length === 0
            ? e.write.add
              ? [addFailure(e.write.add, interrupted)]
              : e.write.updates.map((update) => ({ update, error: interrupted }))
            : e.failures.map(({ update, error }) => ({
                update,
                error: new PortalError(error.kind, error.code, error.description, error.method),
              })),
      })),
    );
  },
  /**
   * A write is on its way. An older refused write of the same field of the same stage is
   * superseded by it: the admin has decided again, and retrying the old value later would undo
   * the new one (and the app would call its own earlier edit "someone else's change").
   */
  saving(write: StageWrite) {
    const newer = new Map<string, Set<Field>>();
    for (const update of write.updates) {
      const fields = newer.get(update.id) ?? new Set<Field>();
      for (const field of Object.keys(update.fields)) fields.add(field as Field);
      newer.set(update.id, fields);
    }
    // Row IDs are unique across directories, so the stage id alone says which stage.
    const rest = pruned(without(write.id), (update) => newer.get(update.id) ?? NONE);
    set([...rest, { ...restoredFlag(write.id), write, state: 'saving', failures: [] }]);
  },
  /** The stage is gone (the admin deleted it): its refused edits have nothing left to change. */
  forgetStage(stageId: string) {
    const next = pruned(entries, (update) =>
      update.id === stageId ? new Set(Object.keys(update.fields) as Field[]) : NONE,
    );
    if (next !== entries) set(next);
  },
  failed(write: StageWrite, failures: readonly WriteFailure[]) {
    set([...without(write.id), { ...restoredFlag(write.id), write, state: 'failed', failures }]);
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
