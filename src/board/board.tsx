import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { groupStages } from '../domain/order';
import { GROUPS, type Directory, type Group, type Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { useItemCounts } from '../stages/use-item-counts';
import { useStageCommands } from '../stages/use-stage-commands';
import { DraftCard } from './add/draft-card';
import { AnalyticsHeader } from './analytics/analytics-header';
import { useAddDraft } from './add/use-add-draft';
import { BoardToolsProvider, type BoardTools } from './board-context';
import { BoardToolbar } from './board-toolbar';
import { useBoardView } from './board-view';
import { Deferred, useAfterFirstPaint } from './deferred';
import { DragSurface } from './dnd/drag-surface';
import { LiveRegion } from './dnd/live-region';
import { RefusalNotice } from './dnd/refusal-notice';
import { useBoardDrag } from './dnd/use-board-drag';
import { boardDndPart } from './lazy-parts';
import { StageGroup } from './stage-group';
import { StageSetBar } from './stage-sets/stage-set-bar';

/** Card minimum (4.75rem) and gap, group padding and the gaps between groups, in px. */
const crowdedBelow = (groups: Readonly<Record<Group, readonly Stage[]>>) =>
  GROUPS.reduce((width, group) => width + groups[group].length * 80 + 8, 16);

/**
 * The kanban of one stage directory: three semantic groups side by side, sharing the width so a
 * usual pipeline fits without scrolling, and scrolling sideways inside the board (never the page)
 * when it cannot. The compact view shows the same groups as dense lists. Drags stay within a
 * group because SEMANTICS is immutable through crm.status.update; a drop elsewhere is refused
 * visibly and aloud, with its reason.
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
  const [view, setView] = useBoardView();
  const compact = view === 'compact';
  const drag = useBoardDrag(groups, commands, compact);

  const countOf = useCallback((stage: Stage) => counts.data?.[stage.statusId], [counts.data]);
  const drafting = adding.draft !== null;
  const startAdding = adding.start;
  // Read when a button is pressed, so the callback (and every card) survives a move unchanged.
  const order = useRef(groups);
  useLayoutEffect(() => {
    order.current = groups;
  }, [groups]);
  const addAfter = useCallback(
    (stage: Stage) => {
      const index = order.current[stage.group].findIndex((s) => s.id === stage.id);
      if (stage.group !== 'success' && index >= 0) startAdding(stage.group, index + 1);
    },
    [startAdding],
  );
  const { setReady } = drag;
  const onDragReady = useCallback(() => setReady(true), [setReady]);
  const dragReady = drag.ready;
  const tools = useMemo<BoardTools>(
    () => ({ directory, canEdit, commands, startAdding, addAfter, drafting, countOf, dragReady }),
    [directory, canEdit, commands, startAdding, addAfter, drafting, countOf, dragReady],
  );

  return (
    <BoardToolsProvider value={tools}>
      <BoardToolbar groups={groups} view={view} onView={setView}>
        <StageSetBar directory={directory} stages={stages} canEdit={canEdit} />
      </BoardToolbar>
      <AnalyticsHeader directory={directory} stages={stages} />
      <RefusalNotice refusal={drag.refusal} onDismiss={drag.dismissRefusal} />
      <Deferred part={boardDndPart} placeholder={null}>
        {(BoardDnd) => (
          <BoardDnd
            controller={drag.controller}
            active={drag.active}
            compact={compact}
            onReady={onDragReady}
          />
        )}
      </Deferred>
      <DragSurface
        controller={drag.controller}
        ready={drag.ready}
        compact={compact}
        crowdedBelow={compact ? 0 : crowdedBelow(groups)}
        className={compact ? 'grid grid-cols-2 gap-2 pb-2' : 'flex gap-2 overflow-x-auto pb-2'}
      >
        {GROUPS.map((group) => (
          <StageGroup
            key={group}
            group={group}
            stages={groups[group]}
            refusing={drag.overGroup === group}
            compact={compact}
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
      </DragSurface>
      <LiveRegion announcer={drag.announcer} id="DndLiveRegion-stages" />
    </BoardToolsProvider>
  );
}
