import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, type ReactNode } from 'react';
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
  extraOf,
}: {
  stage: Stage;
  position: number;
  canEdit: boolean;
  actions: StageActions;
  count?: number | undefined;
  extraOf?: ((stage: Stage) => ReactNode) | undefined;
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
        canEdit={canEdit}
        actions={actions}
        handle={handle}
        handleRef={setActivatorNodeRef}
        dragging={isDragging}
        count={count}
        extraOf={extraOf}
      />
    </li>
  );
}
