// @vitest-environment jsdom
import { renderStageHook } from './test-hooks';
import { QueryClient, useQuery } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalError } from '../b24/portal-error';
import type { Stage } from '../domain/stage';
import { dealDirectory, dealStages } from '../domain/test-stages';
import { FakePortal } from './fake-portal';
import { stageKeys } from './keys';
import { useUnsavedEdits } from './portal-context';
import { directoryQueryOptions } from './queries';
import { useStageCommands } from './use-stage-commands';
import { useUnsavedActions } from './use-unsaved-actions';

const directory = dealDirectory();

let portal: FakePortal;
let client: QueryClient;

beforeEach(() => {
  portal = new FakePortal(dealStages());
  // A fresh cache per test, retries off as in the app.
  client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  client.setQueryData(stageKeys.directory('DEAL_STAGE'), portal.stages);
});
afterEach(() => client.clear());

function renderCommands() {
  return renderStageHook(
    () => ({
      // The board on screen: what a re-read refreshes.
      shown: useQuery(directoryQueryOptions(portal, 'DEAL_STAGE')),
      commands: useStageCommands(directory),
      unsaved: useUnsavedEdits(),
      actions: useUnsavedActions(),
    }),
    { portal, client },
  );
}

const board = () =>
  (client.getQueryData<Stage[]>(stageKeys.directory('DEAL_STAGE')) ?? [])
    .slice()
    .sort((a, b) => a.sort - b.sort)
    .map((s) => s.name);
const nameOf = (id: string) =>
  client.getQueryData<Stage[]>(stageKeys.directory('DEAL_STAGE'))?.find((s) => s.id === id)?.name;

describe('useStageCommands', () => {
  it('shows a move at once and takes the portal’s read-back as the truth, with no re-read', async () => {
    const { result } = renderCommands();
    await act(async () => result.current.commands.move(portal.stages[2] as Stage, 0));
    expect(board()).toEqual(['Invoice', 'New', 'Offer', 'Won']);
    expect(result.current.unsaved.map((u) => u.state)).toEqual(['saving']);
    const write = portal.held[0];
    expect(write?.updates).toEqual([{ id: '3', patch: { sort: 5 } }]);
    await act(async () => write?.answer({ stages: portal.applied(write.updates) }));
    await waitFor(() => expect(result.current.unsaved).toEqual([]));
    expect(board()).toEqual(['Invoice', 'New', 'Offer', 'Won']);
    expect(portal.loads).toBe(0);
  });

  it('rolls a refused rename back, lists it with the portal’s reason, and a retry lands it', async () => {
    const { result } = renderCommands();
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    expect(nameOf('2')).toBe('Proposal');
    const refusal = new PortalError('refused', '', 'Access denied.', 'crm.status.update');
    const first = portal.held[0];
    await act(async () =>
      first?.answer({
        failures: first.updates.map((update) => ({ update, error: refusal })),
        stages: portal.stages,
      }),
    );
    await waitFor(() => expect(result.current.unsaved[0]?.state).toBe('failed'));
    expect(nameOf('2')).toBe('Offer');
    expect(result.current.unsaved[0]?.failures[0]?.error.description).toBe('Access denied.');

    const entry = result.current.unsaved[0];
    if (entry) await act(async () => result.current.actions.retry(entry));
    const retry = portal.held[1];
    expect(retry?.updates).toEqual(first?.updates);
    await act(async () => retry?.answer({ stages: portal.applied(retry.updates) }));
    await waitFor(() => expect(result.current.unsaved).toEqual([]));
    expect(nameOf('2')).toBe('Proposal');
  });

  it('keeps every optimistic change while writes overlap, and re-reads once after the last', async () => {
    const { result } = renderCommands();
    await act(async () => result.current.commands.rename(portal.stages[0] as Stage, 'Lead in'));
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    const [first, second] = portal.held;
    // The first answer's read-back knows nothing of the second rename: it must not undo it.
    await act(async () => first?.answer({ stages: portal.applied(first.updates) }));
    expect(nameOf('1')).toBe('Lead in');
    expect(nameOf('2')).toBe('Proposal');
    expect(portal.loads).toBe(0);
    await act(async () => second?.answer({ stages: portal.applied(second.updates) }));
    await waitFor(() => expect(result.current.unsaved).toEqual([]));
    expect([nameOf('1'), nameOf('2')]).toEqual(['Lead in', 'Proposal']);
  });

  it('when the earlier write answers last, the board re-reads instead of trusting either', async () => {
    const { result } = renderCommands();
    await act(async () => result.current.commands.rename(portal.stages[0] as Stage, 'Lead in'));
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    const [first, second] = portal.held;
    await act(async () => second?.answer({ stages: portal.applied(second.updates) }));
    await act(async () => first?.answer({ stages: portal.applied(first.updates) }));
    await waitFor(() => expect(portal.loads).toBe(1));
    await waitFor(() => expect([nameOf('1'), nameOf('2')]).toEqual(['Lead in', 'Proposal']));
  });

  it('a lost answer rolls back only the fields that did not land', async () => {
    const { result } = renderCommands();
    await act(async () => result.current.commands.recolour(portal.stages[0] as Stage, '#123456'));
    await act(async () => result.current.commands.rename(portal.stages[1] as Stage, 'Proposal'));
    const [first] = portal.held;
    await act(async () =>
      first?.fail(new PortalError('network', 'NETWORK_ERROR', 'lost', 'batch')),
    );
    const colourOf = (id: string) =>
      client.getQueryData<Stage[]>(stageKeys.directory('DEAL_STAGE'))?.find((s) => s.id === id)
        ?.color;
    expect(colourOf('1')).toBeNull();
    expect(nameOf('2')).toBe('Proposal');
    expect(result.current.unsaved.map((u) => [u.edit.label.kind, u.state])).toEqual([
      ['rename', 'saving'],
      ['recolour', 'failed'],
    ]);
  });
});
