import { memo } from 'react';
import type { Stage } from '../domain/stage';
import { StageCard } from './stage-card';

/**
 * A stage's place in its group's list. It registers nothing with dnd-kit: the board's drag
 * finds it by `data-stage-id` when a drag starts and slides it by setting its transform, so a
 * drag re-renders no card. In the kanban row every card takes an equal share of the width down
 * to a narrow minimum (8 stages fit a 1280 px frame, 20 a 1920 px one); past that the board
 * scrolls sideways.
 */
export const StageItem = memo(function StageItem({
  stage,
  compact,
}: {
  stage: Stage;
  compact: boolean;
}) {
  return (
    <li
      data-stage-id={stage.id}
      className={
        compact ? 'mb-1 break-inside-avoid' : 'flex max-w-52 min-w-[4.75rem] flex-1 basis-0'
      }
    >
      <StageCard stage={stage} compact={compact} />
    </li>
  );
});
