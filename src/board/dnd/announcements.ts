import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Group, Stage } from '../../domain/stage';
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from '../../i18n/messages';
import { dragDataOf } from './drag-data';

const GROUP_NAMES: Record<Group, MessageKey> = {
  process: 'groupProcess',
  success: 'groupSuccess',
  failure: 'groupFailure',
};

export const groupName = (t: Translate, group: Group) => t(GROUP_NAMES[group]);

interface Where {
  readonly group: Group;
  readonly position: number;
  readonly count: number;
}

/**
 * Screen-reader announcements in the admin's language, with stage names and 1-based positions
 * (dnd-kit's defaults speak of ids). A hover over another group says why the drop will be refused.
 */
export function stageAnnouncements(
  t: Translate,
  groups: Readonly<Record<Group, readonly Stage[]>>,
): Announcements {
  const stageById = (id: unknown) =>
    Object.values(groups)
      .flat()
      .find((s) => s.id === id);
  const where = (id: unknown, data: unknown): Where | null => {
    const drag = dragDataOf(data);
    if (!drag) return null;
    const list = groups[drag.group];
    if (drag.type === 'group')
      return { group: drag.group, position: list.length, count: list.length };
    const index = list.findIndex((s) => s.id === id);
    return { group: drag.group, position: index + 1, count: list.length };
  };
  const describe = (key: MessageKey, stage: Stage, at: Where) =>
    t(key, {
      name: stage.name,
      position: at.position,
      count: at.count,
      group: groupName(t, at.group),
    });

  // dnd-kit reports the stage over itself right after the pick-up; announcing that would cut
  // the pick-up message short, so "over" is spoken only once the stage has left its place.
  let hasMoved = false;

  return {
    onDragStart({ active }) {
      hasMoved = false;
      const stage = stageById(active.id);
      const at = where(active.id, active.data.current);
      return stage && at ? describe('dragPickedUp', stage, at) : undefined;
    },
    onDragOver({ active, over }) {
      const stage = stageById(active.id);
      const at = over ? where(over.id, over.data.current) : null;
      if (!stage || !at) return undefined;
      if (!hasMoved && over?.id === active.id) return undefined;
      hasMoved = true;
      if (at.group !== stage.group) {
        return t('dragOverOtherGroup', {
          name: stage.name,
          group: groupName(t, stage.group),
          target: groupName(t, at.group),
        });
      }
      return describe('dragMoved', stage, at);
    },
    onDragEnd({ active, over }) {
      const stage = stageById(active.id);
      const at = over ? where(over.id, over.data.current) : null;
      if (!stage) return undefined;
      if (!at) {
        const from = where(active.id, active.data.current);
        return from ? describe('dragCancelled', stage, from) : undefined;
      }
      if (at.group !== stage.group) {
        return t('dragRefused', {
          name: stage.name,
          group: groupName(t, stage.group),
          target: groupName(t, at.group),
        });
      }
      return describe('dragDropped', stage, at);
    },
    onDragCancel({ active }) {
      const stage = stageById(active.id);
      const at = where(active.id, active.data.current);
      return stage && at ? describe('dragCancelled', stage, at) : undefined;
    },
  };
}

export const screenReaderInstructions = (t: Translate): ScreenReaderInstructions => ({
  draggable: t('dragInstructions'),
});
