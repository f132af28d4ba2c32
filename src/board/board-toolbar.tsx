import { useMemo, type ReactNode } from 'react';
import { GROUPS, type Group, type Stage } from '../domain/stage';
import { ViewToggle, type BoardView } from './board-view';
import { FindStage } from './find-stage';
import { OverviewStrip } from './overview-strip';
import { revealStage } from './reveal-stage';

const reveal = (stage: Stage) => revealStage(stage.id);

/** Above the groups: find a stage, choose the view, and the whole pipeline at a glance. */
export function BoardToolbar({
  groups,
  view,
  onView,
  children,
}: {
  groups: Readonly<Record<Group, readonly Stage[]>>;
  view: BoardView;
  onView: (view: BoardView) => void;
  /** The directory's own tools (stage sets, pipeline), at the end of the same row. */
  children?: ReactNode;
}) {
  const ordered = useMemo(() => GROUPS.flatMap((group) => groups[group]), [groups]);
  return (
    <>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <FindStage stages={ordered} onFound={reveal} />
        <ViewToggle view={view} onChange={onView} />
        {children}
      </div>
      <OverviewStrip stages={ordered} onGo={reveal} />
    </>
  );
}
