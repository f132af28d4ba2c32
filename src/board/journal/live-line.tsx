import '../../i18n/journal';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';

/**
 * The one live line that tells what the last undo, redo or revert did (screen readers hear it),
 * and, when the admin must choose first (the stage changed since), the way to go ahead.
 */
export function LiveLine({
  text,
  onAnyway,
  floating,
}: {
  text: string;
  /** Offered when the stage changed since: go ahead anyway. */
  onAnyway: (() => void) | null;
  /**
   * In the notice strip above the board (notice-strip.tsx), on one line with its button: it used
   * to float under the header's buttons and covered the board's own (Rename and Delete
   * pipeline) for as long as it showed. Otherwise in the flow of the journal panel.
   */
  floating: boolean;
}) {
  const t = useT();
  const box = floating
    ? 'me-3 flex-wrap items-center rounded-control bg-surface-sunken px-2'
    : 'flex-col rounded-control bg-surface-sunken px-3 py-2';
  return (
    <div className={text ? `flex gap-2 text-sm ${box}` : ''}>
      <p role="status" className={text ? '' : 'sr-only'}>
        {text}
      </p>
      {text && onAnyway && (
        <Button className="self-start" onClick={onAnyway}>
          {t('deleteAnyway')}
        </Button>
      )}
    </div>
  );
}
