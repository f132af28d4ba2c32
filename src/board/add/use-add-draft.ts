import { useCallback, useRef, useState } from 'react';
import type { Group } from '../../domain/stage';
import { useUnsavedStore } from '../../stages/portal-context';
import type { AddRequest } from '../../stages/use-add-stage';
import type { StageCommands } from '../../stages/use-stage-commands';
import { returnFocusToElement, returnFocusToStage } from '../focus-return';

export interface AddDraft {
  readonly group: Exclude<Group, 'success'>;
  /** 0-based position of the new stage in its group. */
  readonly index: number;
  /** Set once the admin saved a name: the exact request, re-sent as is on "Try again". */
  readonly request: AddRequest | null;
  readonly pending: boolean;
  readonly error: unknown;
}

/**
 * A stage being added: first a name editor at its place, then the request. A retry re-sends the
 * SAME request (same STATUS_ID), so a stage that did land the first time is found, not doubled.
 */
export function useAddDraft(commands: StageCommands) {
  const unsaved = useUnsavedStore();
  const [draft, setDraft] = useState<AddDraft | null>(null);
  // Stable, so the memoised stage cards that offer "Add stage after" need not re-render.
  // The `+` that opened the draft: discarding it goes back there (docs/focus.md §4).
  const opener = useRef<Element | null>(null);
  const start = useCallback((group: AddDraft['group'], index: number) => {
    opener.current = document.activeElement;
    setDraft({ group, index, request: null, pending: false, error: null });
  }, []);

  const send = async (request: AddRequest) => {
    setDraft((d) => (d ? { ...d, request, pending: true, error: null } : d));
    try {
      const { id } = await commands.add(request);
      setDraft((d) => (d?.request?.id === request.id ? null : d));
      // The draft's editor is gone: focus goes on to the new stage, once its card is there.
      returnFocusToStage(id);
    } catch (error) {
      setDraft((d) => (d?.request?.id === request.id ? { ...d, pending: false, error } : d));
    }
  };

  return {
    draft,
    start,
    save(name: string) {
      if (draft) void send(commands.planAdd(draft.group, draft.index, name));
    },
    retry() {
      if (draft?.request) void send(draft.request);
    },
    discard() {
      if (draft?.request) unsaved.remove(draft.request.id);
      returnFocusToElement(opener.current);
      setDraft(null);
    },
  };
}

export type AddDraftControl = ReturnType<typeof useAddDraft>;
