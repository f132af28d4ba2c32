import { useReducer, useRef } from 'react';
import { deleteVerdict, itemsLeftToMove, moveTargets } from '../../domain/stage-delete';
import type { Stage } from '../../domain/stage';
import type { MovedItems } from '../../stages/journal/records';
import { countableType } from '../../stages/use-item-counts';
import type { BoardTools } from '../board-context';

/**
 * Where a deletion stands: the items are moved out first (if any), then the stage is deleted.
 * `stopped` and `move-failed` keep the progress so a resume reports the whole job.
 */
type Phase = 'idle' | 'moving' | 'stopped' | 'move-failed' | 'emptied' | 'deleting' | 'failed';

interface State {
  readonly phase: Phase;
  readonly moved: number;
  readonly total: number;
  readonly error: unknown;
  /** The explicit second confirmation a system stage needs (FORCED=Y). */
  readonly confirmed: boolean;
  /** STATUS_ID of the stage the items go to. */
  readonly target: string;
}

type Action =
  | { readonly type: 'confirm'; readonly confirmed: boolean }
  | { readonly type: 'pick'; readonly target: string }
  | { readonly type: 'progress'; readonly moved: number; readonly total: number }
  | { readonly type: 'phase'; readonly phase: Phase; readonly error?: unknown };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'confirm':
      return { ...state, confirmed: action.confirmed };
    case 'pick':
      return { ...state, target: action.target };
    case 'progress':
      return { ...state, phase: 'moving', moved: action.moved, total: action.total };
    case 'phase':
      return { ...state, phase: action.phase, error: action.error ?? null };
  }
}

/**
 * The delete dialog's behaviour, apart from its markup: what the verdict allows, whether items
 * must move out first, and the run that moves them (stop and resume) and then deletes.
 */
export function useDeleteFlow(
  tools: Pick<BoardTools, 'directory' | 'commands'>,
  stage: Stage,
  stages: readonly Stage[],
  count: number | null | undefined,
  onDeleted: () => void,
) {
  const { directory, commands } = tools;
  const verdict = deleteVerdict(stages, stage, directory.hasSemantics);
  const targets = moveTargets(stages, stage);
  const countable = countableType(directory) !== null;
  const [state, dispatch] = useReducer(reduce, {
    phase: 'idle',
    moved: 0,
    total: 0,
    error: null,
    confirmed: false,
    target: targets[0]?.statusId ?? '',
  });
  const stopRequested = useRef(false);
  const target = targets.find((s) => s.statusId === state.target);
  const interrupted = state.phase === 'stopped' || state.phase === 'move-failed';
  const left = itemsLeftToMove(count, interrupted ? state : null);
  const emptied =
    state.phase === 'emptied' || state.phase === 'deleting' || state.phase === 'failed';
  const busy = state.phase === 'moving' || state.phase === 'deleting';

  /** `moved`: the items this run moved out, journalled with the delete. */
  const remove = async (moved?: MovedItems) => {
    dispatch({ type: 'phase', phase: 'deleting' });
    try {
      await commands.remove(stage, verdict.kind === 'forced', moved);
      onDeleted();
    } catch (error) {
      dispatch({ type: 'phase', phase: 'failed', error });
    }
  };

  const moveThenRemove = async () => {
    if (!target) return;
    stopRequested.current = false;
    try {
      const outcome = await commands.moveItems(stage, target, {
        alreadyMoved: state.moved,
        stopRequested: () => stopRequested.current,
        onProgress: ({ moved, total }) => dispatch({ type: 'progress', moved, total }),
      });
      if (outcome.kind === 'stopped') {
        dispatch({ type: 'progress', moved: outcome.moved, total: outcome.total });
        dispatch({ type: 'phase', phase: 'stopped' });
        return;
      }
      dispatch({ type: 'phase', phase: 'emptied' });
      await remove({ ids: outcome.ids, target });
    } catch (error) {
      dispatch({ type: 'phase', phase: 'move-failed', error });
    }
  };

  return {
    state,
    verdict,
    targets,
    target,
    countable,
    /** Items must leave the stage first: the dialog offers "Move N items to … and delete". */
    needsMove: countable && left > 0 && !emptied,
    left,
    busy,
    /** A system stage is deleted only after its explicit confirmation. */
    confirmedEnough: verdict.kind !== 'forced' || state.confirmed,
    confirm: (confirmed: boolean) => dispatch({ type: 'confirm', confirmed }),
    pick: (statusId: string) => dispatch({ type: 'pick', target: statusId }),
    stop: () => {
      stopRequested.current = true;
    },
    run: () => void (countable && left > 0 && !emptied ? moveThenRemove() : remove()),
  };
}

export type DeleteFlow = ReturnType<typeof useDeleteFlow>;
