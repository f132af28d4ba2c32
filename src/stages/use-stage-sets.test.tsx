// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PipelinesPort, StageSetWrite } from '../b24/pipelines-port';
import type { StartData } from '../b24/portal';
import type { ChangeRecord } from '../domain/change';
import type { SetDirectory } from '../domain/stage-set';
import { planStageSet } from '../domain/stage-set-plan';
import type { Directory, Stage } from '../domain/stage';
import { stage } from '../domain/test-stages';
import { ChangeRecorderProvider } from './change-recorder';
import { FakePortal } from './fake-portal';
import { stageKeys } from './keys';
import { StagesProvider } from './portal-context';
import { UnsavedEdits } from './unsaved-edits';
import { usePipelineCommands } from './use-pipelines';
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
  const unsaved = new UnsavedEdits({ read: () => null, write: () => undefined });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <StagesProvider portal={portal} unsaved={unsaved}>
        <ChangeRecorderProvider record={(change) => records.push(change)}>
          {children}
        </ChangeRecorderProvider>
      </StagesProvider>
    </QueryClientProvider>
  );
  return renderHook(hook, { wrapper });
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
});

describe('usePipelineCommands', () => {
  it('a new pipeline: the navigation gets the directories read back, and the journal hears of it', async () => {
    const added = directory('DEAL_STAGE_4', 4, 'Wholesale Deal Stages');
    const start: StartData = {
      directories: [GENERAL],
      crmMode: 'classic',
      stages: null,
      editRight: { kind: 'allowed' },
    };
    client.setQueryData(stageKeys.start('DEAL_STAGE'), start);
    portal.pipelines = {
      ...portal.pipelines,
      add: (entityTypeId, name) =>
        Promise.resolve({
          pipeline: { id: 4, entityTypeId, name, isDefault: false },
          directories: [GENERAL, added],
        }),
    };
    const { result } = render(() => usePipelineCommands());
    let opened: Directory | null = null;
    await act(async () => {
      opened = await result.current.add(2, 'Wholesale');
    });
    expect(opened).toEqual(added);
    expect(client.getQueryData<StartData>(stageKeys.start('DEAL_STAGE'))?.directories).toEqual([
      GENERAL,
      added,
    ]);
    expect(records).toMatchObject([
      { kind: 'pipeline-add', directory: { entityId: 'DEAL_STAGE_4', name: 'Wholesale' } },
    ]);
  });

  it('a renamed pipeline is journalled with the names the app lists it under, before and after', async () => {
    const before = directory('DEAL_STAGE_4', 4, 'Wholesale Deal Stages');
    const after = directory('DEAL_STAGE_4', 4, 'Retail Deal Stages');
    portal.pipelines = {
      ...portal.pipelines,
      rename: (entityTypeId, id, name) =>
        Promise.resolve({
          pipeline: { id, entityTypeId, name, isDefault: false },
          directories: [GENERAL, after],
        }),
    };
    const { result } = render(() => usePipelineCommands());
    await act(() => result.current.rename(before, 'Retail'));
    expect(records).toMatchObject([
      {
        kind: 'pipeline-rename',
        directory: { entityId: 'DEAL_STAGE_4', name: 'Retail Deal Stages' },
        formerName: 'Wholesale Deal Stages',
      },
    ]);
  });

  it('the default pipeline is refused before anything is asked; a full one says how many items', async () => {
    portal.pipelines = { ...portal.pipelines, countItems: () => Promise.resolve(7) };
    const { result } = render(() => usePipelineCommands());
    expect(await result.current.check(GENERAL)).toEqual({ kind: 'default' });
    expect(await result.current.check(directory('DEAL_STAGE_1', 1, 'Newest'))).toEqual({
      kind: 'has-items',
      count: 7,
    });
  });
});
