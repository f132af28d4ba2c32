import { useEffect, useState } from 'react';
import type { PortalActivity } from '../b24/portal';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/messages';
import { usePortal, useUnsavedEdits, useUnsavedStore } from '../stages/portal-context';
import type { EditLabel } from '../stages/stage-edit';
import { useUnsavedActions } from '../stages/use-unsaved-actions';
import { Button } from '../ui/button';
import { errorMessage } from './error-message';
import { returnFocus } from './focus-return';
import { stageFocusTarget } from './reveal-stage';

/** The unsaved edit in words ("Rename Final Invoice to Closing invoice"). */
export function describe(t: Translate, label: EditLabel): string {
  switch (label.kind) {
    case 'move':
      return t('changeMove', { name: label.name });
    case 'rename':
      return t('changeRename', { name: label.name, value: label.value });
    case 'restore-name':
      return t('changeRestoreName', { name: label.name, value: label.value });
    case 'recolour':
      return t('changeRecolour', { name: label.name, value: label.value });
    case 'add':
      return t('changeAdd', { name: label.name });
  }
}

const HEADING_ID = 'unsaved-changes-heading';

/**
 * Try again keeps focus while it runs; when it lands its entry (and maybe the whole panel) goes,
 * and focus goes to the panel's heading if other entries remain, else to the stage it saved.
 */
function retryKeepingFocus(button: HTMLElement, stageId: string | undefined) {
  returnFocus(() =>
    button.isConnected
      ? button
      : (document.getElementById(HEADING_ID) ??
        (stageId === undefined ? null : stageFocusTarget(stageId))),
  );
}

function usePortalActivity(): PortalActivity {
  const portal = usePortal();
  const [activity, setActivity] = useState<PortalActivity>('idle');
  useEffect(() => portal.onActivity(setActivity), [portal]);
  return activity;
}

// While its draft card is on screen an add speaks for itself there; only an add brought back
// from an earlier page load (no card any more) is listed here.
function useListed() {
  return useUnsavedEdits().filter((u) => !u.edit.add || u.restored);
}

/**
 * The live "saving" line while edits are on their way, with a plain-words note when the portal
 * is slow or rate-limiting (the first notice of the strip above the board).
 */
export function SavingLine() {
  const t = useT();
  const activity = usePortalActivity();
  const saving = useListed().filter((u) => u.state === 'saving');
  const text = [
    saving.length > 0 ? t('savingCount', { count: saving.length }) : '',
    activity === 'rate-limited' ? t('busyRateLimited') : '',
    activity === 'slow' ? t('busySlow') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <p role="status" className={text ? 'me-3 text-muted' : ''}>
      {text}
    </p>
  );
}

/**
 * Every change the portal has not confirmed: for anything refused, the portal's reason with Try
 * again (only the part that did not land) and Discard.
 */
export function UnsavedChangesPanel() {
  const t = useT();
  const { droppedOnLoad } = useUnsavedStore();
  const actions = useUnsavedActions();
  const portal = usePortal();
  const failed = useListed().filter((u) => u.state === 'failed');

  return (
    <>
      {droppedOnLoad > 0 && (
        <p role="alert" className="mb-3 rounded-control bg-warning-surface px-3 py-2 text-sm">
          {t('unsavedDropped', { count: droppedOnLoad })}
        </p>
      )}
      {failed.length > 0 && (
        <section
          aria-label={t('pendingTitle')}
          className="mb-3 rounded-card border border-alert bg-alert-surface p-3"
        >
          <h2 id={HEADING_ID} tabIndex={-1} className="mb-2 text-sm font-semibold">
            {t('pendingTitle')}
          </h2>
          <ul className="flex flex-col gap-2">
            {failed.map((entry) => {
              const { edit, failures } = entry;
              const error = failures[0]?.error;
              const reason = errorMessage(t, error);
              return (
                <li key={edit.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <p role="alert" className="min-w-0 flex-1">
                    <strong className="font-semibold">{describe(t, edit.label)}</strong>
                    {' — '}
                    {/* The reason names Bitrix24 and says what went wrong; under "Unsaved changes"
                        a prefix of its own ("Bitrix24 did not save…") only repeated it. */}
                    {failures.length === 1
                      ? reason
                      : t('saveFailedMany', { count: failures.length, reason })}
                  </p>
                  {error?.kind === 'session-expired' && (
                    <Button variant="primary" onClick={() => portal.reload()}>
                      {t('reload')}
                    </Button>
                  )}
                  <Button
                    variant={error?.kind === 'session-expired' ? 'secondary' : 'primary'}
                    // aria-disabled keeps focus on it while it runs (docs/focus.md §1, §4).
                    aria-disabled={actions.busy}
                    onClick={(event) => {
                      if (actions.busy) return;
                      retryKeepingFocus(event.currentTarget, failures[0]?.update.id);
                      actions.retry(entry);
                    }}
                  >
                    {error?.kind === 'conflict' ? t('applyMine') : t('retry')}
                  </Button>
                  <Button variant="ghost" onClick={() => actions.discard(edit.id)}>
                    {t('discard')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
