// @vitest-environment jsdom
import { renderStageHook } from '../test-hooks';
import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalError } from '../../b24/portal-error';
import type { Directory, Stage } from '../../domain/stage';
import { dealDirectory, dealStages } from '../../domain/test-stages';
import { FakePortal } from '../fake-portal';
import { stageKeys } from '../keys';
import { useStageCommands } from '../use-stage-commands';
import {
  JournalProvider,
  PENDING_OPTION,
  useJournalSnapshot,
  useSessionJournal,
} from './journal-context';
import { knownDirectory } from './move-back';
import { useUndo } from './use-undo';

const directory = dealDirectory({ name: 'Sales pipeline' });

let portal: FakePortal;
let client: QueryClient;

beforeEach(() => {
  portal = new FakePortal(dealStages().map((s) => (s.id === '4' ? { ...s, color: '#7bd500' } : s)));
  client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  client.setQueryData(stageKeys.directory('DEAL_STAGE'), portal.stages);
  client.setQueryData(stageKeys.start('DEAL_STAGE'), {
    directories: [directory],
    crmMode: 'classic',
    stages: portal.stages,
    editRight: { kind: 'allowed' },
  });
});
afterEach(() => client.clear());

function render(shown: Directory = directory) {
  return renderStageHook(
    () => ({
      commands: useStageCommands(shown),
      undo: useUndo(),
      snapshot: useJournalSnapshot(),
      journal: useSessionJournal(),
    }),
    {
      portal,
      client,
      around: (children) => <JournalProvider portal={portal}>{children}</JournalProvider>,
    },
  );
}

const nameOf = (id: string) =>
  client.getQueryData<Stage[]>(stageKeys.directory('DEAL_STAGE'))?.find((s) => s.id === id)?.name;
/** Lets the held write land as the portal would. */
const land = async (n: number) => {
  const write = portal.held[n];
  await act(async () => write?.answer({ stages: portal.applied(write.updates) }));
};

/** Renames "Offer" to "Proposal", lets it land, then undoes it: the undo's guarded write is held. */
async function renameAndUndo(result: ReturnType<typeof render>['result']) {
  await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
  await land(0);
  await waitFor(() => expect(result.current.snapshot.stacks.undo).toHaveLength(1));
  await act(async () => void result.current.undo.undo());
  await waitFor(() => expect(portal.held).toHaveLength(2));
  expect(portal.held[1]?.updates).toEqual([
    { id: '2', patch: { name: 'Offer' }, expected: { name: 'Proposal' } },
  ]);
}

