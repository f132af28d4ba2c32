import { canDrop, type DropVerdict } from '../../domain/sort-planner';
import type { Group, Stage } from '../../domain/stage';
import { dragDataOf } from './drag-data';

export type DropRefusal = Extract<DropVerdict, { ok: false }>['reason'];

export type DropOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'move'; readonly stage: Stage; readonly toIndex: number }
  | {
      readonly kind: 'refused';
      readonly stage: Stage;
      readonly target: Group;
      readonly reason: DropRefusal;
    };

/** Where a drag ended: a stage (its sortable id) or a group's own drop area, with its data. */
export interface DropTarget {
  readonly id: string;
  readonly data: unknown;
}

const NONE: DropOutcome = { kind: 'none' };

/**
 * What a drop means, decided without a DOM: a move to a 0-based index within the stage's own
 * group, a refusal with the domain's reason (SEMANTICS is immutable; Success holds one stage),
 * or nothing (dropped where it was, or outside every target).
 */
export function resolveDrop(
  groups: Readonly<Record<Group, readonly Stage[]>>,
  activeId: string,
  over: DropTarget | null,
): DropOutcome {
  const target = dragDataOf(over?.data);
  const stage = groups.process
    .concat(groups.success, groups.failure)
    .find((s) => s.id === activeId);
  if (!stage || !over || !target) return NONE;
  const verdict = canDrop(stage, target.group);
  if (!verdict.ok) return { kind: 'refused', stage, target: target.group, reason: verdict.reason };
  const list = groups[stage.group];
  const toIndex =
    target.type === 'group' ? list.length - 1 : list.findIndex((s) => s.id === over.id);
  if (toIndex < 0 || list[toIndex]?.id === stage.id) return NONE;
  return { kind: 'move', stage, toIndex };
}
