import { useCallback, useState } from 'react';
import { planNewStage } from '../domain/new-stage';
import type { Directory, Group, Stage } from '../domain/stage';
import { newWriteId } from '../stages/stage-write';
import { unsavedWrites } from '../stages/unsaved-writes-store';
import { useAddStage, type AddStageInput } from '../stages/use-stage-edits';

export interface AddDraft {
  readonly group: Exclude<Group, 'success'>;
  /** 0-based position of the new stage in its group. */
  readonly index: number;
  /** Set once the admin saved a name: the exact request, re-sent as is on "Try again". */
  readonly input: AddStageInput | null;
}

/**
 * A stage being added: first a name editor at its place, then the request. A retry re-sends the
 * SAME request (same STATUS_ID), so a stage that did land the first time is found, not doubled.
 */
export function useAddDraft(directory: Directory, stages: readonly Stage[]) {
  const add = useAddStage();
  const [draft, setDraft] = useState<AddDraft | null>(null);
  const { reset } = add;
  // Stable, so the memoised stage cards that offer "Add stage after" need not re-render.
  const start = useCallback(
    (group: AddDraft['group'], index: number) => {
      reset();
      setDraft({ group, index, input: null });
    },
    [reset],
  );

  const send = (input: AddStageInput) => {
    setDraft((d) => (d ? { ...d, input } : d));
    add.mutate(input, { onSuccess: () => setDraft(null) });
  };

  return {
    draft,
    pending: add.isPending,
    error: add.error,
    start,
    save(name: string) {
      if (!draft) return;
      const { shifts, ...stage } = planNewStage(directory, stages, draft.group, draft.index, name);
      send({
        id: newWriteId(),
        stage,
        shifts: shifts.map((w) => ({ id: w.id, fields: { SORT: w.sort } })),
      });
    },
    retry() {
      if (draft?.input) send(draft.input);
    },
    discard() {
      if (draft?.input) unsavedWrites.remove(draft.input.id);
      add.reset();
      setDraft(null);
    },
  };
}

export type AddDraftControl = ReturnType<typeof useAddDraft>;