describe('the session journal', () => {
  it('records a rename once the portal confirms it, and writes it to the storage', async () => {
    const { result } = render();
    await act(() => result.current.journal.start(portal.journal));
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    expect(portal.journal.stored).toEqual([]);
    await land(0);
    await waitFor(() => expect(portal.journal.stored).toHaveLength(1));
    const [entry] = portal.journal.stored;
    expect(entry?.who).toEqual({ id: '1', name: 'Anna Admin' });
    expect(entry?.change).toMatchObject({
      kind: 'rename',
      directory: { entityId: 'DEAL_STAGE', name: 'Sales pipeline' },
      stages: [{ before: { name: 'Offer' }, after: { name: 'Proposal' } }],
      outcome: { status: 'saved' },
    });
    expect(result.current.snapshot.stacks.undo.map((e) => e.change.kind)).toEqual(['rename']);
  });

  it('undo puts the name back (guarded), redo again, each journalled and announced', async () => {
    const { result } = render();
    await act(() => result.current.journal.start(portal.journal));
    await renameAndUndo(result);
    // The default pipeline is always there: the guarded write is the undo's only request.
    expect(portal.directoryLoads).toBe(0);
    await land(1);
    await waitFor(() => expect(result.current.snapshot.announcement?.result).toBe('done'));
    expect(nameOf('2')).toBe('Offer');
    expect(result.current.snapshot.stacks.undo).toEqual([]);
    expect(result.current.snapshot.stacks.redo.map((e) => e.change.kind)).toEqual(['undo']);

    await act(async () => void result.current.undo.redo());
    await waitFor(() => expect(portal.held).toHaveLength(3));
    expect(portal.held[2]?.updates).toEqual([
      { id: '2', patch: { name: 'Proposal' }, expected: { name: 'Offer' } },
    ]);
    await land(2);
    await waitFor(() => expect(result.current.snapshot.stacks.undo).toHaveLength(1));
    expect(nameOf('2')).toBe('Proposal');
    await waitFor(() => expect(portal.journal.stored).toHaveLength(3));
    expect(portal.journal.stored.map((e) => [e.change.kind, e.change.ofKind])).toEqual([
      ['redo', 'rename'],
      ['undo', 'rename'],
      ['rename', undefined],
    ]);
  });

  it('a refused storage loses nothing: entries wait as not yet recorded, undo still works', async () => {
    portal.journal.refusal = new PortalError(
      'insufficient-scope',
      'insufficient_scope',
      '',
      'entity.get',
    );
    const { result } = render();
    await act(() => result.current.journal.start(portal.journal));
    expect(result.current.snapshot.status).toMatchObject({
      kind: 'unavailable',
      error: { kind: 'insufficient-scope' },
    });
    await act(async () => result.current.commands.recolour(portal.stages[3] as Stage, '#1eae43'));
    await land(0);
    await waitFor(() => expect(result.current.snapshot.pending).toHaveLength(1));
    await act(async () => void result.current.undo.undo());
    await waitFor(() => expect(portal.held).toHaveLength(2));
    expect(portal.held[1]?.updates[0]?.patch).toEqual({ color: '#7bd500' });
    expect(portal.journal.writes).toBe(0);
  });

  it('a failed write keeps the entry, with the portal, and sends it again with the next', async () => {
    portal.journal.failWrites = [new PortalError('network', '', 'dropped', 'batch')];
    const { result } = render();
    await act(() => result.current.journal.start(portal.journal));
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    await land(0);
    await waitFor(() => expect(result.current.snapshot.pending[0]?.state).toBe('failed'));
    // Kept with the portal at once: a reload brings it back.
    const kept = portal.options.get(PENDING_OPTION) ?? '';
    expect(JSON.parse(kept)).toHaveLength(1);
    await act(async () => result.current.commands.rename(portal.stages[2] as Stage, 'Bill'));
    await land(1);
    await waitFor(() => expect(portal.journal.stored).toHaveLength(2));
    expect(result.current.snapshot.pending).toEqual([]);
    expect(portal.options.get(PENDING_OPTION)).toBe('');
  });

  it('entries kept by an earlier page are written once the journal opens', async () => {
    portal.journal.failWrites = [new PortalError('network', '', 'dropped', 'batch')];
    const first = render();
    await act(() => first.result.current.journal.start(portal.journal));
    await act(async () =>
      first.result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'),
    );
    await land(0);
    await waitFor(() => expect(first.result.current.snapshot.pending[0]?.state).toBe('failed'));
    first.unmount();
    const again = render();
    // Read back when the journal starts (its codec loads with the journal's screen).
    await act(() => again.result.current.journal.start(portal.journal));
    await waitFor(() => expect(portal.journal.stored).toHaveLength(1));
    expect(portal.journal.stored[0]?.change.kind).toBe('rename');
  });

  it('a revert re-reads the directory list: a pipeline deleted since is "gone", nothing is sent', async () => {
    portal.directories = [directory];
    const { result } = render();
    await act(() => result.current.journal.start(portal.journal));
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    await land(0);
    await waitFor(() => expect(portal.journal.stored).toHaveLength(1));
    const renamed = portal.journal.stored[0];
    if (!renamed) throw new Error('no entry');

    // While the directory stands, the revert plans against the fresh read and sends the guarded
    // write (so the check below can fail: it is the same path).
    await act(async () => void result.current.undo.revert(renamed));
    await waitFor(() => expect(portal.held).toHaveLength(2));
    expect(portal.directoryLoads).toBe(1);
    expect(portal.held[1]?.updates).toEqual([
      { id: '2', patch: { name: 'Offer' }, expected: { name: 'Proposal' } },
    ]);
    await land(1);
    await waitFor(() => expect(result.current.snapshot.announcement?.result).toBe('done'));

    // Another admin deletes the pipeline; the app's list of directories still has it.
    portal.directories = [];
    expect(knownDirectory(client, 'DEAL_STAGE')).not.toBeNull();
    await act(async () => void result.current.undo.revert(renamed));
    await waitFor(() =>
      expect(result.current.snapshot.announcement).toMatchObject({
        cause: 'revert',
        result: 'impossible',
        reason: 'directory-gone',
        detail: 'Sales pipeline',
      }),
    );
    expect(portal.directoryLoads).toBe(2);
    expect(portal.held).toHaveLength(2);
    // Nothing changed, so nothing is journalled: the rename and the first revert only.
    await waitFor(() => expect(portal.journal.stored).toHaveLength(2));
    expect(portal.journal.stored.map((e) => e.change.kind)).toEqual(['revert', 'rename']);
  });

  it('an undo in a pipeline deleted since re-reads the directory list as a revert does: "gone", nothing sent', async () => {
    // A pipeline other than the default one: another admin may delete it while the board shows it.
    const pipeline = dealDirectory({
      entityId: 'DEAL_STAGE_1',
      name: 'Renewals',
      categoryId: 1,
      isDefaultCategory: false,
    });
    portal.stages = portal.stages.map((s) => ({ ...s, entityId: 'DEAL_STAGE_1', categoryId: 1 }));
    portal.directories = [pipeline];
    client.setQueryData(stageKeys.directory('DEAL_STAGE_1'), portal.stages);
    client.setQueryData(stageKeys.start('DEAL_STAGE_1'), {
      directories: [directory, pipeline],
      crmMode: 'classic',
      stages: portal.stages,
      editRight: { kind: 'allowed' },
    });
    const { result } = render(pipeline);
    // While the pipeline stands, the undo plans against the fresh read and sends the guarded
    // write: the same path as the check below, so that check can fail.
    await renameAndUndo(result);
    expect(portal.directoryLoads).toBe(1);
    await land(1);
    await waitFor(() => expect(result.current.snapshot.announcement?.result).toBe('done'));

    // Redone, then another admin deletes the pipeline; the app's list of directories still has it.
    await act(async () => void result.current.undo.redo());
    await waitFor(() => expect(portal.held).toHaveLength(3));
    await land(2);
    await waitFor(() => expect(result.current.snapshot.stacks.undo).toHaveLength(1));
    portal.directories = [];
    expect(knownDirectory(client, 'DEAL_STAGE_1')).not.toBeNull();
    await act(async () => void result.current.undo.undo());
    await waitFor(() =>
      expect(result.current.snapshot.announcement).toMatchObject({
        cause: 'undo',
        result: 'impossible',
        reason: 'directory-gone',
        detail: 'Renewals',
      }),
    );
    expect(portal.directoryLoads).toBe(3);
    expect(portal.held).toHaveLength(3);
    // It can never be undone now: it leaves the stack, and nothing is added to either.
    expect(result.current.snapshot.stacks).toEqual({ undo: [], redo: [] });
  });
});
