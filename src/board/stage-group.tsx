import { useDroppable } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { memo, useId, useMemo, type ReactNode } from 'react';
import type { Group, Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { useBoardTools } from './board-context';
import { groupName } from './dnd/announcements';
import { groupDroppableId, type DragData } from './dnd/drag-data';
import { SortableStage } from './sortable-stage';

const ACCENT: Record<Group, string> = {
  process: 'border-t-primary',
  success: 'border-t-success',
  failure: 'border-t-alert',
};

/**
 * One semantic zone: a `list` named after the group, its stages as list items in SORT order.
 * Memoised with its cards: a drag re-renders the board on every change of target.
 */
export const StageGroup = memo(function StageGroup({
  group,
  stages,
  refusing,
  draft,
}: {
  group: Group;
  stages: readonly Stage[];
  /** True while a stage of another group hovers here: the drop will be refused. */
  refusing: boolean;
  /** A stage being added, with its 0-based position in this group. */
  draft: { index: number; node: ReactNode } | null;
}) {
  const t = useT();
  const { canEdit, drafting, startAdding } = useBoardTools();
  const headingId = useId();
  const data: DragData = { type: 'group', group };
  const { setNodeRef } = useDroppable({ id: groupDroppableId(group), data });
  const name = groupName(t, group);
  const items = useMemo(() => stages.map((s) => s.id), [stages]);
  const draftItem = (
    <li key="draft" className="shrink-0">
      {draft?.node}
    </li>
  );
  return (
    <section
      aria-labelledby={headingId}
      className={`flex shrink-0 flex-col rounded-card border-t-4 bg-surface-sunken p-2 ${ACCENT[group]} ${refusing ? 'outline-2 outline-dashed outline-alert' : ''}`}
    >
      <h2
        id={headingId}
        className="px-1 pb-2 text-xs font-semibold tracking-wide text-muted uppercase"
      >
        {name} <span className="font-normal">· {t('stageCount', { count: stages.length })}</span>
      </h2>
      {canEdit && group !== 'success' && (
        <div className="px-1 pb-2">
          <button
            type="button"
            className="rounded-control px-2 py-0.5 text-xs text-primary-text hover:bg-black/5"
            aria-label={t('addStageAtStart', { group: name })}
            disabled={drafting}
            onClick={() => startAdding(group, 0)}
          >
            + {t('addStageAtStart', { group: name })}
          </button>
        </div>
      )}
      <SortableContext id={group} items={items} strategy={horizontalListSortingStrategy}>
        <ul ref={setNodeRef} aria-label={name} className="flex min-h-40 min-w-52 gap-2">
          {stages.map((stage, index) => [
            draft?.index === index ? draftItem : null,
            <SortableStage key={stage.id} stage={stage} position={index + 1} />,
          ])}
          {draft && draft.index >= stages.length && draftItem}
        </ul>
      </SortableContext>
      {stages.length === 0 && <p className="px-1 text-xs text-muted">{t('emptyGroup')}</p>}
    </section>
  );
});
