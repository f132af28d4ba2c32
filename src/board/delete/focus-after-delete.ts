import { groupStages } from '../../domain/order';
import type { Stage } from '../../domain/stage';

/**
 * The stages whose handle takes focus once `stage` is deleted, in order of preference: the next
 * stage of its group, else the previous one (docs/focus.md §4). Empty when it was the group's
 * only stage: then the group's add button takes focus.
 */
export function focusAfterDelete(stages: readonly Stage[], stage: Stage): string[] {
  const group = groupStages(stages)[stage.group];
  const at = group.findIndex((s) => s.id === stage.id);
  if (at < 0) return [];
  return [group[at + 1], group[at - 1]].flatMap((s) => (s ? [s.id] : []));
}
