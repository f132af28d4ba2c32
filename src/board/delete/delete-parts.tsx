import * as Dialog from '@radix-ui/react-dialog';
import { PortalError } from '../../b24/portal-error';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';
import { Select } from '../../ui/select';
import { errorMessage } from '../error-message';
import type { DeleteFlow } from './use-delete-flow';

/** The portal's refusal to delete a stage that still holds items, however it was worded. */
const holdsItems = (error: unknown): error is PortalError =>
  error instanceof PortalError && error.kind === 'has-items';

/** Where the items go, and how far moving them has come. */
export function MoveItemsFields({ flow }: { flow: DeleteFlow }) {
  const t = useT();
  const { state } = flow;
  const showProgress =
    state.phase === 'moving' || state.phase === 'stopped' || state.phase === 'move-failed';
  return (
    <>
      <Select
        label={t('moveTarget')}
        value={state.target}
        disabled={flow.busy}
        options={flow.targets.map((s) => [s.statusId, s.name] as const)}
        onChange={flow.pick}
      />
      {showProgress && (
        <div className="flex flex-col gap-1">
          <progress
            aria-label={t('moveProgressLabel')}
            max={Math.max(state.total, 1)}
            value={state.moved}
            className="w-full"
          />
          <p className="text-xs" aria-live="polite">
            {t('moveProgress', { moved: state.moved, total: state.total })}
          </p>
        </div>
      )}
    </>
  );
}

/** Why the deletion has not happened (yet), in the admin's words. */
export function DeleteProblems({ flow }: { flow: DeleteFlow }) {
  const t = useT();
  const { state } = flow;
  if (state.phase === 'stopped') {
    return (
      <p role="status" className="text-sm">
        {t('moveStopped', { moved: state.moved, total: state.total })}
      </p>
    );
  }
  if (state.phase !== 'move-failed' && state.phase !== 'failed') return null;
  const { error } = state;
  const reason = errorMessage(t, error);
  let text: string;
  // After moving its items out, a stage that still holds some gained new ones meanwhile; the
  // portal's own sentence follows in quotes either way.
  if (holdsItems(error) && state.moved > 0) text = `${t('stillActive')} “${error.description}”`;
  else if (holdsItems(error)) text = reason;
  else text = t(state.phase === 'move-failed' ? 'moveFailed' : 'deleteFailed', { reason });
  return (
    <p role="alert" className="text-sm text-alert">
      {text}
    </p>
  );
}

export function DeleteActions({
  flow,
  count,
}: {
  flow: DeleteFlow;
  count: number | null | undefined;
}) {
  const t = useT();
  const protectedStage = flow.verdict.kind === 'protected';
  return (
    <div className="flex flex-wrap justify-end gap-2">
      {flow.state.phase === 'moving' && <Button onClick={flow.stop}>{t('stopMove')}</Button>}
      <Dialog.Close asChild>
        <Button variant="ghost" disabled={flow.busy}>
          {protectedStage ? t('close') : t('cancel')}
        </Button>
      </Dialog.Close>
      {!protectedStage &&
        (flow.needsMove ? (
          <Button
            variant="primary"
            disabled={flow.busy || !flow.confirmedEnough || !flow.target}
            onClick={flow.run}
          >
            {t('moveAndDelete', { count: flow.left, stage: flow.target?.name ?? '' })}
          </Button>
        ) : (
          <Button
            variant="primary"
            disabled={flow.busy || !flow.confirmedEnough || (flow.countable && count === undefined)}
            onClick={flow.run}
          >
            {flow.state.phase === 'deleting' ? t('deleting') : t('confirmDelete')}
          </Button>
        ))}
    </div>
  );
}
