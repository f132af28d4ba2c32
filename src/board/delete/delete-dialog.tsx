import * as Dialog from '@radix-ui/react-dialog';
import { DialogPanel } from '../../ui/dialog-panel';
import { useState, type ReactNode } from 'react';
import type { Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { useShownStages } from '../../stages/queries';
import { useBoardTools } from '../board-context';
import { DeleteActions, DeleteProblems, MoveItemsFields } from './delete-parts';
import { useDeleteFlow } from './use-delete-flow';

const PROTECTED: Record<'start' | 'success' | 'first-failure', MessageKey> = {
  start: 'protectedStart',
  success: 'protectedSuccess',
  'first-failure': 'protectedFirstFailure',
};

/**
 * Confirms a deletion. It names the stage and how many CRM items it holds; protected stages only
 * say why they stay; system stages need a second, explicit confirmation (FORCED=Y); a stage with
 * items is emptied into another stage of the same pipeline first, and deleted only once empty.
 */
export function DeleteDialog({
  stage,
  count,
  trigger,
}: {
  stage: Stage;
  /** Items in the stage; undefined while counting, null when the directory has no items. */
  count: number | null | undefined;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <DialogPanel width="w-[min(32rem,92vw)]">
        {open && <DeleteBody stage={stage} count={count} onDone={() => setOpen(false)} />}
      </DialogPanel>
    </Dialog.Root>
  );
}

function DeleteBody({
  stage,
  count,
  onDone,
}: {
  stage: Stage;
  count: number | null | undefined;
  onDone: () => void;
}) {
  const t = useT();
  const tools = useBoardTools();
  const stages = useShownStages(stage.entityId) ?? [stage];
  const flow = useDeleteFlow(tools, stage, stages, count, onDone);
  const isStage = tools.directory.hasSemantics;
  return (
    <>
      <Dialog.Title className="text-base font-semibold">
        {t(isStage ? 'deleteStageTitle' : 'deleteEntryTitle', { name: stage.name })}
      </Dialog.Title>
      <Dialog.Description className="text-sm">
        {!flow.countable
          ? stage.statusId
          : count === undefined || count === null
            ? t('countingItems')
            : t('itemsInStage', { count })}
      </Dialog.Description>
      {flow.verdict.kind === 'protected' && (
        <p role="note" className="rounded-control bg-warning-surface px-3 py-2 text-sm">
          {t(PROTECTED[flow.verdict.reason])}
        </p>
      )}
      {flow.verdict.kind === 'forced' && (
        <div className="flex flex-col gap-2 rounded-control bg-warning-surface px-3 py-2 text-sm">
          <p>{t('systemWarning')}</p>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={flow.state.confirmed}
              onChange={(e) => flow.confirm(e.target.checked)}
            />
            {t(isStage ? 'systemConfirm' : 'systemEntryConfirm')}
          </label>
        </div>
      )}
      {flow.verdict.kind !== 'protected' && flow.needsMove && <MoveItemsFields flow={flow} />}
      {flow.verdict.kind !== 'protected' && <DeleteProblems flow={flow} />}
      <DeleteActions flow={flow} count={count} />
    </>
  );
}
