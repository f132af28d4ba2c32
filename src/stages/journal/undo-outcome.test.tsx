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

/** Runs the change and stops it after its first page: 50 items moved, 70 still in the old stage. */
async function stopAfterFirstPage(result: Rendered) {
  const release = await startHeld(result);
  act(() => result.current.outcome.stop(change.oldId));
  release();
  await waitFor(() =>
    expect(result.current.run).toMatchObject({
      phase: 'ended',
      end: { kind: 'stopped', moved: 50, left: 70 },
    }),
  );
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

  it('Undo of a stopped change ends it: the kept change, its notice and Resume go; Redo brings them back', async () => {
    const { result } = render();
    await stopAfterFirstPage(result);
    expect(result.current.pending).toEqual([change]);
    expect(result.current.snapshot.stacks.undo).toHaveLength(1);

    await act(() => result.current.undo.undo());
    expect(result.current.snapshot.announcement).toMatchObject({ cause: 'undo', result: 'done' });
    // Everything is back: the replacement is gone, every item in the old stage.
    expect(portal.stages.map((s) => s.statusId)).not.toContain(change.statusId);
    expect(portal.analytics.idsIn(change.oldStatusId)).toEqual(ITEMS);
    // So the change is over: nothing is kept with the portal, nothing left to resume or show.
    expect(result.current.pending).toEqual([]);
    expect(portal.options.get('outcomeChanges')).toBe('');
    expect(result.current.run).toBeUndefined();

    // Redo puts the half-done change back (the replacement, the 50 items), and the way to finish it.
    await act(() => result.current.undo.redo());
    expect(result.current.snapshot.announcement).toMatchObject({ cause: 'redo', result: 'done' });
    expect(portal.analytics.idsIn(change.statusId)).toEqual(ITEMS.slice(0, 50));
    expect(result.current.pending).toEqual([change]);
    expect(JSON.parse(portal.options.get('outcomeChanges') ?? '[]')).toEqual([change]);

    // Undone again, it is over again; redone, Resume finishes it with every item.
    await act(() => result.current.undo.undo());
    expect(result.current.pending).toEqual([]);
    await act(() => result.current.undo.redo());
    expect(result.current.pending).toEqual([change]);
    act(() => result.current.outcome.run(change));
    await waitFor(() =>
      expect(result.current.run).toMatchObject({
        phase: 'ended',
        end: { kind: 'done', moved: 70 },
      }),
    );
    expect(result.current.pending).toEqual([]);
    expect(portal.analytics.idsIn(change.statusId)).toEqual(ITEMS);
  });

  it('an undo that leaves the replacement standing keeps the change to resume', async () => {
    const { result } = render();
    await stopAfterFirstPage(result);
    // An item entered the replacement since: it keeps the stage, so both stages stand.
    portal.analytics.items.set(change.statusId, [...portal.analytics.idsIn(change.statusId), 500]);
    await act(() => result.current.undo.undo());
    expect(result.current.snapshot.announcement).toMatchObject({
      cause: 'undo',
      result: 'partly',
      reason: 'has-items',
    });
    expect(portal.stages.map((s) => s.statusId)).toContain(change.statusId);
    expect(result.current.pending).toEqual([change]);
  });
});
