import { useEffect, useState } from 'react';
import type { PortalActivity } from '../b24/portal';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/messages';
import { usePortal } from '../stages/portal-context';
import { retryOf, type StageWrite } from '../stages/stage-write';
import { unsavedWrites, useUnsavedWrites, type UnsavedWrite } from '../stages/unsaved-writes-store';
import { useAddStage } from '../stages/use-stage-edits';
import { useStageWrites } from '../stages/use-stage-writes';
import { Button } from '../ui/button';
import { errorMessage } from './error-message';

function describe(t: Translate, write: StageWrite): string {
  const { label } = write;
  if (label.kind === 'move') return t('changeMove', { name: label.name });
  if (label.kind === 'rename') return t('changeRename', { name: label.name, value: label.value });
  if (label.kind === 'add') return t('changeAdd', { name: label.name });
  return t('changeRecolour', { name: label.name, value: label.value });
}

function usePortalActivity(): PortalActivity {
  const portal = usePortal();
  const [activity, setActivity] = useState<PortalActivity>('idle');
  useEffect(() => portal.onActivity(setActivity), [portal]);
  return activity;
}

/**
 * Every change the portal has not confirmed: a live "saving" line while writes are on their way
 * (and a plain-words note when the portal is slow or rate-limiting), then, for anything refused,
 * the portal's reason with Try again (only the part that did not land) and Discard.
 */
export function UnsavedChangesPanel() {
  const t = useT();
  const unsaved = useUnsavedWrites();
  const writes = useStageWrites();
  const activity = usePortalActivity();
  const portal = usePortal();
  const addStage = useAddStage();
  // While its draft card is on screen an add speaks for itself there; only an add brought back
  // from an earlier page load (no card any more) is listed here.
  const listed = unsaved.filter((u) => !u.write.add || u.restored);
  const saving = listed.filter((u) => u.state === 'saving');
  const failed = listed.filter((u) => u.state === 'failed');
  const retry = (write: StageWrite, failures: UnsavedWrite['failures']) => {
    if (write.add) addStage.mutate({ id: write.id, stage: write.add, shifts: write.updates });
    else writes.mutate(retryOf(write, failures));
  };

  return (
    <>
      <p role="status" className="mb-2 min-h-5 text-sm text-muted">
        {saving.length > 0 && t('savingCount', { count: saving.length })}{' '}
        {activity === 'rate-limited' && t('busyRateLimited')}
        {activity === 'slow' && t('busySlow')}
      </p>
      {failed.length > 0 && (
        <section
          aria-label={t('pendingTitle')}
          className="mb-3 rounded-card border border-alert bg-alert-surface p-3"
        >
          <h2 className="mb-2 text-sm font-semibold">{t('pendingTitle')}</h2>
          <ul className="flex flex-col gap-2">
            {failed.map(({ write, failures }) => {
              const error = failures[0]?.error;
              const reason = errorMessage(t, error);
              return (
                <li key={write.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <p role="alert" className="min-w-0 flex-1">
                    <strong className="font-semibold">{describe(t, write)}</strong>
                    {' — '}
                    {failures.length === 1
                      ? t('saveFailed', { reason })
                      : t('saveFailedMany', { count: failures.length, reason })}
                  </p>
                  {error?.kind === 'session-expired' && (
                    <Button variant="primary" onClick={() => portal.reload()}>
                      {t('reload')}
                    </Button>
                  )}
                  <Button
                    variant={error?.kind === 'session-expired' ? 'secondary' : 'primary'}
                    disabled={writes.isPending || addStage.isPending}
                    onClick={() => retry(write, failures)}
                  >
                    {error?.kind === 'conflict' ? t('applyMine') : t('retry')}
                  </Button>
                  <Button variant="ghost" onClick={() => unsavedWrites.remove(write.id)}>
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
