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
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { groupStages } from '../domain/order';
import { planMove } from '../domain/sort-planner';
import { GROUPS, type Directory, type Group, type Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { newWriteId, type StageWrite } from '../stages/stage-write';
import { useStageWrites } from '../stages/use-stage-writes';
import { screenReaderInstructions, stageAnnouncements } from './dnd/announcements';
import { stageCollision } from './dnd/collision';
import { dragDataOf } from './dnd/drag-data';
import { ColourPickerReady, StageCard, type StageActions } from './stage-card';
import { StageGroup } from './stage-group';

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
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const [pickerReady, setPickerReady] = useState(false);
  useEffect(() => {
    // Passive effects run after the board is painted; the timeout lets that frame go out first.
    const timer = setTimeout(() => setPickerReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const announcements = useMemo(() => stageAnnouncements(t, groups), [t, groups]);
  const active = activeId ? stages.find((s) => s.id === activeId) : undefined;

  const { mutate } = writes;
  const entityId = directory.entityId;
  const send = useCallback(
    (label: StageWrite['label'], updates: StageWrite['updates']) => {
      if (updates.length === 0) return;
      mutate({ id: newWriteId(), entityId, label, updates });
    },
    [mutate, entityId],
  );

  // Stable across renders so the memoised groups and cards do not re-render during a drag: dnd-kit
  // re-renders the board on every pointer move that changes the target, and with 120 stages that
  // must not mean 120 cards.
  const actions = useMemo<StageActions>(
    () => ({
      rename: (stage, name) =>
        send({ kind: 'rename', name: stage.name, value: name }, [
          { id: stage.id, fields: { NAME: name } },
        ]),
      recolour: (stage, hex) =>
        send({ kind: 'recolour', name: stage.name, value: hex }, [
          { id: stage.id, fields: { COLOR: hex } },
        ]),
    }),
    [send],
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
    <ColourPickerReady value={pickerReady}>
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
    </ColourPickerReady>
  );
}
