import { useCallback, useState } from 'react';
import type { Group } from '../../domain/stage';
import { useUnsavedStore } from '../../stages/portal-context';
import type { AddRequest } from '../../stages/use-add-stage';
import type { StageCommands } from '../../stages/use-stage-commands';

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
  const start = useCallback((group: AddDraft['group'], index: number) => {
    setDraft({ group, index, request: null, pending: false, error: null });
  }, []);

  const send = async (request: AddRequest) => {
    setDraft((d) => (d ? { ...d, request, pending: true, error: null } : d));
    try {
      await commands.add(request);
      setDraft((d) => (d?.request?.id === request.id ? null : d));
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
      setDraft(null);
    },
  };
}

export type AddDraftControl = ReturnType<typeof useAddDraft>;
