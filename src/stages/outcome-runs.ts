import { useSyncExternalStore } from 'react';
import type { OutcomeEnd, OutcomeProgress } from './outcome-run';

export type OutcomeRun =
  | {
      readonly phase: 'running';
      readonly progress: OutcomeProgress | null;
      readonly stopping: boolean;
    }
  | { readonly phase: 'ended'; readonly end: OutcomeEnd }
  | {
      readonly phase: 'failed';
      readonly error: unknown;
      readonly progress: OutcomeProgress | null;
    };

/**
 * Runs by the old stage's row id, outside any component: closing the dialog does not stop a run,
 * and the dialog, the card and the notice of an unfinished change all see the same one. Apart
 * from the runner (use-outcome-change.ts), so what only watches runs loads none of its code.
 */
const runs = new Map<string, OutcomeRun>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const anyRunning = () => [...runs.values()].some((run) => run.phase === 'running');

export const outcomeRuns = {
  get: (id: string): OutcomeRun | undefined => runs.get(id),
  /** Whether any outcome change of this page is under way now. */
  anyRunning,
  set(id: string, run: OutcomeRun) {
    runs.set(id, run);
    notify();
  },
  delete(id: string) {
    runs.delete(id);
    notify();
  },
};

/** What an outcome change of one stage is doing now, if anything. */
export function useOutcomeRun(oldId: string): OutcomeRun | undefined {
  return useSyncExternalStore(subscribe, () => runs.get(oldId));
}

/**
 * Whether an outcome change of this page is under way. Undo, redo and revert wait for it, as they
 * wait for each other: its steps are still landing on the undo stack (docs/change-journal.md §5).
 */
export function useOutcomeRunning(): boolean {
  return useSyncExternalStore(subscribe, anyRunning);
}
