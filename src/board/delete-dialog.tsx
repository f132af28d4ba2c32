import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type ReactNode } from 'react';
import { PortalError } from '../b24/portal-error';
import { deleteVerdict, moveTargets } from '../domain/stage-delete';
import type { Directory, Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import { countableType } from '../stages/item-counts';
import { useDeleteStage } from '../stages/use-stage-edits';
import { useMoveItems } from '../stages/use-move-items';
import { Button } from '../ui/button';
import { errorMessage } from './error-message';

const PROTECTED: Record<'start' | 'success' | 'first-failure', MessageKey> = {
  start: 'protectedStart',
  success: 'protectedSuccess',
  'first-failure': 'protectedFirstFailure',
};

/** `There are active items in this status.`: the portal's refusal to delete a stage in use. */
const isActiveItems = (error: unknown) =>
  error instanceof PortalError && /active items/i.test(`${error.code} ${error.description}`);

/**
 * Confirms a deletion. It names the stage and how many CRM items it holds; protected stages only
 * say why they stay; system stages need a second, explicit confirmation (FORCED=Y); a stage with
 * items is emptied into another stage of the same pipeline first, and deleted only once empty.
 */
export function DeleteDialog({
  directory,
  stage,
  stages,
  count,
  trigger,
}: {
  directory: Directory;
  stage: Stage;
  stages: readonly Stage[];
  /** Items in the stage; undefined while counting, null when the directory has no items. */
  count: number | null | undefined;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 flex max-h-[90vh] w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 overflow-y-auto rounded-card bg-surface p-4 text-text shadow-lg">
          {open && (
            <DeleteBody
              directory={directory}
              stage={stage}
              stages={stages}
              count={count}
              onDone={() => setOpen(false)}
            />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function DeleteBody({
  directory,
  stage,
  stages,
  count,
  onDone,
}: {
  directory: Directory;
  stage: Stage;
  stages: readonly Stage[];
  count: number | null | undefined;
  onDone: () => void;
}) {
  const t = useT();
  const pickerId = useId();
  const isStage = directory.hasSemantics;
  const verdict = deleteVerdict(stages, stage, isStage);
  const targets = moveTargets(stages, stage);
  const entityTypeId = countableType(directory);
  const [confirmed, setConfirmed] = useState(false);
  const [target, setTarget] = useState(targets[0]?.statusId ?? '');
  const remove = useDeleteStage();
  const move = useMoveItems();
  const targetStage = targets.find((s) => s.statusId === target);
  const { state } = move;
  const remaining =
    state.phase === 'cancelled' || state.phase === 'failed'
      ? state.total - state.moved
      : (count ?? 0);
  const busy = remove.isPending || state.phase === 'moving';
  const forcedOk = verdict.kind !== 'forced' || confirmed;

  const doDelete = () =>
    remove.mutate(
      { entityId: directory.entityId, id: stage.id, forced: verdict.kind === 'forced' },
      { onSuccess: onDone },
    );
  const moveThenDelete = async () => {
    if (entityTypeId === null || !targetStage) return;
    const empty = await move.run({
      entityId: directory.entityId,
      entityTypeId,
      from: stage.statusId,
      to: targetStage.statusId,
    });
    if (empty) doDelete();
  };

  return (
    <>
      <Dialog.Title className="text-base font-semibold">
        {t(isStage ? 'deleteStageTitle' : 'deleteItemTitle', { name: stage.name })}
      </Dialog.Title>
      <Dialog.Description className="text-sm">
        {entityTypeId === null
          ? stage.statusId
          : count === undefined || count === null
            ? t('countingItems')
            : t('itemsInStage', { count })}
      </Dialog.Description>

      {verdict.kind === 'protected' ? (
        <p role="note" className="rounded-control bg-warning-surface px-3 py-2 text-sm">
          {t(PROTECTED[verdict.reason])}
        </p>
      ) : (
        <>
          {verdict.kind === 'forced' && (
            <div className="flex flex-col gap-2 rounded-control bg-warning-surface px-3 py-2 text-sm">
              <p>{t('systemWarning')}</p>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={confirmed}
                  onChange={(e) => setConfirmed(e.target.checked)}
                />
                {t(isStage ? 'systemConfirm' : 'systemItemConfirm')}
              </label>
            </div>
          )}

          {remaining > 0 && entityTypeId !== null && state.phase !== 'empty' && (
            <div className="flex flex-col gap-2">
              <label htmlFor={pickerId} className="text-sm font-medium">
                {t('moveTarget')}
              </label>
              <select
                id={pickerId}
                value={target}
                disabled={busy}
                onChange={(e) => setTarget(e.target.value)}
                className="rounded-control border border-line bg-surface px-2 py-1 text-sm"
              >
                {targets.map((s) => (
                  <option key={s.id} value={s.statusId}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}

          {state.phase !== 'idle' && state.phase !== 'empty' && (
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
          {state.phase === 'cancelled' && (
            <p role="status" className="text-sm">
              {t('moveStopped', { moved: state.moved, total: state.total })}
            </p>
          )}
          {state.phase === 'failed' && (
            <p role="alert" className="text-sm text-alert">
              {isActiveItems(state.error)
                ? t('stillActive')
                : t('moveFailed', { reason: errorMessage(t, state.error) })}
            </p>
          )}
          {remove.isError && (
            <p role="alert" className="text-sm text-alert">
              {isActiveItems(remove.error)
                ? t('stillActive')
                : t('deleteFailed', { reason: errorMessage(t, remove.error) })}
            </p>
          )}
        </>
      )}

      <div className="flex flex-wrap justify-end gap-2">
        {state.phase === 'moving' && <Button onClick={move.cancel}>{t('stopMove')}</Button>}
        <Dialog.Close asChild>
          <Button variant="ghost" disabled={busy}>
            {verdict.kind === 'protected' ? t('close') : t('cancel')}
          </Button>
        </Dialog.Close>
        {verdict.kind !== 'protected' &&
          (remaining > 0 && entityTypeId !== null && state.phase !== 'empty' ? (
            <Button
              variant="primary"
              disabled={busy || !forcedOk || !targetStage}
              onClick={() => void moveThenDelete()}
            >
              {t('moveAndDelete', { count: remaining, stage: targetStage?.name ?? '' })}
            </Button>
          ) : (
            <Button
              variant="primary"
              disabled={busy || !forcedOk || (entityTypeId !== null && count === undefined)}
              onClick={doDelete}
            >
              {remove.isPending ? t('deleting') : t('confirmDelete')}
            </Button>
          ))}
      </div>
    </>
  );
}
