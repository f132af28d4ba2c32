import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { canDrop } from '../../domain/sort-planner';
import type { Group, Stage } from '../../domain/stage';
import type { MessageKey, Translate } from '../../i18n/messages';
import type { DragTarget } from './board-layout';
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

/** What the admin hears during a drag on the stage board, in the admin's language. */
export interface StageMessages {
  pickedUp(stage: Stage): string;
  /** Hovering a place: where the stage would land, or why it cannot land there. */
  over(stage: Stage, target: DragTarget): string;
  dropped(stage: Stage, target: DragTarget): string;
  cancelled(stage: Stage): string;
}

/**
 * Announcements with stage names and 1-based positions (dnd-kit's defaults speak of ids). A hover
 * over another group says why the drop will be refused, with the same reason the board then shows.
 */
export function stageMessages(
  t: Translate,
  groups: Readonly<Record<Group, readonly Stage[]>>,
): StageMessages {
  const whereIs = (stage: Stage): Where => {
    const list = groups[stage.group];
    return {
      group: stage.group,
      position: list.findIndex((s) => s.id === stage.id) + 1,
      count: list.length,
    };
  };
  const where = (target: DragTarget): Where => {
    const group = target.kind === 'stage' ? target.slot.group : target.group;
    const count = groups[group].length;
    return { group, position: target.kind === 'stage' ? target.slot.index + 1 : count, count };
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
  return {
    pickedUp: (stage) => describe('dragPickedUp', stage, whereIs(stage)),
    over: (stage, target) =>
      refusal(stage, where(target), 'over') ?? describe('dragMoved', stage, where(target)),
    dropped: (stage, target) =>
      refusal(stage, where(target), 'dropped') ?? describe('dragDropped', stage, where(target)),
    cancelled: (stage) => describe('dragCancelled', stage, whereIs(stage)),
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
