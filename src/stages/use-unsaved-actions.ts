import { useMemo } from 'react';
import { useUnsavedStore } from './portal-context';
import { retryOf } from './stage-edit';
import type { UnsavedEdit } from './unsaved-edits';
import { useAddStageMutation } from './use-add-stage';
import { useSendEdit } from './use-send-edit';

/** Try again (only what did not land) or discard an entry of the unsaved-changes list. */
export function useUnsavedActions() {
  const unsaved = useUnsavedStore();
  const send = useSendEdit();
  const add = useAddStageMutation();
  const { mutate: sendEdit } = send;
  const { mutate: sendAdd } = add;
  const actions = useMemo(
    () => ({
      retry({ edit, failures }: UnsavedEdit) {
        if (edit.add) {
          sendAdd({
            id: edit.id,
            stage: edit.add,
            shifts: edit.updates,
            ...(edit.journal ? { journal: edit.journal } : {}),
          });
        } else sendEdit(retryOf(edit, failures));
      },
      discard: (editId: string) => unsaved.remove(editId),
    }),
    [unsaved, sendAdd, sendEdit],
  );
  return { ...actions, busy: send.isPending || add.isPending };
}
