// @vitest-environment jsdom
import { renderStageHook } from './test-hooks';
import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalError } from '../b24/portal-error';
import { DAY_MS } from '../domain/analytics-period';
import type { HistoryRow } from '../domain/stage-history';
import { NEWEST } from '../domain/test-outcome';
import { analyticsScope } from './analytics-scope';
import { FakePortal } from './fake-portal';
import { useShownFigures } from './shown-figures';
import { useDirectoryFigures } from './use-stage-analytics';

const directory = NEWEST;

let portal: FakePortal;
let client: QueryClient;
let id = 1;
const row = (owner: number, daysAgo: number, stageId: string, semantic: 'P' | 'S' = 'P') =>
  ({
    id: id++,
    ownerId: owner,
    time: Date.now() - daysAgo * DAY_MS,
    stageId,
    categoryId: 1,
    semantic,
  }) satisfies HistoryRow;

beforeEach(() => {
  portal = new FakePortal([]);
  portal.analytics.history = [
    row(1, 50, 'C1:NEW'),
    row(1, 20, 'C1:WORK'),
    row(1, 10, 'C1:WON', 'S'),
    row(2, 5, 'C1:NEW'),
  ];
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => client.clear());

function render<T>(hook: () => T) {
  return renderStageHook(hook, { portal, client });
}

describe('analyticsScope', () => {
  it.each([
    ['a deal pipeline', { entityTypeId: 2, categoryId: 1 }, { entityTypeId: 2, categoryId: 1 }],
    [
      'leads: one pipeline',
      { entityTypeId: 1, categoryId: null },
      { entityTypeId: 1, categoryId: null },
    ],
    ['quotes: no stage history', { entityTypeId: 7, categoryId: null }, null],
    ['a reference book', { hasSemantics: false }, null],
    ['stages switched off', { enabled: false }, null],
  ])('%s', (_spec, change, scope) => {
    expect(analyticsScope({ ...directory, ...change })).toEqual(scope);
  });
});

describe('useDirectoryFigures', () => {
  it('waits until wanted, then reads the period and computes every stage; the cards read the cache', async () => {
    let wanted = false;
    const { result, rerender } = render(() => ({
      load: useDirectoryFigures(directory, 30, wanted),
      shown: useShownFigures(directory.entityId, 30),
    }));
    expect(portal.analytics.queries).toHaveLength(0);
    wanted = true;
    rerender();
    await waitFor(() => expect(result.current.shown).toBeDefined());
    const [query] = portal.analytics.queries;
    expect(query).toMatchObject({ entityTypeId: 2, categoryId: 1 });
    expect(Date.now() - (query?.since ?? 0)).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(result.current.shown?.byStage['C1:WORK']).toMatchObject({ entered: 1, won: 1 });
    // The item that entered NEW 50 days ago is outside the 30 days.
    expect(result.current.shown?.byStage['C1:NEW']).toMatchObject({ entered: 1, won: 0 });
  });

  it('a stop aborts the read and says so; a refresh reads again', async () => {
    let open: () => void = () => undefined;
    portal.analytics.gate = new Promise((resolve) => (open = resolve));
    const { result } = render(() => useDirectoryFigures(directory, 90, true));
    await waitFor(() => expect(result.current.state?.phase).toBe('loading'));
    act(() => result.current.stop());
    open();
    await waitFor(() => expect(result.current.state?.phase).toBe('stopped'));
    expect(result.current.query.data).toBeUndefined();
    portal.analytics.gate = null;
    act(() => result.current.refresh());
    await waitFor(() => expect(result.current.query.data?.items).toBe(2));
    expect(result.current.state).toBeUndefined();
  });

  it('a refresh after a finished load reads again, while the cards watch the same figures', async () => {
    const { result } = render(() => ({
      load: useDirectoryFigures(directory, 30, true),
      shown: useShownFigures(directory.entityId, 30),
    }));
    await waitFor(() => expect(result.current.shown).toBeDefined());
    expect(portal.analytics.queries).toHaveLength(1);
    act(() => result.current.load.refresh());
    await waitFor(() => expect(portal.analytics.queries).toHaveLength(2));
    await waitFor(() => expect(result.current.load.query.isFetching).toBe(false));
    expect(result.current.load.query.error).toBeNull();
    expect(result.current.shown?.items).toBe(2);
  });

  it('a refusal of the item rights reaches the controls as that kind', async () => {
    portal.analytics.readHistory = () =>
      Promise.reject(
        new PortalError('items-access-denied', 'ACCESS_DENIED', 'Access denied.', 'x'),
      );
    const { result } = render(() => useDirectoryFigures(directory, 30, true));
    await waitFor(() =>
      expect(result.current.query.error).toMatchObject({ kind: 'items-access-denied' }),
    );
  });
});
