import { GROUPS, type Group } from '../../domain/stage';

/** A box in the board's own coordinates: the viewport's plus the scroll offsets, so scrolling the
 * board or the page during a drag never makes a measured position stale. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where one stage sat when the drag began: its place in its group and its card's box. */
export interface Slot extends Box {
  readonly id: string;
  readonly group: Group;
  readonly index: number;
}

/**
 * The board as measured once, at the start of a drag. Every later question (what is under the
 * card, where does a key press lead, how far must a neighbour slide) is answered from these
 * numbers, never from the DOM, so a drag across 120 stages does no layout work per move.
 */
export interface BoardLayout {
  /** Every stage in the board's order: the groups in GROUPS order, each in SORT order. */
  readonly slots: readonly Slot[];
  readonly byGroup: Readonly<Record<Group, readonly Slot[]>>;
  /** The drop area of each group (its list), which alone can take a drop while it is empty. */
  readonly areas: Readonly<Partial<Record<Group, Box>>>;
}

/** What the dragged stage is over: another stage's place, or an empty group. */
export type DragTarget =
  | { readonly kind: 'stage'; readonly slot: Slot }
  | { readonly kind: 'group'; readonly group: Group };

export interface Offset {
  readonly x: number;
  readonly y: number;
}

export function boardLayout(
  groups: Readonly<Record<Group, readonly { readonly id: string; readonly box: Box }[]>>,
  areas: Readonly<Partial<Record<Group, Box>>>,
): BoardLayout {
  const byGroup = Object.fromEntries(
    GROUPS.map((group) => [
      group,
      groups[group].map(({ id, box }, index) => ({ ...box, id, group, index })),
    ]),
  ) as Record<Group, Slot[]>;
  return { slots: GROUPS.flatMap((g) => byGroup[g]), byGroup, areas };
}

const inside = (box: Box, p: Offset) =>
  p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;

const centre = (box: Box): Offset => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * The target under a point (the centre of the dragged card): an empty group when the point is
 * inside its area, otherwise the stage whose card centre is nearest, as dnd-kit's closestCenter
 * would choose. Works the same for the kanban row and the compact view's columns.
 */
export function targetAt(layout: BoardLayout, point: Offset): DragTarget | null {
  for (const group of GROUPS) {
    const area = layout.areas[group];
    if (area && layout.byGroup[group].length === 0 && inside(area, point)) {
      return { kind: 'group', group };
    }
  }
  let best: Slot | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const slot of layout.slots) {
    const c = centre(slot);
    const distance = (c.x - point.x) ** 2 + (c.y - point.y) ** 2;
    if (distance < bestDistance) {
      best = slot;
      bestDistance = distance;
    }
  }
  return best ? { kind: 'stage', slot: best } : null;
}

/**
 * One arrow key press: the next stage in the board's order (past a group's edge into the next
 * group's first stage on purpose, where the drop is then refused with its reason).
 */
export function stepFrom(layout: BoardLayout, fromId: string, step: -1 | 1): Slot | undefined {
  const at = layout.slots.findIndex((s) => s.id === fromId);
  return at < 0 ? undefined : layout.slots[at + step];
}

export const sameTarget = (a: DragTarget | null, b: DragTarget | null) =>
  a === b ||
  (a?.kind === 'stage' && b?.kind === 'stage' && a.slot.id === b.slot.id) ||
  (a?.kind === 'group' && b?.kind === 'group' && a.group === b.group);

/**
 * How far each card slides while `activeId` is held over `target`: the stages between its old
 * and new place each take their neighbour's place, and the dragged card's own (faded) copy takes
 * the target's place, so the group shows the order the drop would give. Over another group
 * nothing slides: that drop will be refused.
 */
export function displacements(
  layout: BoardLayout,
  activeId: string,
  target: DragTarget | null,
): Map<string, Offset> {
  const moves = new Map<string, Offset>();
  const active = layout.slots.find((s) => s.id === activeId);
  if (!active || target?.kind !== 'stage' || target.slot.group !== active.group) return moves;
  const list = layout.byGroup[active.group];
  const from = active.index;
  const to = target.slot.index;
  const slide = (slot: Slot, into: Slot) => {
    if (slot !== into) moves.set(slot.id, { x: into.x - slot.x, y: into.y - slot.y });
  };
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  for (let i = lo; i <= hi; i++) {
    const slot = list[i];
    const into = list[i === from ? to : from < to ? i - 1 : i + 1];
    if (slot && into) slide(slot, into);
  }
  return moves;
}
