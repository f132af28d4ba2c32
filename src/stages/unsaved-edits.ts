import type { StageUpdate, WriteFailure } from '../b24/portal';
import type { StagePatch } from '../domain/stage';
import { decodeUnsavedEdits, encodeUnsavedEdits } from './unsaved-edits-codec';
import type { StageEdit } from './stage-edit';
import { KeptText, type EditKeeper } from './kept-text';

/**
 * Every change the portal has not confirmed yet: on its way (`saving`) or refused (`failed`).
 * They are not server state (the portal does not hold them), so they live outside React Query,
 * outside any component, and are kept with the portal (a user option): switching directories or
 * reloading the frame never loses an edit. An entry leaves only when the portal confirms it or
 * the admin discards it.
 */
export interface UnsavedEdit {
  readonly edit: StageEdit;
  readonly state: 'saving' | 'failed';
  readonly failures: readonly WriteFailure[];
  /** Brought back from an earlier page load (an add's own draft card is gone by then). */
  readonly restored?: boolean;
}

export type { EditKeeper };

/**
 * A successful edit settles within this time, and is then never written to the keeper: a drag
 * costs its one REST request and nothing else. A refusal is kept at once; an edit still on its
 * way after this delay is kept too (and everything at once when the page goes away).
 */
export const KEEP_DELAY_MS = 1500;

type Field = keyof StagePatch;
const NONE: ReadonlySet<Field> = new Set();

function omit(patch: StagePatch | undefined, fields: ReadonlySet<Field>): StagePatch {
  return Object.fromEntries(
    Object.entries(patch ?? {}).filter(([field]) => !fields.has(field as Field)),
  ) as StagePatch;
}

/**
 * Keeps only the refused updates nothing newer replaces. `drop(update)` names the fields of that
 * update that are settled another way; an update left with no field goes, and so does an entry
 * left with no update.
 */
function pruned(
  list: readonly UnsavedEdit[],
  drop: (update: StageUpdate) => ReadonlySet<Field>,
): readonly UnsavedEdit[] {
  let changed = false;
  const next = list.flatMap((entry): UnsavedEdit[] => {
    if (entry.state !== 'failed') return [entry];
    const failures = entry.failures.flatMap((failure): WriteFailure[] => {
      const gone = drop(failure.update);
      if (gone.size === 0) return [failure];
      changed = true;
      const patch = omit(failure.update.patch, gone);
      if (Object.keys(patch).length === 0) return [];
      const expected = omit(failure.update.expected, gone);
      const update: StageUpdate = {
        id: failure.update.id,
        patch,
        ...(Object.keys(expected).length > 0 ? { expected } : {}),
      };
      return [{ update, error: failure.error }];
    });
    return failures.length > 0 ? [{ ...entry, failures }] : [];
  });
  return changed ? next : list;
}

export class UnsavedEdits {
  private entries: readonly UnsavedEdit[];
  private readonly listeners = new Set<() => void>();
  /** What the portal holds, so an unchanged list is never written again. */
  private readonly store: KeptText;
  /** Entries of an earlier page load that could not be read and were dropped. */
  readonly droppedOnLoad: number;

  constructor(keeper: EditKeeper, delayMs = KEEP_DELAY_MS) {
    const stored = keeper.read();
    this.store = new KeptText(keeper, () => encodeUnsavedEdits(this.entries), delayMs, stored);
    const { kept, dropped } = decodeUnsavedEdits(stored);
    this.entries = kept.map(({ edit, failures }) => ({
      edit,
      failures,
      state: 'failed',
      restored: true,
    }));
    this.droppedOnLoad = dropped;
    // Rewrite the list without what could not be read.
    if (dropped > 0) this.store.schedule();
  }

  readonly get = (): readonly UnsavedEdit[] => this.entries;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Writes the list to the keeper now if it differs from what the keeper holds. */
  readonly flush = (): void => this.store.flush();

  /** `settled`: an edit was refused, confirmed or dropped, which is kept at once. */
  private set(next: readonly UnsavedEdit[], settled: boolean) {
    this.entries = next;
    this.store.changed(settled);
    for (const listener of this.listeners) listener();
  }

  private without(id: string) {
    return this.entries.filter((e) => e.edit.id !== id);
  }

  /** A retried entry stays marked as brought back from an earlier page load. */
  private restoredFlag(id: string) {
    return this.entries.some((e) => e.edit.id === id && e.restored) ? { restored: true } : {};
  }

  /**
   * An edit is on its way. An older refused edit of the same field of the same stage is
   * superseded by it: the admin has decided again, and retrying the old value later would undo
   * the new one (and the app would call its own earlier edit "someone else's change").
   */
  saving(edit: StageEdit) {
    const newer = new Map<string, Set<Field>>();
    for (const update of edit.updates) {
      const fields = newer.get(update.id) ?? new Set<Field>();
      for (const field of Object.keys(update.patch)) fields.add(field as Field);
      newer.set(update.id, fields);
    }
    // Row ids are unique across directories, so the stage id alone says which stage.
    const others = this.without(edit.id);
    const rest = pruned(others, (update) => newer.get(update.id) ?? NONE);
    // Superseding a refused edit changes what is kept; a new edit on its way does not, yet.
    this.set(
      [...rest, { ...this.restoredFlag(edit.id), edit, state: 'saving', failures: [] }],
      rest !== others,
    );
  }

  failed(edit: StageEdit, failures: readonly WriteFailure[]) {
    this.set(
      [
        ...this.without(edit.id),
        { ...this.restoredFlag(edit.id), edit, state: 'failed', failures },
      ],
      true,
    );
  }

  /** The stage is gone (the admin deleted it): its refused edits have nothing left to change. */
  forgetStage(stageId: string) {
    const next = pruned(this.entries, (update) =>
      update.id === stageId ? new Set(Object.keys(update.patch) as Field[]) : NONE,
    );
    if (next !== this.entries) this.set(next, true);
  }

  remove(editId: string) {
    if (this.entries.some((e) => e.edit.id === editId)) this.set(this.without(editId), true);
  }
}
