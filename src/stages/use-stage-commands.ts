import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AddResult } from '../b24/portal';
import { planNewStage } from '../domain/new-stage';
import { planMove } from '../domain/sort-planner';
import type { Directory, Group, Stage } from '../domain/stage';
import { stageKeys } from './keys';
import { PortalError } from '../b24/portal-error';
import { useRecordChange } from './change-recorder';
import { movedItemsRecord, type MovedItems } from './journal/records';
import {
  moveItems,
  MoveItemsError,
  type MoveItemsOptions,
  type MoveItemsOutcome,
} from './move-items';
import { usePortal } from './portal-context';
import { newEditId, type EditLabel, type StageEdit } from './stage-edit';
import { useAddStageMutation, type AddRequest } from './use-add-stage';
import { useRemoveStageMutation } from './use-remove-stage';
import { useSendEdit } from './use-send-edit';
import { countableType } from './use-item-counts';

/**
 * What an admin can do to the stages of one directory. Each command plans with the domain (SORT
 * planner, STATUS_ID generation, validation already done by the caller) and sends through the
 * port; nothing above this layer builds a REST field. Edits of existing stages are optimistic and
 * kept until the portal confirms them; add and remove resolve when the portal has answered.
 */
export interface StageCommands {
  /** Moves a stage to `toIndex` (0-based) within its own group, with the fewest SORT writes. */
  move(stage: Stage, toIndex: number): void;
  rename(stage: Stage, name: string): void;
  recolour(stage: Stage, colour: string): void;
  /** Brings back a system stage's original name (NAME_INIT). */
  restoreName(stage: Stage): void;
  /** The request for a new stage at `index` of `group`; send it (and re-send it) with `add`. */
  planAdd(group: Exclude<Group, 'success'>, index: number, name: string): AddRequest;
  add(request: AddRequest): Promise<AddResult>;
  /**
   * Throws the PortalError of a refusal. `moved`: the items moved out just before, which the
   * journal records with the delete (and its undo moves back).
   */
  remove(stage: Stage, forced: boolean, moved?: MovedItems): Promise<void>;
  /**
   * Moves every CRM item of `stage` into `target` (same pipeline), page by page. A run that does
   * not end empty (stopped, or failed) is journalled here; an emptied stage's items are journalled
   * with its delete.
   */
  moveItems(stage: Stage, target: Stage, options: MoveItemsOptions): Promise<MoveItemsOutcome>;
}

export function useStageCommands(directory: Directory): StageCommands {
  const portal = usePortal();
  const client = useQueryClient();
  const { mutate: send } = useSendEdit();
  const { mutateAsync: addStage } = useAddStageMutation();
  const { mutateAsync: removeStage } = useRemoveStageMutation();
  const record = useRecordChange();

  return useMemo((): StageCommands => {
    const { entityId } = directory;
    const journal = { directory: directory.name };
    const current = () => client.getQueryData<Stage[]>(stageKeys.directory(entityId)) ?? [];
    const edit = (label: EditLabel, updates: StageEdit['updates'], stage: Stage) => {
      if (updates.length === 0) return;
      send({
        id: newEditId(),
        entityId,
        label,
        updates,
        journal: { ...journal, stageId: stage.id },
      });
    };
    const rename = (stage: Stage, name: string, kind: 'rename' | 'restore-name') =>
      edit(
        { kind, name: stage.name, value: name },
        [{ id: stage.id, patch: { name }, expected: { name: stage.name } }],
        stage,
      );
    return {
      move(stage, toIndex) {
        const { writes } = planMove(current(), stage.id, toIndex);
        edit(
          { kind: 'move', name: stage.name },
          writes.map((w) => ({ id: w.id, patch: { sort: w.sort } })),
          stage,
        );
      },
      rename: (stage, name) => rename(stage, name, 'rename'),
      restoreName(stage) {
        if (stage.nameInit !== null && stage.nameInit !== stage.name) {
          rename(stage, stage.nameInit, 'restore-name');
        }
      },
      recolour(stage, colour) {
        edit(
          { kind: 'recolour', name: stage.name, value: colour },
          [
            {
              id: stage.id,
              patch: { color: colour },
              // A colour the portal holds in a form we could not read has nothing to compare with.
              ...(stage.color ? { expected: { color: stage.color } } : {}),
            },
          ],
          stage,
        );
      },
      planAdd(group, index, name) {
        const { shifts, ...stage } = planNewStage(directory, current(), group, index, name);
        return {
          id: newEditId(),
          stage,
          shifts: shifts.map((w) => ({ id: w.id, patch: { sort: w.sort } })),
          journal,
        };
      },
      add: (request) => addStage(request),
      async remove(stage, forced, moved) {
        await removeStage({ stage, forced, journal, ...(moved ? { moved } : {}) });
      },
      async moveItems(stage, target, options) {
        const request = {
          entityTypeId: countableType(directory) ?? 0,
          from: stage.statusId,
          to: target.statusId,
        };
        try {
          const outcome = await moveItems(portal, request, options);
          if (outcome.kind === 'stopped' && outcome.ids.length > 0) {
            record(movedItemsRecord(stage, journal, { ids: outcome.ids, target }, null));
          }
          return outcome;
        } catch (error) {
          if (!(error instanceof MoveItemsError)) throw error;
          const cause =
            error.cause instanceof PortalError
              ? error.cause
              : new PortalError('network', '', error.message, 'crm.item.update');
          if (error.ids.length > 0) {
            record(movedItemsRecord(stage, journal, { ids: error.ids, target }, cause));
          }
          throw cause;
        } finally {
          void client.invalidateQueries({ queryKey: stageKeys.counts(entityId) });
        }
      },
    };
  }, [directory, client, portal, send, addStage, removeStage, record]);
}
