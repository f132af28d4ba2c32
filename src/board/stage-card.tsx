import { memo, useState, type Ref } from 'react';
import { textOnColour } from '../domain/colour';
import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { GripIcon } from './action-icons';
import { StageAnalyticsLine } from './analytics/stage-analytics-line';
import { StageActions } from './stage-actions';
import { StageNameEditor } from './stage-name-editor';
import { useBoardTools } from './board-context';

/** Bitrix24 paints a stage without a colour in its default kanban column colour. */
export const NO_COLOUR = '#ace9fb';

export const iconButton =
  'inline-flex size-7 shrink-0 items-center justify-center rounded-control hover:bg-black/10 focus-visible:bg-black/10';

/**
 * One stage as a card of its group. The header is filled with the stage's colour (already
 * validated by normalisePortalColour, passed as a CSS variable, never as a class name), and its
 * text colour follows Bitrix24's brightness rule. Without `handle` (the drag overlay's copy) it
 * shows no controls.
 */
export const StageCard = memo(function StageCard({
  stage,
  position,
  handle,
  handleRef,
  dragging = false,
}: {
  stage: Stage;
  position: number;
  handle?: Record<string, unknown>;
  handleRef?: Ref<HTMLButtonElement>;
  dragging?: boolean;
}) {
  const t = useT();
  const tools = useBoardTools();
  const [renaming, setRenaming] = useState(false);
  const colour = stage.color ?? NO_COLOUR;
  const onColour = textOnColour(colour) === 'dark' ? 'text-on-stage-dark' : 'text-on-stage-light';
  const editable = tools.canEdit && handle !== undefined;
  const count = tools.countOf(stage);

  return (
    <article
      aria-label={stage.name}
      className={`flex h-full w-52 flex-col overflow-hidden rounded-card border border-line bg-surface shadow-sm ${dragging ? 'opacity-40' : ''}`}
    >
      <header
        className={`flex items-start gap-1 px-2 py-2 ${onColour}`}
        style={{ backgroundColor: 'var(--stage-colour)', ['--stage-colour' as string]: colour }}
      >
        {editable && (
          <button
            ref={handleRef}
            type="button"
            aria-label={t('moveStage', { name: stage.name })}
            className={`${iconButton} cursor-grab touch-none active:cursor-grabbing`}
            {...handle}
          >
            <GripIcon />
          </button>
        )}
        <div className="flex min-w-0 flex-1 items-start pt-1">
          {renaming ? (
            <StageNameEditor
              initial={stage.name}
              onCancel={() => setRenaming(false)}
              onSave={(name) => {
                setRenaming(false);
                tools.commands.rename(stage, name);
              }}
            />
          ) : (
            // Double-click is a mouse shortcut; the Rename button is the keyboard and screen-reader path.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
            <h3
              className="line-clamp-2 min-w-0 flex-1 text-sm font-semibold break-words"
              title={stage.name}
              onDoubleClick={editable ? () => setRenaming(true) : undefined}
            >
              {stage.name}
            </h3>
          )}
        </div>
      </header>
      <div className="flex flex-1 flex-col gap-2 px-2 py-2 text-xs text-muted">
        <div className="flex items-center gap-2">
          <span aria-hidden="true">{position}.</span>
          <span className="font-mono">{stage.statusId}</span>
          {stage.system && (
            <span
              className="rounded-full bg-surface-sunken px-2 py-0.5 text-[11px] text-text"
              title={t('systemStage')}
            >
              {t('systemStageShort')}
            </span>
          )}
          {count !== undefined && (
            <span className="ml-auto tabular-nums" data-testid="item-count">
              {t('itemCount', { count })}
            </span>
          )}
        </div>
        <StageAnalyticsLine stage={stage} />
        {editable && !renaming && (
          <StageActions
            stage={stage}
            position={position}
            colour={colour}
            onRename={() => setRenaming(true)}
          />
        )}
      </div>
    </article>
  );
});
