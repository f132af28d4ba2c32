import { KeyboardCode, type DndContextProps, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useLayoutEffect, useMemo, useState } from 'react';
import type { Group, Stage } from '../../domain/stage';
import type { StageCommands } from '../../stages/use-stage-commands';
import { useT } from '../../i18n/i18n-context';
import { screenReaderInstructions, stageMessages } from './announcements';
import { BoardDragController } from './drag-controller';
import { createAnnouncer } from './live-region';
import type { DropRefusal } from './resolve-drop';
import { useDragSensors } from './sensors';

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
 * The stage board's drag: one dnd-kit draggable for the whole board (DragSurface), dnd-kit's
 * sensors (pointer, touch, keyboard), auto-scroll and overlay, and BoardDragController for
 * everything per stage. Arrow keys step along the board's own order (the groups left to right,
 * each in SORT order), across group edges on purpose so the refusal and its reason are heard.
 */
export function useBoardDrag(
  groups: Readonly<Record<Group, readonly Stage[]>>,
  commands: StageCommands,
  compact: boolean,
) {
  const t = useT();
  const [active, setActive] = useState<Stage | null>(null);
  const [overGroup, setOverGroup] = useState<Group | null>(null);
  const [refusal, setRefusal] = useState<DropRefusal | null>(null);
  const [announcer] = useState(createAnnouncer);
  const [controller] = useState(
    () =>
      new BoardDragController(announcer, {
        setActive,
        setOverGroup,
        setRefusal,
      }),
  );
  const messages = useMemo(() => stageMessages(t, groups), [t, groups]);
  useLayoutEffect(() => controller.update({ groups, messages, compact, commands }));
  useLayoutEffect(() => controller.afterRender(), [controller, groups]);

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

  const context: DndContextProps = {
    sensors,
    collisionDetection: noCollisions,
    accessibility: { announcements: SILENT, screenReaderInstructions: screenReaderInstructions(t) },
    onDragStart: ({ activatorEvent }) => activatorEvent && controller.start(activatorEvent),
    onDragMove: ({ delta }) => controller.pointerMoved(delta),
    onDragEnd: () => controller.drop(),
    onDragCancel: () => controller.cancel(),
  };
  return { context, controller, announcer, active, overGroup, refusal };
}
