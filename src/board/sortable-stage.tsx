import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo } from 'react';
import type { Stage } from '../domain/stage';
import { useBoardTools } from './board-context';
import type { DragData } from './dnd/drag-data';
import { StageCard } from './stage-card';

/** Wires useSortable to the presentational card: the handle is the only activator. */
export function SortableStage({ stage, position }: { stage: Stage; position: number }) {
  const { canEdit } = useBoardTools();
  const data: DragData = { type: 'stage', group: stage.group };
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: stage.id, data, disabled: !canEdit });
  const handle = useMemo(() => ({ ...attributes, ...listeners }), [attributes, listeners]);
  return (
    <li
      ref={setNodeRef}
      className="shrink-0"
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <StageCard
        stage={stage}
        position={position}
        handle={handle}
        handleRef={setActivatorNodeRef}
        dragging={isDragging}
      />
    </li>
  );
}
