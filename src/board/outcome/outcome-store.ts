import { useSyncExternalStore } from 'react';
import type { Stage } from '../../domain/stage';

/**
 * Which stage's outcome dialog is open. The dialog lives with the board's header, not inside the
 * card: the change ends by deleting that card's stage, and the dialog must outlive it to say so.
 */
let opened: Stage | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export const outcomeDialog = {
  open(stage: Stage) {
    opened = stage;
    notify();
  },
  close() {
    opened = null;
    notify();
  },
};

export function useOpenOutcome(): Stage | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => opened,
  );
}

/** The card control that opened a dialog, to give focus back to (the stage may be gone). */
export const outcomeControlSelector = (stageId: string) => `[data-outcome-for="${stageId}"]`;
