import { KeyboardCode, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { hasSortableData } from '@dnd-kit/sortable';
import { GROUPS } from '../../domain/stage';

const PREVIOUS: readonly string[] = [KeyboardCode.Left, KeyboardCode.Up];
const NEXT: readonly string[] = [KeyboardCode.Right, KeyboardCode.Down];

/**
 * Arrow keys step one stage along the board's own order (the groups left to right, each in its
 * SORT order) instead of dnd-kit's geometric search: that search also weighs the groups' own drop
 * areas, whose corners coincide with their last stage, so a key press in a short group could land
 * on the group area or jump into the neighbouring group. Stepping past a group's edge reaches the
 * next group's first stage on purpose: the drop is then refused, with the reason, as for a pointer.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context: { active, over, droppableRects, droppableContainers } },
) => {
  const step = PREVIOUS.includes(event.code) ? -1 : NEXT.includes(event.code) ? 1 : 0;
  if (step === 0 || !active) return undefined;
  event.preventDefault();
  const itemsByGroup = new Map<UniqueIdentifier, readonly UniqueIdentifier[]>();
  for (const container of droppableContainers.getEnabled()) {
    if (hasSortableData(container)) {
      const { containerId, items } = container.data.current.sortable;
      itemsByGroup.set(containerId, items);
    }
  }
  const order = GROUPS.flatMap((group) => itemsByGroup.get(group) ?? []);
  const from = order.indexOf(over?.id ?? active.id);
  const target = from < 0 ? undefined : order[from + step];
  const rect = target === undefined ? undefined : droppableRects.get(target);
  return rect ? { x: rect.left, y: rect.top } : undefined;
};
