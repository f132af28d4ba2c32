import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { BoardDragController } from './drag-controller';

/**
 * DndContext's id, which dnd-kit also gives its hidden drag instructions: every handle points
 * at them with aria-describedby, as useDraggable's attributes would.
 */
export const BOARD_DND_ID = 'stage-board-instructions';

/**
 * The board's scroll area, outside DndContext. Pointer, touch and key events from a stage's handle
 * go to the board's single draggable, pointed at that stage's card first: one draggable instead
 * of 120 useSortable hooks, each of which re-rendered on every drag event.
 */
export function DragSurface({
  controller,
  crowdedBelow,
  ready,
  compact,
  className,
  children,
}: {
  controller: BoardDragController;
  /** dnd-kit has loaded (see BoardDnd): marked for tests and the bench as `data-drag-ready`. */
  ready: boolean;
  /**
   * The narrowest width at which every card still fits at its smallest: below it the board has
   * to scroll anyway, so the cards (via `data-crowded`, see index.css) take a readable width.
   */
  crowdedBelow: number;
  /** The compact view (`data-compact`): its cards are always rendered, see index.css. */
  compact: boolean;
  className: string;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement | null>(null);
  const attach = useCallback(
    (element: HTMLDivElement | null) => {
      root.current = element;
      controller.attach(element);
    },
    [controller],
  );
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    // Set on the element, not in state: a resize of the frame must not re-render 120 cards.
    const observer = new ResizeObserver(() => {
      element.toggleAttribute('data-crowded', element.clientWidth < crowdedBelow);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [crowdedBelow]);
  return (
    // The handles inside are the interactive elements; the surface only passes their events on.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={attach}
      data-testid="board-scroller"
      data-drag-ready={ready || undefined}
      data-compact={compact || undefined}
      className={className}
      onPointerDown={(event) => controller.forward('onPointerDown', event)}
      onTouchStart={(event) => controller.forward('onTouchStart', event)}
      onKeyDown={(event) => controller.forward('onKeyDown', event)}
    >
      {children}
    </div>
  );
}
