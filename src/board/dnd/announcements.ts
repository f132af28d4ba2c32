import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { canDrop } from '../../domain/sort-planner';
import type { Group, Stage } from '../../domain/stage';
import type { MessageKey, Translate } from '../../i18n/messages';
import { dragDataOf } from './drag-data';
import type { DropRefusal } from './resolve-drop';

const GROUP_NAMES: Record<Group, MessageKey> = {
  process: 'groupProcess',
  success: 'groupSuccess',
  failure: 'groupFailure',
};

export const groupName = (t: Translate, group: Group) => t(GROUP_NAMES[group]);

/** What the admin reads and hears when a drop is refused, per reason. */
export const REFUSAL_MESSAGES: Record<
  DropRefusal,
  { readonly over: MessageKey; readonly dropped: MessageKey; readonly screen: MessageKey }
> = {
  'semantics-immutable': {
    over: 'dragOverOtherGroup',
    dropped: 'dragRefused',
    screen: 'refusedSemantics',
  },
  'success-single': {
    over: 'dragOverSuccess',
    dropped: 'dragRefusedSuccess',
    screen: 'refusedSuccessSingle',
  },
};

interface Where {
  readonly group: Group;
  readonly position: number;
  readonly count: number;
}

/**
 * Screen-reader announcements in the admin's language, with stage names and 1-based positions
 * (dnd-kit's defaults speak of ids). A hover over another group says why the drop will be
 * refused, with the same reason the board then shows.
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
  const refusal = (stage: Stage, at: Where, moment: 'over' | 'dropped') => {
    const verdict = canDrop(stage, at.group);
    if (verdict.ok) return null;
    return t(REFUSAL_MESSAGES[verdict.reason][moment], {
      name: stage.name,
      group: groupName(t, stage.group),
      target: groupName(t, at.group),
    });
  };

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
      return refusal(stage, at, 'over') ?? describe('dragMoved', stage, at);
    },
    onDragEnd({ active, over }) {
      const stage = stageById(active.id);
      const at = over ? where(over.id, over.data.current) : null;
      if (!stage) return undefined;
      if (!at) {
        const from = where(active.id, active.data.current);
        return from ? describe('dragCancelled', stage, from) : undefined;
      }
      return refusal(stage, at, 'dropped') ?? describe('dragDropped', stage, at);
    },
    onDragCancel({ active }) {
      const stage = stageById(active.id);
      const at = where(active.id, active.data.current);
      return stage && at ? describe('dragCancelled', stage, at) : undefined;
    },
  };
}

/** The same for a reference book: one list, its entries named and counted from 1. */
export function entryAnnouncements(t: Translate, entries: readonly Stage[]): Announcements {
  const where = (id: unknown) => ({
    name: entries.find((s) => s.id === id)?.name ?? '',
    position: entries.findIndex((s) => s.id === id) + 1,
    count: entries.length,
  });
  return {
    onDragStart: ({ active }) => t('entryPickedUp', where(active.id)),
    // dnd-kit reports the entry over itself right at pick-up; that would drown "Picked up".
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? t('entryOver', { ...where(over.id), name: where(active.id).name })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('entryDropped', { ...where(over.id), name: where(active.id).name })
        : t('entryCancelled', where(active.id)),
    onDragCancel: ({ active }) => t('entryCancelled', where(active.id)),
  };
}

export const screenReaderInstructions = (t: Translate): ScreenReaderInstructions => ({
  draggable: t('dragInstructions'),
});
