import { useT } from '../../i18n/i18n-context';
import { useUnsavedEdits } from '../../stages/portal-context';
import { useUnsavedActions } from '../../stages/use-unsaved-actions';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import { describe } from '../unsaved-changes-panel';

/**
 * An undo, redo or revert that met another admin's change since: the portal kept theirs, and
 * here (as in the unsaved-changes list, which the open journal may cover) the admin sees both
 * values and chooses: apply theirs over mine, or leave theirs.
 */
export function JournalConflicts() {
  const t = useT();
  const actions = useUnsavedActions();
  const conflicts = useUnsavedEdits().filter(
    (u) => u.state === 'failed' && u.edit.journal?.cause !== undefined,
  );
  if (conflicts.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2 rounded-control border border-alert bg-alert-surface p-2">
      {conflicts.map((entry) => {
        const error = entry.failures[0]?.error;
        return (
          <li key={entry.edit.id} className="flex flex-wrap items-center gap-2 text-sm">
            <p className="min-w-0 flex-1">
              <strong className="font-semibold">{describe(t, entry.edit.label)}</strong>
              {' — '}
              {errorMessage(t, error)}
            </p>
            <Button variant="primary" disabled={actions.busy} onClick={() => actions.retry(entry)}>
              {error?.kind === 'conflict' ? t('applyMine') : t('retry')}
            </Button>
            <Button variant="ghost" onClick={() => actions.discard(entry.edit.id)}>
              {t('discard')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
