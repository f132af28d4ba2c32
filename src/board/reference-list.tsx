import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState } from 'react';
import { compareStages } from '../domain/order';
import { planMove } from '../domain/sort-planner';
import type { Directory, Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { newWriteId, type StageWrite } from '../stages/stage-write';
import { useStageWrites } from '../stages/use-stage-writes';
import { PencilIcon, PlusIcon, smallAction } from './action-icons';
import { DeleteButton } from './delete-button';
import { DraftCard } from './draft-card';
import { StageNameEditor } from './stage-name-editor';
import { useAddDraft, type AddDraftControl } from './use-add-draft';

/**
 * A reference book without semantics (SOURCE, DEAL_TYPE, ...): one sortable list in SORT order,
 * no groups and no colours. Reorder (handle `Move item …`: mouse, touch, or Space + arrows),
 * rename, add and delete, through the same planner and writes as the stage board.
 */
export function ReferenceList({
  directory,
  items,
  canEdit,
}: {
  directory: Directory;
  items: readonly Stage[];
  canEdit: boolean;
}) {
  const t = useT();
  const writes = useStageWrites();
  const adding = useAddDraft(directory, items);
  const ordered = useMemo(() => [...items].sort(compareStages), [items]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // Names and 1-based positions, in the admin's language (dnd-kit's defaults speak of ids).
  const announcements = useMemo((): Announcements => {
    const where = (id: unknown) => ({
      name: ordered.find((s) => s.id === id)?.name ?? '',
      position: ordered.findIndex((s) => s.id === id) + 1,
      count: ordered.length,
    });
    return {
      onDragStart: ({ active }) => t('itemPickedUp', where(active.id)),
      // dnd-kit reports the item over itself right at pick-up; that would drown "Picked up".
      onDragOver: ({ active, over }) =>
        over && over.id !== active.id
          ? t('itemOver', { ...where(over.id), name: where(active.id).name })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t('itemDropped', { ...where(over.id), name: where(active.id).name })
          : t('itemCancelled', where(active.id)),
      onDragCancel: ({ active }) => t('itemCancelled', where(active.id)),
    };
  }, [ordered, t]);

  const send = (label: StageWrite['label'], updates: StageWrite['updates']) => {
    if (updates.length === 0) return;
    writes.mutate({ id: newWriteId(), entityId: directory.entityId, label, updates });
  };
  const rename = (item: Stage, name: string) =>
    send({ kind: 'rename', name: item.name, value: name }, [
      { id: item.id, fields: { NAME: name } },
    ]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const item = ordered.find((s) => s.id === active.id);
    const toIndex = ordered.findIndex((s) => s.id === over.id);
    if (!item || toIndex < 0) return;
    const plan = planMove(items, item.id, toIndex);
    send(
      { kind: 'move', name: item.name },
      plan.writes.map((w) => ({ id: w.id, fields: { SORT: w.sort } })),
    );
  };

  const draftAt = (index: number) =>
    adding.draft?.index === index ? (
      <li key="draft">
        <DraftCard control={adding} label={t('itemName')} wide />
      </li>
    ) : null;

  return (
    <div className="flex max-w-xl flex-col gap-2">
      {canEdit && (
        <div>
          <button
            type="button"
            className="rounded-control px-2 py-0.5 text-xs text-primary-text hover:bg-black/5"
            disabled={adding.draft !== null}
            onClick={() => adding.start('process', 0)}
          >
            + {t('addItemAtStart')}
          </button>
        </div>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('dragInstructions') },
        }}
        onDragEnd={onDragEnd}
      >
        <SortableContext items={ordered.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol aria-label={directory.name} className="flex flex-col gap-1">
            {ordered.map((item, index) => [
              draftAt(index),
              <ReferenceRow
                key={item.id}
                item={item}
                index={index}
                canEdit={canEdit}
                directory={directory}
                items={items}
                adding={adding}
                onRename={rename}
              />,
            ])}
            {adding.draft && adding.draft.index >= ordered.length && draftAt(adding.draft.index)}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function ReferenceRow({
  item,
  index,
  canEdit,
  directory,
  items,
  adding,
  onRename,
}: {
  item: Stage;
  index: number;
  canEdit: boolean;
  directory: Directory;
  items: readonly Stage[];
  adding: AddDraftControl;
  onRename: (item: Stage, name: string) => void;
}) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: item.id, disabled: !canEdit });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className="flex items-center gap-1 rounded-control border border-line bg-surface px-2 py-1"
    >
      {canEdit && (
        <button
          ref={setActivatorNodeRef}
          type="button"
          aria-label={t('moveItem', { name: item.name })}
          className={`${smallAction} cursor-grab touch-none`}
          {...attributes}
          {...listeners}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
            <circle cx="5" cy="4" r="1.3" />
            <circle cx="11" cy="4" r="1.3" />
            <circle cx="5" cy="8" r="1.3" />
            <circle cx="11" cy="8" r="1.3" />
            <circle cx="5" cy="12" r="1.3" />
            <circle cx="11" cy="12" r="1.3" />
          </svg>
        </button>
      )}
      <div className="min-w-0 flex-1">
        {renaming ? (
          <StageNameEditor
            initial={item.name}
            label={t('itemName')}
            onCancel={() => setRenaming(false)}
            onSave={(name) => {
              setRenaming(false);
              onRename(item, name);
            }}
          />
        ) : (
          <span className="break-words">{item.name}</span>
        )}
      </div>
      {canEdit && !renaming && (
        <>
          <button
            type="button"
            className={smallAction}
            aria-label={t('renameItem', { name: item.name })}
            title={t('renameItem', { name: item.name })}
            onClick={() => setRenaming(true)}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className={smallAction}
            aria-label={t('addItemAfter', { name: item.name })}
            title={t('addItemAfter', { name: item.name })}
            disabled={adding.draft !== null}
            onClick={() => adding.start('process', index + 1)}
          >
            <PlusIcon />
          </button>
          <DeleteButton
            label={t('deleteItem', { name: item.name })}
            directory={directory}
            stage={item}
            stages={items}
            count={null}
          />
        </>
      )}
    </li>
  );
}
