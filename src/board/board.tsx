import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { groupStages } from '../domain/order';
import { planMove } from '../domain/sort-planner';
import { GROUPS, type Directory, type Group, type Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { newWriteId, type StageWrite } from '../stages/stage-write';
import { useStageWrites } from '../stages/use-stage-writes';
import { screenReaderInstructions, stageAnnouncements } from './dnd/announcements';
import { stageCollision } from './dnd/collision';
import { boardKeyboardCoordinates } from './dnd/keyboard';
import { dragDataOf } from './dnd/drag-data';
import { useItemCounts } from '../stages/item-counts';
import { PlusIcon, smallAction } from './action-icons';
import { useAfterFirstPaint } from './deferred';
import { DeleteButton } from './delete-button';
import { DraftCard } from './draft-card';
import { groupName } from './dnd/announcements';
import { StageCard, type StageActions } from './stage-card';
import { StageGroup } from './stage-group';
import { useAddDraft } from './use-add-draft';

/**
 * The kanban of one stage directory: three semantic groups side by side, scrolling sideways
 * inside the board (never the page). Drags stay within a group because SEMANTICS is immutable
 * through crm.status.update; a drop elsewhere is refused visibly and aloud.
 */
export function Board({
  directory,
  stages,
  canEdit,
}: {
  directory: Directory;
  stages: readonly Stage[];
  canEdit: boolean;
}) {
  const t = useT();
  const writes = useStageWrites();
  const groups = useMemo(() => groupStages(stages), [stages]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overGroup, setOverGroup] = useState<Group | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const announcements = useMemo(() => stageAnnouncements(t, groups), [t, groups]);
  const active = activeId ? stages.find((s) => s.id === activeId) : undefined;
  const counts = useItemCounts(directory, stages, useAfterFirstPaint());
  const adding = useAddDraft(directory, stages);

  const countOf = useCallback((stage: Stage) => counts.data?.[stage.statusId], [counts.data]);
  const { mutate } = writes;
  const entityId = directory.entityId;
  const send = useCallback(
    (label: StageWrite['label'], updates: StageWrite['updates']) => {
      if (updates.length === 0) return;
      mutate({ id: newWriteId(), entityId, label, updates });
    },
    [mutate, entityId],
  );

  // Stable across renders (like countOf and extraOf) so the memoised groups and cards do not
  // re-render during a drag: dnd-kit re-renders the board whenever the target changes, and with
  // 120 stages that must not mean 120 cards.
  const actions = useMemo<StageActions>(
    () => ({
      rename: (stage, name) =>
        send({ kind: 'rename', name: stage.name, value: name }, [
          { id: stage.id, fields: { NAME: name }, expected: { NAME: stage.name } },
        ]),
      recolour: (stage, hex) =>
        send({ kind: 'recolour', name: stage.name, value: hex }, [
          {
            id: stage.id,
            fields: { COLOR: hex },
            // A colour the portal holds in a format we could not read has nothing to compare with.
            ...(stage.color ? { expected: { COLOR: stage.color } } : {}),
          },
        ]),
    }),
    [send],
  );

  const drafting = adding.draft !== null;
  const startAdding = adding.start;
  const extraOf = useCallback(
    (stage: Stage): ReactNode => {
      const { group } = stage;
      return (
        <>
          {group !== 'success' && (
            <button
              type="button"
              className={smallAction}
              aria-label={t('addStageAfter', { name: stage.name })}
              title={t('addStageAfter', { name: stage.name })}
              disabled={drafting}
              onClick={() => startAdding(group, groups[group].indexOf(stage) + 1)}
            >
              <PlusIcon />
            </button>
          )}
          <DeleteButton
            label={t('deleteStage', { name: stage.name })}
            directory={directory}
            stage={stage}
            stages={stages}
            count={countOf(stage)}
          />
        </>
      );
    },
    [directory, stages, groups, countOf, drafting, startAdding, t],
  );

  const onDragStart = ({ active: dragged }: DragStartEvent) => {
    setActiveId(String(dragged.id));
    setRefusal(null);
  };
  const onDragOver = ({ over }: DragOverEvent) => {
    const target = dragDataOf(over?.data.current);
    setOverGroup(target && active && target.group !== active.group ? target.group : null);
  };
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActiveId(null);
    setOverGroup(null);
    const stage = stages.find((s) => s.id === dragged.id);
    const target = dragDataOf(over?.data.current);
    if (!stage || !over || !target) return;
    if (target.group !== stage.group) {
      setRefusal(t('refusedVisible'));
      return;
    }
    const list = groups[stage.group];
    const toIndex =
      target.type === 'group' ? list.length - 1 : list.findIndex((s) => s.id === over.id);
    if (toIndex < 0 || list[toIndex]?.id === stage.id) return;
    const plan = planMove(stages, stage.id, toIndex);
    send(
      { kind: 'move', name: stage.name },
      plan.writes.map((w) => ({ id: w.id, fields: { SORT: w.sort } })),
    );
  };
  const onDragCancel = () => {
    setActiveId(null);
    setOverGroup(null);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={stageCollision}
      accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions(t) }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {refusal && (
        <p role="status" className="mb-2 rounded-control bg-warning-surface px-3 py-2 text-sm">
          {refusal}
        </p>
      )}
      <div className="flex gap-3 overflow-x-auto pb-3" data-testid="board-scroller">
        {GROUPS.map((group) => (
          <StageGroup
            key={group}
            group={group}
            stages={groups[group]}
            canEdit={canEdit}
            actions={actions}
            refusing={overGroup === group}
            countOf={countOf}
            start={
              canEdit && group !== 'success' ? (
                <button
                  type="button"
                  className="rounded-control px-2 py-0.5 text-xs text-primary-text hover:bg-black/5"
                  aria-label={t('addStageAtStart', { group: groupName(t, group) })}
                  disabled={adding.draft !== null}
                  onClick={() => adding.start(group, 0)}
                >
                  + {t('addStageAtStart', { group: groupName(t, group) })}
                </button>
              ) : undefined
            }
            extraOf={extraOf}
            draft={
              adding.draft?.group === group
                ? {
                    index: adding.draft.index,
                    node: <DraftCard control={adding} label={t('stageName')} />,
                  }
                : null
            }
          />
        ))}
      </div>
      <DragOverlay>
        {active ? (
          <StageCard
            stage={active}
            position={groups[active.group].indexOf(active) + 1}
            canEdit={false}
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
