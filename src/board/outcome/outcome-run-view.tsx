import '../../i18n/analytics';
import type { OutcomeChange } from '../../domain/outcome-change';
import type { Directory } from '../../domain/stage';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/messages';
import {
  useOutcomeCommands,
  useOutcomeRun,
  type OutcomeRun,
} from '../../stages/use-outcome-change';
import { Button } from '../../ui/button';
import { formatCount, groupLabel } from '../analytics/format';
import { errorMessage } from '../error-message';

/** What a run is doing or how it ended, in one sentence for the status line. */
function describe(t: Translate, change: OutcomeChange, run: OutcomeRun | undefined): string {
  if (!run) return t('outcomePending', { name: change.name });
  if (run.phase === 'failed') return t('outcomeFailed', { reason: errorMessage(t, run.error) });
  if (run.phase === 'running') {
    if (run.stopping) return t('outcomeStopping');
    const step = run.progress?.step ?? 'read';
    if (step === 'move') {
      return t('outcomeStepMove', {
        moved: run.progress?.moved ?? 0,
        left: run.progress?.left ?? 0,
      });
    }
    return t(
      step === 'add'
        ? 'outcomeStepAdd'
        : step === 'delete'
          ? 'outcomeStepDelete'
          : 'outcomeStepRead',
    );
  }
  const { end } = run;
  if (end.kind === 'done') {
    return t('outcomeDone', {
      name: change.name,
      group: groupLabel(t, change.target),
      moved: end.moved,
    });
  }
  if (end.kind === 'stopped') return t('outcomeStopped', { moved: end.moved, left: end.left });
  if (end.kind === 'blocked') {
    return t('outcomeBlocked', { code: end.stage.statusId, group: groupLabel(t, change.target) });
  }
  return t('outcomeGone');
}

/**
 * A change under way, stopped or ended: its progress (the items moved, as a progress bar), the
 * sentence a screen reader announces as it changes, and Stop / Resume / Leave as they apply.
 * Resume runs the same steps again: they start from what the portal holds.
 */
export function OutcomeRunView({
  directory,
  change,
}: {
  directory: Directory;
  change: OutcomeChange;
}) {
  const { t, lang } = useI18n();
  const run = useOutcomeRun(change.oldId);
  const commands = useOutcomeCommands(directory);
  const running = run?.phase === 'running';
  const progress = run?.phase === 'running' || run?.phase === 'failed' ? run.progress : null;
  const resumable =
    !running && !(run?.phase === 'ended' && (run.end.kind === 'done' || run.end.kind === 'gone'));
  const total = progress && progress.left !== null ? progress.moved + progress.left : 0;
  return (
    <div className="flex flex-col gap-2">
      {running && progress?.step === 'move' && total > 0 && (
        <progress
          className="h-2 w-full"
          aria-label={t('outcomeStepMove', {
            moved: formatCount(lang, progress.moved),
            left: formatCount(lang, progress.left ?? 0),
          })}
          value={progress.moved}
          max={total}
        />
      )}
      <p role="status" className="text-sm">
        {describe(t, change, run)}
      </p>
      <div className="flex flex-wrap gap-2">
        {running && (
          <Button disabled={run.stopping} onClick={() => commands.stop(change.oldId)}>
            {t('outcomeStop')}
          </Button>
        )}
        {resumable && (
          <>
            <Button
              variant="primary"
              aria-label={t('outcomeResumeOf', { name: change.name })}
              onClick={() => commands.run(change)}
            >
              {t('outcomeResume')}
            </Button>
            <Button onClick={() => commands.forget(change)}>{t('outcomeForget')}</Button>
          </>
        )}
      </div>
    </div>
  );
}
