import { memo, useState, type ReactNode } from 'react';
import { textOnColour } from '../domain/colour';
import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { GripIcon, smallAction, SystemIcon } from './action-icons';
import { useBoardTools } from './board-context';
import { BOARD_DND_ID } from './dnd/drag-surface';
import { StageAnalyticsLine } from './analytics/stage-analytics-line';
import { returnFocus } from './focus-return';
import { renameButtonOf } from './reveal-stage';
import { StageActions } from './stage-actions';
import { StageNameEditor } from './stage-name-editor';

/** Bitrix24 paints a stage without a colour in its default kanban column colour. */
export const NO_COLOUR = '#ace9fb';

/** The kanban card, and the compact view's one-line row. */
const CARD =
  '@container flex h-full w-full flex-col overflow-hidden rounded-card border border-line bg-surface shadow-sm';
const ROW =
  'flex min-h-7 items-center gap-1 rounded-control border border-line bg-surface pr-0.5 text-[11px] text-muted';

/**
 * One stage, as compact as Bitrix24's own stage headers: a header filled with the stage's colour
 * (validated by normalisePortalColour, passed as a CSS variable, never as a class name) holding
 * the name, one small line with the drag handle, its place, code and item count, and the row of
 * actions: five 24 px buttons, which fit the narrowest card a crowded board gives (9rem) on one
 * row. In the compact view the same parts sit on one line. Its place is a CSS counter of the group's list,
 * so a move re-renders only the moved card. The drag overlay's copy (`overlay`) has no controls.
 */
export const StageCard = memo(function StageCard({
  stage,
  compact = false,
  overlay = false,
}: {
  stage: Stage;
  compact?: boolean;
  overlay?: boolean;
}) {
  const t = useT();
  const tools = useBoardTools();
  const [renaming, setRenaming] = useState(false);
  const colour = stage.color ?? NO_COLOUR;
  const onColour = textOnColour(colour) === 'dark' ? 'text-on-stage-dark' : 'text-on-stage-light';
  const editable = tools.canEdit && !overlay;
  const count = tools.countOf(stage);

  // The editor replaces the Rename button, so closing it would leave focus on nothing
  // (docs/focus.md §4).
  const closeEditor = () => {
    returnFocus(() => renameButtonOf(stage.id));
    setRenaming(false);
  };
  const name = renaming ? (
    <StageNameEditor
      initial={stage.name}
      onCancel={closeEditor}
      onSave={(value) => {
        closeEditor();
        tools.commands.rename(stage, value);
      }}
    />
  ) : (
    // Double-click is a mouse shortcut; the Rename button is the keyboard and screen-reader path.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <h3
      className={`min-w-0 font-semibold break-words ${compact ? 'truncate text-xs' : 'line-clamp-2 text-[11px] hyphens-auto @min-[6.5rem]:text-xs'}`}
      title={stage.name}
      onDoubleClick={editable ? () => setRenaming(true) : undefined}
    >
      {stage.name}
    </h3>
  );
  const header = (
    <header
      className={`${onColour} ${compact ? `min-w-0 rounded-control px-1.5 py-0.5 ${renaming ? 'flex-1' : 'max-w-[55%] shrink-0'}` : 'px-1 py-1 @min-[6.5rem]:px-1.5'}`}
      style={{ backgroundColor: 'var(--stage-colour)', ['--stage-colour' as string]: colour }}
    >
      {name}
    </header>
  );
  // On a card narrower than 11rem the code gives way to the place and the count: a few letters
  // of it say nothing (Find stage finds codes, the compact view and the tooltip show them; the
  // soak and Find still read it from the DOM). A count that still does not fit (1 509 элементов)
  // wraps to a line of its own instead of being cut.
  const details: ReactNode = (
    <>
      {!overlay && <span aria-hidden="true" className="stage-position shrink-0" />}
      <span
        className={`min-w-0 truncate font-mono ${compact ? 'shrink-[20]' : 'hidden flex-1 basis-0 @min-[11rem]:inline'}`}
        title={stage.statusId}
      >
        {stage.statusId}
      </span>
      {stage.system && (
        <span className="shrink-0" title={t('systemStage')}>
          <SystemIcon label={t('systemStage')} />
        </span>
      )}
      {count !== undefined && (
        <span className="ml-auto shrink-0 tabular-nums" data-testid="item-count">
          {t('itemCount', { count })}
        </span>
      )}
    </>
  );
  const handle = editable && (
    <button
      type="button"
      data-drag-handle=""
      aria-label={t('moveStage', { name: stage.name })}
      aria-roledescription={tools.dragReady ? 'sortable' : undefined}
      aria-describedby={tools.dragReady ? BOARD_DND_ID : undefined}
      className={`${smallAction} cursor-grab touch-none active:cursor-grabbing`}
    >
      <GripIcon />
    </button>
  );
  const actions = editable && !renaming && (
    <StageActions stage={stage} colour={colour} onRename={() => setRenaming(true)} />
  );

  return (
    <article
      aria-label={stage.name}
      // Find stage and the overview focus the card itself when there is no handle (read-only).
      tabIndex={-1}
      className={compact ? ROW : CARD}
    >
      {compact ? (
        <>
          {handle}
          {header}
          {!renaming && details}
          {!overlay && !renaming && <StageAnalyticsLine stage={stage} />}
          {actions}
        </>
      ) : (
        <>
          {header}
          <div
            className={`flex min-w-0 flex-wrap items-center gap-x-1 text-[11px] leading-4 text-muted ${handle ? 'pr-1.5' : 'px-1.5 pt-0.5'}`}
          >
            {handle}
            {details}
          </div>
          {!overlay && (
            <div className="px-1.5">
              <StageAnalyticsLine stage={stage} />
            </div>
          )}
          {actions && <div className="mt-auto flex flex-wrap">{actions}</div>}
        </>
      )}
    </article>
  );
});
