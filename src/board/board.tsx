import {
  DndContext,
  DragOverlay,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import { canDrop } from '../domain/sort-planner';
import { groupStages } from '../domain/order';
import { GROUPS, type Directory, type Group, type Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { useItemCounts } from '../stages/use-item-counts';
import { useStageCommands } from '../stages/use-stage-commands';
import { DraftCard } from './add/draft-card';
import { AnalyticsHeader } from './analytics/analytics-header';
import { useAddDraft } from './add/use-add-draft';
import { BoardToolsProvider, type BoardTools } from './board-context';
import { useAfterFirstPaint } from './deferred';
import {
  REFUSAL_MESSAGES,
  screenReaderInstructions,
  stageAnnouncements,
} from './dnd/announcements';
import { stageCollision } from './dnd/collision';
import { dragDataOf } from './dnd/drag-data';
import { boardKeyboardCoordinates } from './dnd/keyboard';
import { resolveDrop, type DropRefusal } from './dnd/resolve-drop';
import { useDragSensors } from './dnd/sensors';
import { StageCard } from './stage-card';
import { StageGroup } from './stage-group';

/**
 * The kanban of one stage directory: three semantic groups side by side, scrolling sideways
 * inside the board (never the page). Drags stay within a group because SEMANTICS is immutable
 * through crm.status.update; a drop elsewhere is refused visibly and aloud, with its reason.
 */
export function StageBoard({
  directory,
  stages,
  canEdit,
}: {
  directory: Directory;
  stages: readonly Stage[];
  canEdit: boolean;
}) {
  const t = useT();
  const commands = useStageCommands(directory);
  const groups = useMemo(() => groupStages(stages), [stages]);
  const counts = useItemCounts(directory, stages, useAfterFirstPaint());
  const adding = useAddDraft(commands);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [overGroup, setOverGroup] = useState<Group | null>(null);
  const [refusal, setRefusal] = useState<DropRefusal | null>(null);
  const sensors = useDragSensors(boardKeyboardCoordinates);
  const announcements = useMemo(() => stageAnnouncements(t, groups), [t, groups]);
  const active = activeId ? stages.find((s) => s.id === activeId) : undefined;

  const countOf = useCallback((stage: Stage) => counts.data?.[stage.statusId], [counts.data]);
  const drafting = adding.draft !== null;
  const startAdding = adding.start;
  const tools = useMemo<BoardTools>(
    () => ({ directory, canEdit, commands, startAdding, drafting, countOf }),
    [directory, canEdit, commands, startAdding, drafting, countOf],
  );

  const onDragStart = ({ active: dragged }: DragStartEvent) => {
    setActiveId(String(dragged.id));
    setRefusal(null);
  };
  const onDragOver = ({ over }: DragOverEvent) => {
    const target = dragDataOf(over?.data.current);
    setOverGroup(target && active && !canDrop(active, target.group).ok ? target.group : null);
  };
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActiveId(null);
    setOverGroup(null);
    const outcome = resolveDrop(
      groups,
      String(dragged.id),
      over ? { id: String(over.id), data: over.data.current } : null,
    );
    if (outcome.kind === 'refused') setRefusal(outcome.reason);
    if (outcome.kind === 'move') commands.move(outcome.stage, outcome.toIndex);
  };
  const onDragCancel = () => {
    setActiveId(null);
    setOverGroup(null);
  };

  return (
    <BoardToolsProvider value={tools}>
      <AnalyticsHeader directory={directory} stages={stages} />
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
            {t(REFUSAL_MESSAGES[refusal].screen)}
          </p>
        )}
        <div className="flex gap-3 overflow-x-auto pb-3" data-testid="board-scroller">
          {GROUPS.map((group) => (
            <StageGroup
              key={group}
              group={group}
              stages={groups[group]}
              refusing={overGroup === group}
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
            <StageCard stage={active} position={groups[active.group].indexOf(active) + 1} />
          ) : null}
        </DragOverlay>
      </DndContext>
    </BoardToolsProvider>
  );
}
