import { closestCenter, type CollisionDetection } from '@dnd-kit/core';
import { dragDataOf } from './drag-data';

/**
 * Stages collide with stages. A group's own droppable counts only while the group is empty, so
 * the wide group area never steals a drop meant for the stage beside the pointer, yet a drag
 * over an empty group is still seen (and refused with its reason).
 */
export const stageCollision: CollisionDetection = (args) => {
  const groupsWithStages = new Set(
    args.droppableContainers
      .map((c) => dragDataOf(c.data.current))
      .filter((d) => d?.type === 'stage')
      .map((d) => d?.group),
  );
  const candidates = args.droppableContainers.filter((c) => {
    const data = dragDataOf(c.data.current);
    return data?.type === 'stage' || (data?.type === 'group' && !groupsWithStages.has(data.group));
  });
  return closestCenter({ ...args, droppableContainers: candidates });
};
