import type { Directory, Stage } from '../../domain/stage';
import { usePendingOutcomes } from '../../stages/use-outcome-change';
import { OutcomeDialogHost } from './outcome-dialog';
import { useOpenOutcome } from './outcome-store';
import { OutcomeRunView } from './outcome-run-view';

/**
 * Outcome changes of this pipeline that have not finished (stopped, failed, or cut off by a
 * reload), each with its state and the way to resume, above the board where they cannot be
 * missed; and the outcome dialog, which lives here rather than on a card.
 */
export function PendingOutcomes({
  directory,
  stages,
}: {
  directory: Directory;
  stages: readonly Stage[];
}) {
  const pending = usePendingOutcomes(directory.entityId);
  const open = useOpenOutcome();
  return (
    <>
      {pending
        .filter((change) => change.oldId !== open?.id)
        .map((change) => (
          <section
            key={change.oldId}
            aria-label={change.name}
            className="mb-2 rounded-control bg-warning-surface px-3 py-2"
          >
            <OutcomeRunView directory={directory} change={change} />
          </section>
        ))}
      {open && open.entityId === directory.entityId && (
        <OutcomeDialogHost directory={directory} stages={stages} stage={open} />
      )}
    </>
  );
}
