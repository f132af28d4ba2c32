import type { Stage } from '../../domain/stage';
import { smallAction, TrashIcon } from '../action-icons';
import { Deferred } from '../deferred';
import { deleteDialogPart } from '../lazy-parts';

/**
 * The trash button that opens the delete dialog. The dialog's code loads after the first paint;
 * until then the same button shows disabled.
 */
export function DeleteButton({
  label,
  stage,
  count,
}: {
  /** `Delete stage <NAME>` or `Delete entry <NAME>`, already translated. */
  label: string;
  stage: Stage;
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
    <Deferred part={deleteDialogPart} placeholder={button(true)}>
      {(DeleteDialog) => <DeleteDialog stage={stage} count={count} trigger={button(false)} />}
    </Deferred>
  );
}
