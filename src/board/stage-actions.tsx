import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { PencilIcon, PlusIcon, smallAction, SwatchIcon } from './action-icons';
import { useBoardTools } from './board-context';
import { Deferred } from './deferred';
import { DeleteButton } from './delete/delete-button';
import { LazyColourPicker } from './lazy-parts';
import { OutcomeButton } from './outcome/outcome-button';
import { iconButton } from './stage-card';

/** A stage card's own buttons: rename, recolour, restore the original name, add after, delete. */
export function StageActions({
  stage,
  position,
  colour,
  onRename,
}: {
  stage: Stage;
  /** 1-based place in its group: a stage added "after" it takes this 0-based index. */
  position: number;
  /** The colour the card shows (the default one when the stage has none). */
  colour: string;
  onRename: () => void;
}) {
  const t = useT();
  const { commands, startAdding, drafting, countOf } = useBoardTools();
  const restorable = stage.nameInit !== null && stage.nameInit !== stage.name;
  const swatch = (disabled: boolean) => (
    <button
      type="button"
      disabled={disabled}
      className={`${iconButton} text-text`}
      aria-label={t('changeColour', { name: stage.name })}
    >
      <SwatchIcon colour={colour} />
    </button>
  );
  const { group } = stage;
  return (
    <div className="mt-auto flex flex-wrap items-center gap-1">
      <button
        type="button"
        className={`${iconButton} text-text`}
        aria-label={t('renameStage', { name: stage.name })}
        onClick={onRename}
      >
        <PencilIcon />
      </button>
      <Deferred placeholder={swatch(true)}>
        <LazyColourPicker
          current={colour}
          onPick={(hex) => commands.recolour(stage, hex)}
          trigger={swatch(false)}
        />
      </Deferred>
      {restorable && stage.nameInit && (
        <button
          type="button"
          className="rounded-control px-1 py-0.5 text-left text-xs text-primary-text underline-offset-2 hover:underline"
          title={t('restoreNameHint', { name: stage.nameInit })}
          onClick={() => commands.restoreName(stage)}
        >
          {t('restoreName')}
        </button>
      )}
      {group !== 'success' && (
        <button
          type="button"
          className={smallAction}
          aria-label={t('addStageAfter', { name: stage.name })}
          title={t('addStageAfter', { name: stage.name })}
          disabled={drafting}
          onClick={() => startAdding(group, position)}
        >
          <PlusIcon />
        </button>
      )}
      <OutcomeButton stage={stage} />
      <DeleteButton
        label={t('deleteStage', { name: stage.name })}
        stage={stage}
        count={countOf(stage)}
      />
    </div>
  );
}
