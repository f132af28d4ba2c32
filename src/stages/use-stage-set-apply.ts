import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Stage } from '../domain/stage';
import { useRecordChange } from './change-recorder';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';
import { applyStageSet, type ApplyOutcome, type ApplyRequest } from './stage-set-apply';

export type ApplyPhase =
  'idle' | 'running' | 'stopping' | 'stopped' | 'failed' | 'done' | 'differs';

export interface ApplyState {
  readonly phase: ApplyPhase;
  readonly done: number;
  readonly total: number;
  readonly error: unknown;
}

const IDLE: ApplyState = { phase: 'idle', done: 0, total: 0, error: null };

const phaseOf = (outcome: ApplyOutcome): ApplyPhase =>
  outcome.kind === 'done' ? 'done' : outcome.kind;

/**
 * The apply as the dialog drives it: run, stop (between rounds: a request already sent cannot be
 * called back), resume (plans again from the portal, counting on from the writes already done).
 * The board's cache follows every read-back, so the board behind the dialog shows each round.
 */
export function useStageSetApply() {
  const portal = usePortal();
  const client = useQueryClient();
  const record = useRecordChange();
  const [state, setState] = useState<ApplyState>(IDLE);
  const stop = useRef(false);
  const running = useRef(false);

  const run = useCallback(
    async (request: ApplyRequest, alreadyDone: number) => {
      if (running.current) return;
      running.current = true;
      stop.current = false;
      setState((s) => ({ ...s, phase: 'running', error: null }));
      const { entityId } = request.directory;
      const show = (stages: readonly Stage[]) =>
        client.setQueryData(stageKeys.directory(entityId), [...stages]);
      const outcome = await applyStageSet(portal, request, {
        alreadyDone,
        stopRequested: () => stop.current,
        onProgress: ({ done, total }) => setState((s) => ({ ...s, done, total })),
        onStages: show,
        record,
      });
      running.current = false;
      if (outcome.stages) show(outcome.stages);
      else void client.invalidateQueries({ queryKey: stageKeys.directory(entityId) });
      void client.invalidateQueries({ queryKey: stageKeys.counts(entityId) });
      setState((s) => ({
        phase: phaseOf(outcome),
        done: outcome.done,
        total: outcome.kind === 'done' ? outcome.done : Math.max(s.total, outcome.done),
        error: outcome.kind === 'failed' ? outcome.error : null,
      }));
    },
    [portal, client, record],
  );

  return {
    state,
    start: (request: ApplyRequest) => void run(request, 0),
    resume: (request: ApplyRequest) => void run(request, state.done),
    stop: () => {
      stop.current = true;
      setState((s) => (s.phase === 'running' ? { ...s, phase: 'stopping' } : s));
    },
    reset: () => setState(IDLE),
  };
}
