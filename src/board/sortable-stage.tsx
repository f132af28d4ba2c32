import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import type { Stage } from '../domain/stage';
import type { DragData } from './dnd/drag-data';
import { StageCard, type StageActions } from './stage-card';

/** Wires useSortable to the presentational card: the handle is the only activator. */
export function SortableStage({
  stage,
  position,
  canEdit,
  actions,
  count,
  extra,
}: {
  stage: Stage;
  position: number;
  canEdit: boolean;
  actions: StageActions;
  count?: number | undefined;
  extra?: ReactNode;
}) {
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
  return (
    <li
      ref={setNodeRef}
      className="shrink-0"
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <StageCard
        stage={stage}
        position={position}
        canEdit={canEdit}
        actions={actions}
        handle={{ ...attributes, ...listeners }}
        handleRef={setActivatorNodeRef}
        dragging={isDragging}
        count={count}
        extra={extra}
      />
    </li>
  );
}
