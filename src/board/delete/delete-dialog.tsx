import * as Dialog from '@radix-ui/react-dialog';
import { DialogPanel } from '../../ui/dialog-panel';
import { useRef, useState, type ReactNode } from 'react';
import type { Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { useShownStages } from '../../stages/queries';
import { useBoardTools } from '../board-context';
import { returnFocus } from '../focus-return';
import { addButtonOf, stageFocusTarget } from '../reveal-stage';
import { DeleteActions, DeleteProblems, MoveItemsFields } from './delete-parts';
import { focusAfterDelete } from './focus-after-delete';
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
  // Once the stage is deleted its trigger goes with it: focus goes to a neighbour instead.
  const deleted = useRef(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <DialogPanel
        width="w-[min(32rem,92vw)]"
        onCloseAutoFocus={(event) => deleted.current && event.preventDefault()}
      >
        {open && (
          <DeleteBody
            stage={stage}
            count={count}
            onDone={() => {
              deleted.current = true;
              setOpen(false);
            }}
          />
        )}
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
  const flow = useDeleteFlow(tools, stage, stages, count, () => {
    // `stages` is still the list the admin confirmed in, with the stage in it (docs/focus.md §4).
    const neighbours = focusAfterDelete(stages, stage);
    returnFocus(
      () =>
        neighbours.map(stageFocusTarget).find((target) => target !== null) ??
        addButtonOf(stage.group),
    );
    onDone();
  });
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
