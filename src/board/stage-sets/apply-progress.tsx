import type { ApplyState } from '../../stages/use-stage-set-apply';
import { errorMessage } from '../error-message';
import '../../i18n/stage-sets/dialog';
import { useT } from '../../i18n/i18n-context';

/** How far the apply has come, and why it stands still when it does. */
export function ApplyProgress({ state }: { state: ApplyState }) {
  const t = useT();
  const total = Math.max(state.total, state.done, 1);
  return (
    <div className="flex flex-col gap-1">
      <progress
        aria-label={t('applyProgressLabel')}
        max={total}
        value={state.done}
        className="w-full"
      />
      <p className="text-sm" aria-live="polite">
        {state.phase === 'running' || state.phase === 'stopping'
          ? t('applyProgress', { done: state.done, total })
          : state.phase === 'stopped'
            ? t('applyStopped', { done: state.done })
            : state.phase === 'done'
              ? t('applyDone', { done: state.done })
              : state.phase === 'differs'
                ? t('applyDiffers')
                : null}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="text-sm text-alert">
          {t('applyFailed', { done: state.done, reason: errorMessage(t, state.error) })}
        </p>
      )}
    </div>
  );
}
