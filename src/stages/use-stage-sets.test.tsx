// @vitest-environment jsdom
import { renderStageHook } from './test-hooks';
import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PipelinesPort, StageSetWrite } from '../b24/pipelines-port';
import type { ChangeRecord } from '../domain/change';
import type { SetDirectory } from '../domain/stage-set';
import { planStageSet } from '../domain/stage-set-plan';
import type { Directory, Stage } from '../domain/stage';
import { stage } from '../domain/test-stages';
import { FakePortal } from './fake-portal';
import { stageKeys } from './keys';
import { useStageSetApply } from './use-stage-set-apply';

const directory = (entityId: string, categoryId: number, name: string): Directory => ({
  entityId,
  name,
  hasSemantics: true,
  object: 'deal',
  entityTypeId: 2,
  categoryId,
  prefix: categoryId === 0 ? null : `C${categoryId}`,
  categoryName: null,
  categorySort: null,
  isDefaultCategory: categoryId === 0,
  enabled: true,
});
const GENERAL = directory('DEAL_STAGE', 0, 'General Deal Stages');

let portal: FakePortal;
let client: QueryClient;
let records: ChangeRecord[];

/** Writes land on the fake's stages as the portal would take them (enough for these hooks). */
function fakeWrites(into: FakePortal): PipelinesPort['sendStageWrites'] {
  let nextId = 100;
  return (_entityId, writes: readonly StageSetWrite[]) => {
    for (const write of writes) {
      if (write.kind === 'update') into.applied([{ id: write.id, patch: write.patch }]);
      if (write.kind === 'delete') into.stages = into.stages.filter((s) => s.id !== write.id);
      if (write.kind === 'add') {
        const { code, name, sort, group, color } = write.stage;
        into.stages = [
          ...into.stages,
          stage(String(nextId++), sort, group, { statusId: code, name, color }),
        ];
      }
    }
    return Promise.resolve({ done: writes.length, error: null, stages: into.stages });
  };
}

beforeEach(() => {
  portal = new FakePortal([
    stage('1', 10, 'process', { name: 'New', statusId: 'NEW', color: '#39a8ef' }),
    stage('2', 20, 'success', { name: 'Won', statusId: 'WON', color: '#7bd500' }),
    stage('3', 30, 'failure', { name: 'Lost', statusId: 'LOSE', color: '#ff5752' }),
  ]);
  records = [];
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

function render<T>(hook: () => T) {
  return renderStageHook(hook, { portal, client, record: (change) => records.push(change) });
}

describe('useStageSetApply', () => {
  const set: SetDirectory = {
    entityId: 'DEAL_STAGE',
    name: 'x',
    stages: [
      { statusId: 'NEW', name: 'Inbox', color: '#39a8ef', group: 'process' },
      { statusId: 'OFFER', name: 'Offer', color: '#ffa900', group: 'process' },
      { statusId: 'WON', name: 'Won', color: '#7bd500', group: 'success' },
      { statusId: 'LOSE', name: 'Lost', color: '#ff5752', group: 'failure' },
    ],
  };

  it('runs to done, shows every read-back on the board, and reports each round', async () => {
    portal.pipelines = { ...portal.pipelines, sendStageWrites: fakeWrites(portal) };
    const plan = planStageSet({
      directory: GENERAL,
      stages: portal.stages,
      set,
      sameKind: true,
      counts: {},
    });
    const { result } = render(() => useStageSetApply());
    act(() =>
      result.current.start({
        directory: GENERAL,
        set,
        sameKind: true,
        targets: new Map(),
        kept: plan.pairs,
        counts: {},
      }),
    );
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    expect(result.current.state).toMatchObject({ done: 2, total: 2 });
    const shown = client.getQueryData<Stage[]>(stageKeys.directory('DEAL_STAGE'));
    expect(shown?.map((s) => s.name)).toEqual(['Inbox', 'Won', 'Lost', 'Offer']);
    expect(records.map((r) => r.kind)).toEqual(['import']);
    expect(records[0]?.stages.map((d) => [d.before?.name ?? null, d.after?.name ?? null])).toEqual([
      ['New', 'Inbox'],
      [null, 'Offer'],
    ]);
  });

  it('a refusal ends the run as failed, with what landed counted; resume counts on', async () => {
    const writes = fakeWrites(portal);
    let refuse = true;
    portal.pipelines = {
      ...portal.pipelines,
      sendStageWrites: async (entityId, batch) => {
        if (!refuse) return writes(entityId, batch);
        refuse = false;
        const landed = await writes(entityId, batch.slice(0, 1));
        return { ...landed, done: 1, error: new Error('refused') as never };
      },
      countItems: () => Promise.resolve(0),
    };
    const plan = planStageSet({
      directory: GENERAL,
      stages: portal.stages,
      set,
      sameKind: true,
      counts: {},
    });
    const request = {
      directory: GENERAL,
      set,
      sameKind: true,
      targets: new Map(),
      kept: plan.pairs,
      counts: {},
    };
    const { result } = render(() => useStageSetApply());
    act(() => result.current.start(request));
    await waitFor(() => expect(result.current.state.phase).toBe('failed'));
    expect(result.current.state.done).toBe(1);
    act(() => result.current.resume(request));
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    expect(result.current.state.done).toBe(2);
  });

  it('items out of a deleted stage: the journal hears of the move, named, before the delete', async () => {
    portal.stages = [
      ...portal.stages,
      stage('4', 15, 'process', { name: 'Offer', statusId: 'OFFER', color: '#ffa900' }),
    ];
    let held = [7, 8];
    const moved: [number | null, number[], string][] = [];
    // Only Offer's items are ever listed: it is the one stage to empty.
    portal.listItems = () => Promise.resolve({ ids: held, total: held.length });
    portal.pipelines = {
      ...portal.pipelines,
      sendStageWrites: fakeWrites(portal),
      moveItems: (_type, categoryId, ids, to) => {
        moved.push([categoryId, [...ids], to]);
        held = held.filter((id) => !ids.includes(id));
        return Promise.resolve();
      },
    };
    // The set without Offer: its two items go to the stage before it, New (renamed Inbox).
    const short = { ...set, stages: set.stages.filter((s) => s.statusId !== 'OFFER') };
    const counts = { OFFER: 2 };
    const plan = planStageSet({
      directory: GENERAL,
      stages: portal.stages,
      set: short,
      sameKind: true,
      counts,
    });
    const { result } = render(() => useStageSetApply());
    act(() =>
      result.current.start({
        directory: GENERAL,
        set: short,
        sameKind: true,
        targets: new Map(),
        kept: plan.pairs,
        counts,
      }),
    );
    await waitFor(() => expect(result.current.state.phase).toBe('done'));
    expect(moved).toEqual([[0, [7, 8], 'NEW']]);
    expect(records.map((r) => r.kind)).toEqual(['import', 'move-items', 'import']);
    expect(records[1]).toEqual({
      kind: 'move-items',
      directory: { entityId: 'DEAL_STAGE', name: 'General Deal Stages' },
      stages: [],
      items: { ids: [7, 8], from: 'OFFER', to: 'NEW', fromName: 'Offer', toName: 'Inbox' },
      outcome: { status: 'saved' },
    });
    expect(records[2]?.stages.map((d) => [d.before?.name ?? null, d.after?.name ?? null])).toEqual([
      ['Offer', null],
    ]);
  });
});
