import { useEffect } from 'react';
import { useT } from '../../i18n/i18n-context';
import { Notice } from '../notice-strip';
import { REFUSAL_MESSAGES } from './announcements';
import type { DropRefusal } from './resolve-drop';

/** Long enough to read the one sentence twice; the drag's live region has said it already. */
const SHOWN_MS = 8000;

/**
 * Why the last drop was refused, in the notice strip above the board: it no longer stays until a
 * reload, pushing the board down. It goes with the next drag, after a few seconds, or when
 * dismissed. The paragraph stays mounted as a live region, so its text is read as it appears.
 */
export function RefusalNotice({
  refusal,
  onDismiss,
}: {
  refusal: DropRefusal | null;
  onDismiss: () => void;
}) {
  const t = useT();
  useEffect(() => {
    if (refusal === null) return;
    const timer = window.setTimeout(onDismiss, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [refusal, onDismiss]);
  return (
    <Notice>
      <span
        className={
          refusal
            ? 'me-3 inline-flex items-center gap-1 rounded-control bg-warning-surface ps-2'
            : ''
        }
      >
        <span role="status">{refusal && t(REFUSAL_MESSAGES[refusal].screen)}</span>
        {refusal && (
          <button
            type="button"
            aria-label={t('dismissNotice')}
            title={t('dismissNotice')}
            onClick={onDismiss}
            className="inline-grid h-5 min-w-6 place-items-center rounded-control text-muted hover:bg-surface-sunken hover:text-text"
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </span>
    </Notice>
  );
}
