import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useCallback, useMemo } from 'react';
import { compareStages } from '../domain/order';
import type { Directory, Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { useStageCommands } from '../stages/use-stage-commands';
import { DraftCard } from './add/draft-card';
import { useAddDraft } from './add/use-add-draft';
import { BoardToolsProvider, type BoardTools } from './board-context';
import { entryAnnouncements, screenReaderInstructions } from './dnd/announcements';
import { useDragSensors } from './dnd/sensors';
import { ReferenceEntry } from './reference-entry';

const noCount = () => undefined;

/**
 * A reference book without semantics (SOURCE, DEAL_TYPE, ...): one sortable list of entries in
 * SORT order, no groups and no colours. Reorder (handle `Move entry …`: mouse, touch, or Space +
 * arrows), rename, add and delete, through the same commands as the stage board.
 */
export function ReferenceList({
  directory,
  entries,
  canEdit,
}: {
  directory: Directory;
  entries: readonly Stage[];
  canEdit: boolean;
}) {
  const t = useT();
  const commands = useStageCommands(directory);
  const adding = useAddDraft(commands);
  const ordered = useMemo(() => [...entries].sort(compareStages), [entries]);
  const sensors = useDragSensors(sortableKeyboardCoordinates);
  const announcements = useMemo(() => entryAnnouncements(t, ordered), [ordered, t]);
  const drafting = adding.draft !== null;
  const startAdding = adding.start;
  const addAfter = useCallback(
    (entry: Stage) => startAdding('process', ordered.findIndex((s) => s.id === entry.id) + 1),
    [ordered, startAdding],
  );
  const tools = useMemo<BoardTools>(
    // Its entries are sortables of their own, ready as soon as the list is.
    () => ({
      directory,
      canEdit,
      commands,
      startAdding,
      addAfter,
      drafting,
      countOf: noCount,
      dragReady: true,
    }),
    [directory, canEdit, commands, startAdding, addAfter, drafting],
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const entry = ordered.find((s) => s.id === active.id);
    const toIndex = ordered.findIndex((s) => s.id === over.id);
    if (entry && toIndex >= 0) commands.move(entry, toIndex);
  };

  const draftAt = (index: number) =>
    adding.draft?.index === index ? (
      <li key="draft">
        <DraftCard control={adding} label={t('entryName')} />
      </li>
    ) : null;

  return (
    <BoardToolsProvider value={tools}>
      <div className="flex max-w-xl flex-col gap-2">
        {canEdit && (
          <div>
            <button
              type="button"
              className="rounded-control px-2 py-0.5 text-xs text-primary-text hover:bg-black/5"
              disabled={drafting}
              onClick={() => startAdding('process', 0)}
            >
              + {t('addEntryAtStart')}
            </button>
          </div>
        )}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions(t) }}
          onDragEnd={onDragEnd}
        >
          <SortableContext items={ordered.map((s) => s.id)} strategy={verticalListSortingStrategy}>
            <ol aria-label={directory.name} className="flex flex-col gap-1">
              {ordered.map((entry, index) => [
                draftAt(index),
                <ReferenceEntry key={entry.id} entry={entry} index={index} />,
              ])}
              {adding.draft && adding.draft.index >= ordered.length && draftAt(adding.draft.index)}
            </ol>
          </SortableContext>
        </DndContext>
      </div>
    </BoardToolsProvider>
  );
}
