// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEWEST, PREPARATION_TO_FAILURE } from '../../domain/test-outcome';
import { newestStages, OutcomePortal } from '../fake-outcome-portal';
import { stageKeys } from '../keys';
import { renderStageHook } from '../test-hooks';
import { useOutcomeCommands, useOutcomeRun, usePendingOutcomes } from '../use-outcome-change';
import { JournalProvider, useJournalSnapshot } from './journal-context';
import { useUndo, useUndoIdle } from './use-undo';

// An outcome change of "Preparation" (120 items) in Newest Deal Stages, and what Undo, Redo and
// Revert do while it runs and after it stopped (docs/change-journal.md §5, docs/analytics.md §3).
const directory = NEWEST;
const change = PREPARATION_TO_FAILURE;
const ITEMS = Array.from({ length: 120 }, (_, i) => i + 1);

let portal: OutcomePortal;
let client: QueryClient;

beforeEach(() => {
  portal = new OutcomePortal(newestStages());
  portal.directories = [directory];
  portal.analytics.items.set(change.oldStatusId, [...ITEMS]);
  client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  client.setQueryData(stageKeys.directory(directory.entityId), portal.stages);
  client.setQueryData(stageKeys.start(directory.entityId), {
    directories: [directory],
    crmMode: 'classic',
    stages: portal.stages,
    editRight: { kind: 'allowed' },
  });
});
afterEach(() => client.clear());

function render() {
  return renderStageHook(
    () => ({
      outcome: useOutcomeCommands(directory),
      run: useOutcomeRun(change.oldId),
      pending: usePendingOutcomes(directory.entityId),
      undo: useUndo(),
      idle: useUndoIdle(),
      snapshot: useJournalSnapshot(),
    }),
    {
      portal,
      client,
      around: (children) => <JournalProvider portal={portal}>{children}</JournalProvider>,
    },
  );
}

type Rendered = ReturnType<typeof render>['result'];

/**
 * Starts the change with its first page of items held at the portal: it is under way (the add
 * landed and is on the undo stack) until the returned function lets the page through.
 */
async function startHeld(result: Rendered) {
  let open = () => undefined as void;
  portal.analytics.gate = new Promise<void>((resolve) => (open = resolve));
  act(() => result.current.outcome.run(change));
  await waitFor(() =>
    expect(result.current.run).toMatchObject({ phase: 'running', progress: { step: 'move' } }),
  );
  return () => {
    portal.analytics.gate = null;
    open();
  };
}

describe('undo, redo and revert beside an outcome change', () => {
  it('a revert waits while the change runs, as Undo and Redo do, and goes ahead once it stopped', async () => {
    const { result } = render();
    const release = await startHeld(result);
    const added = result.current.snapshot.stacks.undo.at(-1);
    if (!added) throw new Error('the add is not on the undo stack');
    expect(added.change.kind).toBe('outcome');
    expect(result.current.idle).toBe(false);

    // Asked anyway (a Revert button rendered a moment before): nothing is read or sent.
    await act(() => result.current.undo.revert(added));
    expect(portal.directoryLoads).toBe(0);
    expect(portal.deletes).toEqual([]);
    expect(result.current.snapshot.running).toBeNull();
    expect(result.current.snapshot.announcement).toBeNull();

    act(() => result.current.outcome.stop(change.oldId));
    release();
    await waitFor(() => expect(result.current.run).toMatchObject({ phase: 'ended' }));
    expect(result.current.idle).toBe(true);
    // The same revert now runs: it plans against a fresh read, and the added stage it would
    // delete holds the 50 items moved since (a revert works on one step's entry).
    await act(() => result.current.undo.revert(added));
    expect(portal.directoryLoads).toBe(1);
    expect(result.current.snapshot.announcement).toMatchObject({
      cause: 'revert',
      result: 'impossible',
      reason: 'has-items',
      detail: '50',
    });
    expect(portal.deletes).toEqual([]);
  });
});
