// @vitest-environment jsdom
import { renderStageHook } from './test-hooks';
import { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StartData } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import type { ChangeRecord } from '../domain/change';
import type { Directory } from '../domain/stage';
import { dealDirectory, stage } from '../domain/test-stages';
import { FakePortal } from './fake-portal';
import { stageKeys } from './keys';
import { usePipelineCommands } from './use-pipelines';

/** Pipelines (crm.category.*): each command shows the directories read back at once, and journals what landed. */
const directory = (entityId: string, categoryId: number, name: string): Directory =>
  dealDirectory({
    entityId,
    name,
    categoryId,
    prefix: categoryId === 0 ? null : `C${categoryId}`,
    isDefaultCategory: categoryId === 0,
  });
const GENERAL = directory('DEAL_STAGE', 0, 'General Deal Stages');
const NEWEST = directory('DEAL_STAGE_1', 1, 'Newest Deal Stages');
const start = (directories: Directory[]): StartData => ({
  directories,
  crmMode: 'classic',
  stages: null,
  editRight: { kind: 'allowed' },
});

let portal: FakePortal;
let client: QueryClient;
let records: ChangeRecord[];

beforeEach(() => {
  portal = new FakePortal([stage('1', 10, 'process', { name: 'New', statusId: 'C1:NEW' })]);
  records = [];
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

function render<T>(hook: () => T) {
  return renderStageHook(hook, { portal, client, record: (change) => records.push(change) });
}

describe('usePipelineCommands', () => {
  it('a new pipeline: the navigation gets the directories read back, and the journal hears of it', async () => {
    const added = directory('DEAL_STAGE_4', 4, 'Wholesale Deal Stages');
    client.setQueryData(stageKeys.start('DEAL_STAGE'), start([GENERAL]));
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

  it('the default pipeline is refused before anything is asked; a full one says how many items', async () => {
    portal.pipelines = { ...portal.pipelines, countItems: () => Promise.resolve(7) };
    const { result } = render(() => usePipelineCommands());
    expect(await result.current.check(GENERAL)).toEqual({ kind: 'default' });
    expect(await result.current.check(NEWEST)).toEqual({
      kind: 'has-items',
      count: 7,
    });
  });

  it('a rename: the journal hears of it under the new name and the former one, the navigation gets the read-back', async () => {
    const renamed = { ...NEWEST, name: 'Retail' };
    client.setQueryData(stageKeys.start('DEAL_STAGE'), start([GENERAL, NEWEST]));
    const asked: [number, number, string][] = [];
    portal.pipelines = {
      ...portal.pipelines,
      rename: (entityTypeId, id, name) => {
        asked.push([entityTypeId, id, name]);
        return Promise.resolve({
          pipeline: { id, entityTypeId, name, isDefault: false },
          directories: [GENERAL, renamed],
        });
      },
    };
    const { result } = render(() => usePipelineCommands());
    await act(() => result.current.rename(NEWEST, 'Retail'));
    expect(asked).toEqual([[2, 1, 'Retail']]);
    expect(client.getQueryData<StartData>(stageKeys.start('DEAL_STAGE'))?.directories).toEqual([
      GENERAL,
      renamed,
    ]);
    expect(records).toEqual([
      {
        kind: 'pipeline-rename',
        directory: { entityId: 'DEAL_STAGE_1', name: 'Retail' },
        formerName: NEWEST.name,
        stages: [],
        outcome: { status: 'saved' },
      },
    ]);
  });

  it('a delete: the journal hears of it under the name it had, its board leaves the cache', async () => {
    client.setQueryData(stageKeys.start('DEAL_STAGE'), start([GENERAL, NEWEST]));
    client.setQueryData(stageKeys.directory('DEAL_STAGE_1'), portal.stages);
    const asked: [number, number][] = [];
    portal.pipelines = {
      ...portal.pipelines,
      remove: (entityTypeId, id) => {
        asked.push([entityTypeId, id]);
        return Promise.resolve([GENERAL]);
      },
    };
    const { result } = render(() => usePipelineCommands());
    await act(() => result.current.remove(NEWEST));
    expect(asked).toEqual([[2, 1]]);
    expect(client.getQueryData<StartData>(stageKeys.start('DEAL_STAGE'))?.directories).toEqual([
      GENERAL,
    ]);
    expect(client.getQueryData(stageKeys.directory('DEAL_STAGE_1'))).toBeUndefined();
    expect(records).toEqual([
      {
        kind: 'pipeline-delete',
        directory: { entityId: 'DEAL_STAGE_1', name: 'Newest Deal Stages' },
        stages: [],
        outcome: { status: 'saved' },
      },
    ]);
  });

  it.each([
    ['rename', (c: ReturnType<typeof usePipelineCommands>) => c.rename(NEWEST, 'Retail')],
    ['delete', (c: ReturnType<typeof usePipelineCommands>) => c.remove(NEWEST)],
  ] as const)(
    'a refused %s is journalled with the portal’s reason, and thrown on',
    async (kind, run) => {
      const refusal = new PortalError(
        'has-items',
        '',
        'The pipeline has items.',
        'crm.category.delete',
      );
      portal.pipelines = {
        ...portal.pipelines,
        rename: () => Promise.reject(refusal),
        remove: () => Promise.reject(refusal),
      };
      const { result } = render(() => usePipelineCommands());
      await act(() => expect(run(result.current)).rejects.toBe(refusal));
      expect(records).toEqual([
        {
          kind: `pipeline-${kind}`,
          directory: { entityId: 'DEAL_STAGE_1', name: 'Newest Deal Stages' },
          stages: [],
          outcome: { status: 'refused', reason: 'has-items: The pipeline has items.' },
        },
      ]);
    },
  );

  it('a new pipeline whose read-back failed is still journalled under its own directory', async () => {
    portal.pipelines = {
      ...portal.pipelines,
      add: (entityTypeId, name) =>
        Promise.resolve({
          pipeline: { id: 9, entityTypeId, name, isDefault: false },
          directories: null,
        }),
    };
    const { result } = render(() => usePipelineCommands());
    await act(() => result.current.add(2, 'Wholesale'));
    expect(records).toMatchObject([
      { kind: 'pipeline-add', directory: { entityId: 'DEAL_STAGE_9', name: 'Wholesale' } },
    ]);
  });
});
