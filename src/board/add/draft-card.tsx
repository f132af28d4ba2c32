import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import { StageNameEditor } from '../stage-name-editor';
import type { AddDraftControl } from './use-add-draft';

/** The place of a stage being added: its name editor, then "Adding…", or why it failed. */
export function DraftCard({
  control,
  label,
}: {
  control: AddDraftControl;
  /** Accessible name of the name field (`Stage name`, `Entry name`). */
  label: string;
}) {
  const t = useT();
  const { draft } = control;
  if (!draft) return null;
  const name = draft.request?.stage.name ?? null;
  return (
    <article
      aria-label={name ?? t('newStage')}
      className="flex w-full flex-col gap-2 rounded-card border border-dashed border-primary bg-surface p-2"
    >
      {name === null ? (
        <StageNameEditor
          initial=""
          label={label}
          hint
          onCancel={control.discard}
          onSave={(value) => control.save(value)}
        />
      ) : (
        <h3 className="text-sm font-semibold break-words">{name}</h3>
      )}
      {draft.pending && <p className="text-xs text-muted">{t('adding')}</p>}
      {name !== null && !draft.pending && draft.error !== null && (
        <>
          <p role="alert" className="text-xs text-alert">
            {t('addFailed', { name, reason: errorMessage(t, draft.error) })}
          </p>
          <div className="flex gap-1">
            <Button variant="primary" onClick={control.retry}>
              {t('retry')}
            </Button>
            <Button variant="ghost" onClick={control.discard}>
              {t('discard')}
            </Button>
          </div>
        </>
      )}
    </article>
  );
}
