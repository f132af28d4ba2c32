import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';

export type MoveState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'moving'; readonly moved: number; readonly total: number }
  | { readonly phase: 'cancelled'; readonly moved: number; readonly total: number }
  | { readonly phase: 'empty'; readonly moved: number }
  | {
      readonly phase: 'failed';
      readonly moved: number;
      readonly total: number;
      readonly error: unknown;
    };

export interface MoveRequest {
  readonly entityId: string;
  readonly entityTypeId: number;
  readonly from: string;
  readonly to: string;
}

/**
 * Empties a stage: reads the first page of its items, moves that page in one batch, and repeats
 * until the stage reads empty. Each round re-reads, so items that arrive meanwhile are moved too
 * and a resume after a cancel picks up exactly what is left. Cancel takes effect between rounds
 * (a batch already sent cannot be called back).
 */
export function useMoveItems() {
  const portal = usePortal();
  const client = useQueryClient();
  const [state, setState] = useState<MoveState>({ phase: 'idle' });
  const cancelled = useRef(false);
  const movedSoFar = useRef(0);

  const run = useCallback(
    async (request: MoveRequest): Promise<boolean> => {
      cancelled.current = false;
      let moved = movedSoFar.current;
      let total = moved;
      try {
        for (;;) {
          const page = await portal.listItems(request.entityTypeId, request.from);
          total = moved + page.total;
          if (page.ids.length === 0) {
            setState({ phase: 'empty', moved });
            return true;
          }
          if (cancelled.current) {
            setState({ phase: 'cancelled', moved, total });
            return false;
          }
          setState({ phase: 'moving', moved, total });
          await portal.moveItems(request.entityTypeId, page.ids, request.to);
          moved += page.ids.length;
          movedSoFar.current = moved;
          setState({ phase: 'moving', moved, total });
        }
      } catch (error) {
        setState({ phase: 'failed', moved, total, error });
        return false;
      } finally {
        void client.invalidateQueries({ queryKey: stageKeys.counts(request.entityId) });
      }
    },
    [portal, client],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  const reset = useCallback(() => {
    cancelled.current = false;
    movedSoFar.current = 0;
    setState({ phase: 'idle' });
  }, []);

  return { state, run, cancel, reset };
}
