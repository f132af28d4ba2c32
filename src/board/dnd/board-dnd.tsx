import {
  DndContext,
  DragOverlay,
  KeyboardCode,
  useDraggable,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useLayoutEffect, useMemo } from 'react';
import type { Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import { StageCard } from '../stage-card';
import { screenReaderInstructions } from './announcements';
import type { BoardDragController } from './drag-controller';
import { BOARD_DND_ID } from './drag-surface';
import { useDragSensors } from './sensors';

/** The one dnd-kit draggable of the stage board (see BoardDragController). */
const BOARD_DRAGGABLE = 'board-stage';

const PREVIOUS: readonly string[] = [KeyboardCode.Left, KeyboardCode.Up];
const NEXT: readonly string[] = [KeyboardCode.Right, KeyboardCode.Down];

/** dnd-kit's own announcements stay silent: the board speaks through its own live region. */
const SILENT = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/** Nothing for dnd-kit to collide with: the controller finds the target from its own layout. */
const noCollisions = () => [];

/**
 * The board's single dnd-kit draggable, rendered inside DndContext but holding no cards: every
 * drag event re-renders DndContext's subtree (and React walks it for context consumers), so the
 * cards live outside it, in DragSurface, and this hands the draggable to the controller.
 */
function BoardDraggable({ controller }: { controller: BoardDragController }) {
  const draggable = useDraggable({ id: BOARD_DRAGGABLE });
  useLayoutEffect(() => controller.bind(draggable));
  return null;
}

/**
 * dnd-kit for the stage board: sensors (pointer, touch, keyboard), auto-scroll, the overlay and
 * the hidden instructions the handles point at. A board is read before anything is dragged, so
 * this (dnd-kit is about 13 KB gzipped) loads after the first board is painted, like the colour
 * picker. Arrow keys step along the board's own order (the groups left to right, each in SORT
 * order), across group edges on purpose, so the refusal and its reason are heard.
 */
export default function BoardDnd({
  controller,
  active,
  compact,
  onReady,
}: {
  controller: BoardDragController;
  active: Stage | null;
  compact: boolean;
  onReady: () => void;
}) {
  const t = useT();
  const keyboard = useMemo<KeyboardCoordinateGetter>(
    () => (event) => {
      const step = PREVIOUS.includes(event.code) ? -1 : NEXT.includes(event.code) ? 1 : 0;
      if (step === 0) return undefined;
      event.preventDefault();
      return controller.keyboardStep(step);
    },
    [controller],
  );
  const sensors = useDragSensors(keyboard);
  useLayoutEffect(onReady, [onReady]);
  return (
    <DndContext
      id={BOARD_DND_ID}
      sensors={sensors}
      collisionDetection={noCollisions}
      accessibility={{
        announcements: SILENT,
        screenReaderInstructions: screenReaderInstructions(t),
      }}
      onDragStart={({ activatorEvent }) =>
        activatorEvent &&
        controller.start(
          activatorEvent instanceof KeyboardEvent ? null : getEventCoordinates(activatorEvent),
        )
      }
      onDragMove={({ delta }) => controller.pointerMoved(delta)}
      onDragEnd={() => controller.drop()}
      onDragCancel={() => controller.cancel()}
    >
      <BoardDraggable controller={controller} />
      <DragOverlay dropAnimation={null}>
        {active ? <StageCard stage={active} compact={compact} overlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}
