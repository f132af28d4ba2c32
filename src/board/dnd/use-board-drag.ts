import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { Group, Stage } from '../../domain/stage';
import type { StageCommands } from '../../stages/use-stage-commands';
import { useT } from '../../i18n/i18n-context';
import { stageMessages } from './announcements';
import { BoardDragController } from './drag-controller';
import { createAnnouncer } from './live-region';
import type { DropRefusal } from './resolve-drop';

/**
 * The stage board's drag state: BoardDragController for everything per stage, and what React
 * shows of a drag (the dragged stage for the overlay, the group that would refuse the drop, the
 * refusal after a drop). dnd-kit itself (sensors, auto-scroll, overlay) lives in BoardDnd,
 * loaded after the first board; `ready` turns true when it has mounted.
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
  const [ready, setReady] = useState(false);
  const [announcer] = useState(createAnnouncer);
  const [controller] = useState(
    () => new BoardDragController(announcer, { setActive, setOverGroup, setRefusal }),
  );
  const messages = useMemo(() => stageMessages(t, groups), [t, groups]);
  useLayoutEffect(() => controller.update({ groups, messages, compact, commands }));
  useLayoutEffect(() => controller.afterRender(), [controller, groups]);
  const dismissRefusal = useCallback(() => setRefusal(null), []);
  return { controller, announcer, active, overGroup, refusal, dismissRefusal, ready, setReady };
}
