import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { GripIcon, PencilIcon, PlusIcon, smallAction } from './action-icons';
import { useBoardTools } from './board-context';
import { DeleteButton } from './delete/delete-button';
import { returnFocus } from './focus-return';
import { renameButtonOf } from './reveal-stage';
import { StageNameEditor } from './stage-name-editor';

/** One entry of a reference book: handle, name (renamed inline), add after, delete. */
export function ReferenceEntry({ entry, index }: { entry: Stage; index: number }) {
  const t = useT();
  const { canEdit, commands, drafting, startAdding } = useBoardTools();
  const [renaming, setRenaming] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: entry.id, disabled: !canEdit });
  // As on a stage card: the editor replaces the Rename button (docs/focus.md §4).
  const closeEditor = () => {
    returnFocus(() => renameButtonOf(entry.id));
    setRenaming(false);
  };
  return (
    <li
      ref={setNodeRef}
      data-entry-id={entry.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className="flex items-center gap-1 rounded-control border border-line bg-surface px-2 py-1"
    >
      {canEdit && (
        <button
          ref={setActivatorNodeRef}
          type="button"
          data-drag-handle=""
          aria-label={t('moveEntry', { name: entry.name })}
          className={`${smallAction} cursor-grab touch-none`}
          {...attributes}
          {...listeners}
        >
          <GripIcon />
        </button>
      )}
      <div className="min-w-0 flex-1">
        {renaming ? (
          <StageNameEditor
            initial={entry.name}
            label={t('entryName')}
            onCancel={closeEditor}
            onSave={(name) => {
              closeEditor();
              commands.rename(entry, name);
            }}
          />
        ) : (
          <span className="break-words">{entry.name}</span>
        )}
      </div>
      {canEdit && !renaming && (
        <>
          <button
            type="button"
            data-rename=""
            className={smallAction}
            aria-label={t('renameEntry', { name: entry.name })}
            title={t('renameEntry', { name: entry.name })}
            onClick={() => setRenaming(true)}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className={smallAction}
            aria-label={t('addEntryAfter', { name: entry.name })}
            title={t('addEntryAfter', { name: entry.name })}
            disabled={drafting}
            onClick={() => startAdding('process', index + 1)}
          >
            <PlusIcon />
          </button>
          <DeleteButton label={t('deleteEntry', { name: entry.name })} stage={entry} count={null} />
        </>
      )}
    </li>
  );
}
