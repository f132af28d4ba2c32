import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Pipeline } from '../b24/pipelines-port';
import type { StartData } from '../b24/portal';
import { pipelineEntityId } from '../domain/directories';
import type { Directory } from '../domain/stage';
import { PortalError } from '../b24/portal-error';
import { reasonOf } from './journal/records';
import { useRecordChange } from './change-recorder';
import { stageKeys } from './keys';
import { usePortal } from './portal-context';

/**
 * Pipelines of deals and smart processes (crm.category.*): add, rename, delete. Each answer
 * carries the directories read in the same request, and they replace the navigation's list at
 * once (the start query), so a new pipeline can be opened without another request.
 */
export type DeleteCheck =
  | { readonly kind: 'default' }
  | { readonly kind: 'has-items'; readonly count: number }
  /** No item the API can see; items in the recycle bin still block it (docs/server-behaviour.md §6). */
  | { readonly kind: 'empty' };

export interface PipelineCommands {
  list(entityTypeId: number): Promise<Pipeline[]>;
  add(entityTypeId: number, name: string): Promise<Directory | null>;
  rename(directory: Directory, name: string): Promise<void>;
  /** What the portal will say to a delete, asked before trying (one read, no write). */
  check(directory: Directory): Promise<DeleteCheck>;
  remove(directory: Directory): Promise<void>;
}

const pipelineOf = (directory: Directory) => ({
  entityTypeId: directory.entityTypeId ?? 0,
  id: directory.categoryId ?? 0,
});

export function usePipelineCommands(): PipelineCommands {
  const portal = usePortal();
  const client = useQueryClient();
  const record = useRecordChange();
  return useMemo(() => {
    const show = (directories: readonly Directory[] | null) => {
      if (directories)
        client.setQueriesData<StartData>({ queryKey: ['stages', 'start'] }, (old) =>
          old ? { ...old, directories: [...directories] } : old,
        );
      else void client.invalidateQueries({ queryKey: ['stages', 'start'] });
    };
    type Kind = 'pipeline-add' | 'pipeline-rename' | 'pipeline-delete';
    const note = (
      kind: Kind,
      entityId: string,
      name: string,
      { formerName, error }: { formerName?: string; error?: unknown } = {},
    ) =>
      record({
        kind,
        directory: { entityId, name },
        stages: [],
        outcome:
          error === undefined
            ? { status: 'saved' }
            : {
                status: 'refused',
                reason: error instanceof PortalError ? reasonOf(error) : String(error),
              },
        ...(formerName === undefined ? {} : { formerName }),
      });
    /** A refusal is journalled too (issue 12: every change, with its outcome), then thrown on. */
    const refusedAs = async <T>(kind: Kind, directory: Directory, run: () => Promise<T>) => {
      try {
        return await run();
      } catch (error) {
        note(kind, directory.entityId, directory.name, { error });
        throw error;
      }
    };
    return {
      list: (entityTypeId) => portal.pipelines.list(entityTypeId),
      async add(entityTypeId, name) {
        const { pipeline, directories } = await portal.pipelines.add(entityTypeId, name);
        show(directories);
        const added =
          directories?.find(
            (d) => d.entityTypeId === entityTypeId && d.categoryId === pipeline.id,
          ) ?? null;
        // Without the read-back the entry still names the pipeline's own directory.
        note(
          'pipeline-add',
          added?.entityId ?? pipelineEntityId(entityTypeId, pipeline.id),
          pipeline.name,
        );
        return added;
      },
      rename: (directory, name) =>
        refusedAs('pipeline-rename', directory, async () => {
          const { entityTypeId, id } = pipelineOf(directory);
          const { directories } = await portal.pipelines.rename(entityTypeId, id, name);
          show(directories);
          // The journal says "renamed pipeline A to B", both as the app lists them (a deal
          // pipeline's own former name needs crm.category.list, which the rename does not read).
          const listed = directories?.find((d) => d.entityId === directory.entityId);
          note('pipeline-rename', directory.entityId, listed?.name ?? name, {
            formerName: directory.name,
          });
        }),
      async check(directory) {
        const { entityTypeId, id } = pipelineOf(directory);
        // The default deal pipeline can never go; a smart process's default only while the
        // whole type is empty, which the app does not offer: one rule is easier to trust.
        if (directory.entityId === 'DEAL_STAGE' || directory.isDefaultCategory)
          return { kind: 'default' };
        const count = await portal.pipelines.countItems(entityTypeId, id);
        return count > 0 ? { kind: 'has-items', count } : { kind: 'empty' };
      },
      remove: (directory) =>
        refusedAs('pipeline-delete', directory, async () => {
          const { entityTypeId, id } = pipelineOf(directory);
          show(await portal.pipelines.remove(entityTypeId, id));
          client.removeQueries({ queryKey: stageKeys.directory(directory.entityId) });
          note('pipeline-delete', directory.entityId, directory.name);
        }),
    };
  }, [portal, client, record]);
}
