import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { PencilIcon, PlusIcon, RestoreIcon, smallAction, SwatchIcon } from './action-icons';
import { useBoardTools } from './board-context';
import { Deferred } from './deferred';
import { DeleteButton } from './delete/delete-button';
import { colourPickerPart } from './lazy-parts';
import { OutcomeButton } from './outcome/outcome-button';

/**
 * A stage's own buttons, always on screen (never on hover only, so keyboard and touch users see
 * them too): rename, recolour, restore the original name, add after, delete. Icons with their
 * action as accessible name and tooltip keep the row as narrow as a compact card.
 */
export function StageActions({
  stage,
  colour,
  onRename,
}: {
  stage: Stage;
  /** The colour the card shows (the default one when the stage has none). */
  colour: string;
  onRename: () => void;
}) {
  const t = useT();
  const { commands, addAfter, drafting, countOf } = useBoardTools();
  const restorable = stage.nameInit !== null && stage.nameInit !== stage.name;
  const swatch = (disabled: boolean) => (
    <button
      type="button"
      disabled={disabled}
      className={smallAction}
      aria-label={t('changeColour', { name: stage.name })}
      title={t('changeColour', { name: stage.name })}
    >
      <SwatchIcon colour={colour} />
    </button>
  );
  return (
    <>
      <button
        type="button"
        className={smallAction}
        aria-label={t('renameStage', { name: stage.name })}
        title={t('renameStage', { name: stage.name })}
        data-rename=""
        onClick={onRename}
      >
        <PencilIcon />
      </button>
      <Deferred part={colourPickerPart} placeholder={swatch(true)}>
        {(ColourPicker) => (
          <ColourPicker
            current={colour}
            onPick={(hex) => commands.recolour(stage, hex)}
            trigger={swatch(false)}
          />
        )}
      </Deferred>
      {restorable && stage.nameInit && (
        <button
          type="button"
          className={smallAction}
          aria-label={t('restoreName')}
          title={t('restoreNameHint', { name: stage.nameInit })}
          onClick={() => commands.restoreName(stage)}
        >
          <RestoreIcon />
        </button>
      )}
      {stage.group !== 'success' && (
        <button
          type="button"
          className={smallAction}
          aria-label={t('addStageAfter', { name: stage.name })}
          title={t('addStageAfter', { name: stage.name })}
          disabled={drafting}
          onClick={() => addAfter(stage)}
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
    </>
  );
}
