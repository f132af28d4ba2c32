import type { Group } from '../../domain/stage';

/** What a draggable or droppable is, so collision handling and drops can tell them apart. */
export type DragData =
  | { readonly type: 'stage'; readonly group: Group }
  | { readonly type: 'group'; readonly group: Group };

export const groupDroppableId = (group: Group) => `group:${group}`;

export function dragDataOf(data: unknown): DragData | null {
  if (data === null || typeof data !== 'object') return null;
  const candidate = data as Partial<DragData>;
  if ((candidate.type === 'stage' || candidate.type === 'group') && candidate.group) {
    return candidate as DragData;
  }
  return null;
}
