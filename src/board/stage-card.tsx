import { memo, useState, type ReactNode, type Ref } from 'react';
import { textOnColour } from '../domain/colour';
import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { GripIcon, PencilIcon, SwatchIcon } from './action-icons';
import { Deferred } from './deferred';
import { ColourPicker } from './lazy-parts';
import { StageNameEditor } from './stage-name-editor';

/** Bitrix24 paints a stage without a colour in its default kanban column colour. */
const NO_COLOUR = '#ace9fb';

export interface StageActions {
  rename(stage: Stage, name: string): void;
  recolour(stage: Stage, hex: string): void;
}

const iconButton =
  'inline-flex size-7 shrink-0 items-center justify-center rounded-control hover:bg-black/10 focus-visible:bg-black/10';

/**
 * One kanban column. The header is filled with the stage's colour (already validated by
 * normalisePortalColour, passed as a CSS variable, never as a class name), and its text colour
 * follows Bitrix24's brightness rule.
 */
export const StageCard = memo(function StageCard({
  stage,
  position,
  canEdit,
  actions,
  handle,
  handleRef,
  dragging = false,
  count,
  extraOf,
}: {
  stage: Stage;
  position: number;
  canEdit: boolean;
  actions?: StageActions;
  handle?: Record<string, unknown>;
  handleRef?: Ref<HTMLButtonElement>;
  dragging?: boolean;
  /** CRM items in the stage; undefined while counting or when the directory has none. */
  count?: number | undefined;
  /** More actions (add after, delete), shown with the card's own. */
  extraOf?: ((stage: Stage) => ReactNode) | undefined;
}) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const colour = stage.color ?? NO_COLOUR;
  const onColour = textOnColour(colour) === 'dark' ? 'text-on-stage-dark' : 'text-on-stage-light';
  const editable = canEdit && actions !== undefined;
  const restorable = editable && stage.nameInit !== null && stage.nameInit !== stage.name;
  const swatchWaiting = (
    <button
      type="button"
      disabled
      className={`${iconButton} text-text`}
      aria-label={t('changeColour', { name: stage.name })}
    >
      <SwatchIcon colour={colour} />
    </button>
  );

  let title: ReactNode;
  if (renaming && actions) {
    title = (
      <StageNameEditor
        initial={stage.name}
        onCancel={() => setRenaming(false)}
        onSave={(name) => {
          setRenaming(false);
          actions.rename(stage, name);
        }}
      />
    );
  } else {
    title = (
      // Double-click is a mouse shortcut; the Rename button is the keyboard and screen-reader path.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
      <h3
        className="line-clamp-2 min-w-0 flex-1 text-sm font-semibold break-words"
        title={stage.name}
        onDoubleClick={editable ? () => setRenaming(true) : undefined}
      >
        {stage.name}
      </h3>
    );
  }

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
        <div className="flex min-w-0 flex-1 items-start pt-1">{title}</div>
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
        {editable && actions && (
          <div className="mt-auto flex flex-wrap items-center gap-1">
            <button
              type="button"
              className={`${iconButton} text-text`}
              aria-label={t('renameStage', { name: stage.name })}
              onClick={() => setRenaming(true)}
            >
              <PencilIcon />
            </button>
            <Deferred placeholder={swatchWaiting}>
              <ColourPicker
                current={colour}
                onPick={(hex) => actions.recolour(stage, hex)}
                trigger={
                  <button
                    type="button"
                    className={`${iconButton} text-text`}
                    aria-label={t('changeColour', { name: stage.name })}
                  >
                    <SwatchIcon colour={colour} />
                  </button>
                }
              />
            </Deferred>
            {restorable && stage.nameInit && (
              <button
                type="button"
                className="rounded-control px-1 py-0.5 text-left text-xs text-primary-text underline-offset-2 hover:underline"
                title={t('restoreNameHint', { name: stage.nameInit })}
                onClick={() => actions.rename(stage, stage.nameInit ?? stage.name)}
              >
                {t('restoreName')}
              </button>
            )}
            {extraOf?.(stage)}
          </div>
        )}
      </div>
    </article>
  );
});
