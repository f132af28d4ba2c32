import type { FailedWrite } from '../stages/stage-write';
import { failedWrites, useFailedWrites } from '../stages/failed-writes-store';
import { useStageWrites } from '../stages/use-stage-writes';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/messages';
import { Button } from '../ui/button';
import { errorMessage } from './error-message';

function describe(t: Translate, { write }: FailedWrite): string {
  const { label } = write;
  if (label.kind === 'move') return t('changeMove', { name: label.name });
  if (label.kind === 'rename') return t('changeRename', { name: label.name, value: label.value });
  return t('changeRecolour', { name: label.name, value: label.value });
}

/**
 * Every change the portal did not take, with the portal's reason, until the admin retries it
 * (only the part that did not land is sent again) or discards it.
 */
export function FailedWritesPanel() {
  const t = useT();
  const failed = useFailedWrites();
  const writes = useStageWrites();
  if (failed.length === 0) return null;
  return (
    <section
      aria-label={t('pendingTitle')}
      className="mb-3 rounded-card border border-alert bg-alert-surface p-3"
    >
      <h2 className="mb-2 text-sm font-semibold">{t('pendingTitle')}</h2>
      <ul className="flex flex-col gap-2">
        {failed.map((entry) => {
          const reason = errorMessage(t, entry.failures[0]?.error);
          return (
            <li key={entry.write.id} className="flex flex-wrap items-center gap-2 text-sm">
              <p role="alert" className="min-w-0 flex-1">
                <strong className="font-semibold">{describe(t, entry)}</strong>
                {' — '}
                {entry.failures.length === 1
                  ? t('saveFailed', { reason })
                  : t('saveFailedMany', { count: entry.failures.length, reason })}
              </p>
              <Button
                variant="primary"
                disabled={writes.isPending}
                onClick={() =>
                  writes.mutate({
                    ...entry.write,
                    updates: entry.failures.map((f) => f.update),
                  })
                }
              >
                {t('retry')}
              </Button>
              <Button variant="ghost" onClick={() => failedWrites.remove(entry.write.id)}>
                {t('discard')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
