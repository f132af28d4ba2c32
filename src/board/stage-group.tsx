import { memo, useId, type ReactNode } from 'react';
import type { Group, Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { PlusIcon, smallAction } from './action-icons';
import { useBoardTools } from './board-context';
import { groupName } from './dnd/announcements';
import { StageItem } from './stage-item';

const ACCENT: Record<Group, string> = {
  process: 'border-t-primary',
  success: 'border-t-success',
  failure: 'border-t-alert',
};

/**
 * One semantic zone: a region named by its heading, with a `list` named after the group and its
 * stages as list items in SORT order. In the kanban the groups share the width in proportion to
 * their stages; in the compact view each group is a dense list in as many columns as fit.
 * Memoised with its cards: during a drag the board re-renders only when the group under the
 * card changes.
 */
export const StageGroup = memo(function StageGroup({
  group,
  stages,
  refusing,
  draft,
  compact,
}: {
  group: Group;
  stages: readonly Stage[];
  /** True while a stage of another group hovers here: the drop will be refused. */
  refusing: boolean;
  /** A stage being added, with its 0-based position in this group. */
  draft: { index: number; node: ReactNode } | null;
  compact: boolean;
}) {
  const t = useT();
  const { canEdit, drafting, startAdding } = useBoardTools();
  const headingId = useId();
  const name = groupName(t, group);
  const draftItem = (
    // In the kanban row the stage being added takes a card's share, a little wider for typing,
    // instead of a fixed width that squeezed the cards beside it until their buttons wrapped.
    <li
      key="draft"
      className={compact ? 'mb-1 break-inside-avoid' : 'flex max-w-52 min-w-36 flex-1 basis-0'}
    >
      {draft?.node}
    </li>
  );
  return (
    <section
      aria-labelledby={headingId}
      // The share of the row follows the number of stages, so every card gets about the same width.
      style={compact ? undefined : { flexGrow: stages.length + (draft ? 1 : 0) }}
      className={`flex flex-col rounded-card border-t-4 bg-surface-sunken p-1 ${compact ? `min-w-0 ${group === 'process' ? 'col-span-2' : ''}` : 'basis-0'} ${ACCENT[group]} ${refusing ? 'outline-2 outline-alert outline-dashed' : ''}`}
    >
      <div className="flex min-h-6 items-center gap-1 px-1 pb-1">
        <h2
          id={headingId}
          className="min-w-0 text-xs font-semibold tracking-wide text-muted uppercase"
        >
          {name}{' '}
          <span className="font-normal whitespace-nowrap">
            · {t('stageCount', { count: stages.length })}
          </span>
        </h2>
        {canEdit && group !== 'success' && (
          <button
            type="button"
            className={`${smallAction} text-primary-text`}
            aria-label={t('addStageAtStart', { group: name })}
            title={t('addStageAtStart', { group: name })}
            disabled={drafting}
            data-add-to-group={group}
            onClick={() => startAdding(group, 0)}
          >
            <PlusIcon />
          </button>
        )}
      </div>
      <ul
        data-group={group}
        aria-label={name}
        className={compact ? 'columns-md gap-x-2' : 'flex min-h-14 min-w-[4.75rem] flex-1 gap-1'}
      >
        {stages.map((stage, index) => [
          draft?.index === index ? draftItem : null,
          <StageItem key={stage.id} stage={stage} compact={compact} />,
        ])}
        {draft && draft.index >= stages.length && draftItem}
      </ul>
      {stages.length === 0 && <p className="px-1 text-xs text-muted">{t('emptyGroup')}</p>}
    </section>
  );
});
