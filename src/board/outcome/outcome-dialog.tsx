import '../../i18n/analytics';
import * as Dialog from '@radix-ui/react-dialog';
import { Select } from '../../ui/select';
import { useMemo, useState, type ReactNode } from 'react';
import { groupStages } from '../../domain/order';
import {
  outcomeVerdict,
  planReplacement,
  type OutcomeChange,
  type OutcomeTarget,
} from '../../domain/outcome-change';
import type { Directory, Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import {
  useOutcomeCommands,
  usePendingOutcomes,
  useOutcomeRun,
} from '../../stages/use-outcome-change';
import { Button } from '../../ui/button';
import { DialogPanel } from '../../ui/dialog-panel';
import { groupLabel } from '../analytics/format';
import { useBoardTools } from '../board-context';
import { OutcomeRunView } from './outcome-run-view';
import { outcomeControlSelector, outcomeDialog } from './outcome-store';

/**
 * The outcome dialog: first a dry run (what changes, what does not follow, nothing sent), then
 * the change itself with its progress, Stop and Resume. Focus goes back to the stage's button,
 * or to the analytics controls when the stage is gone (the change deleted it).
 */
interface Props {
  readonly directory: Directory;
  readonly stages: readonly Stage[];
  readonly stage: Stage;
}

export function OutcomeDialogHost({ directory, stages, stage }: Props) {
  const t = useT();
  return (
    <Dialog.Root open onOpenChange={(open) => !open && outcomeDialog.close()}>
      <DialogPanel
        width="w-[min(34rem,92vw)]"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          const back =
            document.querySelector<HTMLElement>(outcomeControlSelector(stage.id)) ??
            document.querySelector<HTMLElement>('[data-analytics-controls]');
          back?.focus();
        }}
      >
        <Dialog.Title className="text-base font-semibold break-words">
          {t('outcomeTitle', { name: stage.name })}
        </Dialog.Title>
        <OutcomeBody directory={directory} stages={stages} stage={stage} />
      </DialogPanel>
    </Dialog.Root>
  );
}

function OutcomeBody({ directory, stages, stage }: Props) {
  const t = useT();
  const pending = usePendingOutcomes(directory.entityId).find((c) => c.oldId === stage.id);
  const run = useOutcomeRun(stage.id);
  const [started, setStarted] = useState<OutcomeChange | null>(null);
  const verdict = outcomeVerdict(stage, stages);
  const change = pending ?? started;
  const target: OutcomeTarget | null = change?.target ?? (verdict.ok ? verdict.target : null);
  const close = (
    <Dialog.Close asChild>
      <Button>{t('close')}</Button>
    </Dialog.Close>
  );
  if (target === null) return <div className="flex justify-end">{close}</div>;
  const description = (
    <Dialog.Description className="text-sm">
      {t('outcomeFrom', { from: groupLabel(t, stage.group), to: groupLabel(t, target) })}
    </Dialog.Description>
  );
  if (change && (run || pending)) {
    return (
      <>
        {description}
        <OutcomeRunView directory={directory} change={change} />
        <div className="flex justify-end">{close}</div>
      </>
    );
  }
  return (
    <>
      {description}
      <DryRun
        directory={directory}
        stages={stages}
        stage={stage}
        target={target}
        onStart={setStarted}
        close={close}
      />
    </>
  );
}

function DryRun({
  directory,
  stages,
  stage,
  target,
  onStart,
  close,
}: Props & {
  target: OutcomeTarget;
  onStart: (change: OutcomeChange) => void;
  close: ReactNode;
}) {
  const t = useT();
  const { countOf } = useBoardTools();
  const commands = useOutcomeCommands(directory);
  const others = groupStages(stages)[target];
  const [index, setIndex] = useState(target === 'failure' ? 0 : others.length);
  // Planned once per place: a name with no Latin letters gets a random code, which must not
  // change between what the summary says and what is sent.
  const plan = useMemo(
    () => planReplacement(directory, stages, stage, target, index),
    [directory, stages, stage, target, index],
  );
  const count = countOf(stage);
  const group = groupLabel(t, target);
  const start = () => {
    const change: OutcomeChange = {
      entityId: directory.entityId,
      oldId: stage.id,
      oldStatusId: stage.statusId,
      name: stage.name,
      target,
      index,
      code: plan.code,
      statusId: plan.statusId,
    };
    onStart(change);
    commands.run(change);
  };
  return (
    <>
      <Select
        className="text-sm"
        label={t('outcomePlace', { group })}
        value={String(index)}
        options={[null, ...others].map(
          (before, k) =>
            [
              String(k),
              before ? t('outcomePlaceAfter', { name: before.name }) : t('outcomePlaceFirst'),
            ] as const,
        )}
        onChange={(value) => setIndex(Number(value))}
      />
      <div className="rounded-control bg-warning-surface px-3 py-2 text-sm">
        <p className="font-medium">{t('outcomeSummary')}</p>
        <ul className="mt-1 list-disc pl-5">
          <li>{t('outcomeSummaryStage', { name: stage.name, group, place: index + 1 })}</li>
          <li>{count === undefined ? t('countingItems') : t('outcomeSummaryItems', { count })}</li>
          <li>{t('outcomeSummaryCode', { from: stage.statusId, to: plan.statusId })}</li>
          <li>{t('outcomeSummaryRobots', { from: stage.statusId })}</li>
          <li>{t('outcomeSummarySuccess')}</li>
        </ul>
      </div>
      <div className="flex justify-end gap-2">
        {close}
        <Button variant="primary" onClick={start}>
          {t('outcomeStart')}
        </Button>
      </div>
    </>
  );
}
