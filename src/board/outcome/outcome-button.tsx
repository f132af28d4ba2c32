import { outcomeVerdict } from '../../domain/outcome-change';
import type { Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import { analyticsScope } from '../../stages/analytics-scope';
import { useShownStages } from '../../stages/queries';
import { ActionButton } from '../analytics/action-button';
import { OutcomeIcon } from '../analytics/icons';
import { useBoardTools } from '../board-context';
import { useAfterFirstPaint } from '../deferred';
import { outcomeDialog } from './outcome-store';

/**
 * `Change outcome of stage <NAME>`: turns an in-progress stage into a failure stage or back
 * (issue 14). Offered where it can work: a stage of a pipeline with items, not the success
 * stage, not a system stage, not the last in-progress stage (domain/outcome-change.ts). The
 * dialog opens with the board's header and loads after the first board.
 */
export function OutcomeButton({ stage }: { stage: Stage }) {
  const t = useT();
  const { directory, canEdit } = useBoardTools();
  const stages = useShownStages(stage.entityId) ?? [stage];
  const painted = useAfterFirstPaint();
  if (!canEdit || !analyticsScope(directory) || !outcomeVerdict(stage, stages).ok) return null;
  const label = t('changeOutcome', { name: stage.name });
  return (
    <ActionButton
      label={label}
      aria-haspopup="dialog"
      disabled={!painted}
      data-outcome-for={stage.id}
      onClick={() => outcomeDialog.open(stage)}
    >
      <OutcomeIcon />
    </ActionButton>
  );
}
