import { GROUPS, type Group } from '../../domain/stage';
import { boardLayout, type Box, type BoardLayout, type Offset } from './board-layout';

/** How far the board and the frame are scrolled: board coordinates minus viewport ones. */
export const scrollOf = (root: HTMLElement): Offset => ({
  x: root.scrollLeft + window.scrollX,
  y: root.scrollTop + window.scrollY,
});

function boxOf(element: Element, scroll: Offset): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left + scroll.x, y: r.top + scroll.y, width: r.width, height: r.height };
}

/**
 * One pass over the board at the start of a drag: every group's list (`ul[data-group]`) and
 * every stage's place in it (`li[data-stage-id]`), read once, with one layout.
 */
export function measureBoard(
  root: HTMLElement,
  scroll: Offset,
): { layout: BoardLayout; elements: Map<string, HTMLElement> } {
  const elements = new Map<string, HTMLElement>();
  const areas: Partial<Record<Group, Box>> = {};
  const cards = {} as Record<Group, { id: string; box: Box }[]>;
  for (const group of GROUPS) {
    const list = root.querySelector<HTMLElement>(`ul[data-group="${group}"]`);
    if (list) areas[group] = boxOf(list, scroll);
    cards[group] = [];
    for (const item of list?.querySelectorAll<HTMLElement>(':scope > li[data-stage-id]') ?? []) {
      const id = item.dataset['stageId'] ?? '';
      elements.set(id, item);
      cards[group].push({ id, box: boxOf(item, scroll) });
    }
  }
  return { layout: boardLayout(cards, areas), elements };
}
