import type { Directory, Stage } from '../domain/stage';
import { smallAction, TrashIcon } from './action-icons';
import { Deferred } from './deferred';
import { DeleteDialog } from './lazy-parts';

/**
 * The trash button that opens the delete dialog. The dialog's code loads after the first paint;
 * until then the same button shows disabled.
 */
export function DeleteButton({
  label,
  directory,
  stage,
  stages,
  count,
}: {
  /** `Delete stage <NAME>` or `Delete item <NAME>`, already translated. */
  label: string;
  directory: Directory;
  stage: Stage;
  stages: readonly Stage[];
  count: number | null | undefined;
}) {
  const button = (disabled: boolean) => (
    <button
      type="button"
      disabled={disabled}
      className={smallAction}
      aria-label={label}
      title={label}
    >
      <TrashIcon />
    </button>
  );
  return (
    <Deferred placeholder={button(true)}>
      <DeleteDialog
        directory={directory}
        stage={stage}
        stages={stages}
        count={count}
        trigger={button(false)}
      />
    </Deferred>
  );
}
