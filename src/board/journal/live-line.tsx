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
  /** Under the header's buttons, over the board; otherwise in the flow of the journal panel. */
  floating: boolean;
}) {
  const t = useT();
  const box = floating
    ? // Over the board for a while: clicks go through to it, except on its own button.
      'pointer-events-none absolute top-full right-0 z-30 mt-2 max-w-md shadow-md bg-surface'
    : 'bg-surface-sunken';
  return (
    <div className={text ? `flex flex-col gap-2 rounded-control px-3 py-2 text-sm ${box}` : ''}>
      <p role="status" className={text ? '' : 'sr-only'}>
        {text}
      </p>
      {text && onAnyway && (
        <Button className="pointer-events-auto self-start" onClick={onAnyway}>
          {t('deleteAnyway')}
        </Button>
      )}
    </div>
  );
}
