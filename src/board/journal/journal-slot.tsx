import { lazy, Suspense, useEffect, useState } from 'react';
import type { Directory } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import { Button } from '../../ui/button';

/** Undo, redo and the change journal: loaded after the first board (see deferred.tsx). */
const JournalTools = lazy(() =>
  import('./journal-tools').then((module) => ({ default: module.JournalTools })),
);

export interface JournalSlotProps {
  /** Every directory the portal lists: the journal's filter and its revert look them up. */
  readonly directories: readonly Directory[];
  readonly canEdit: boolean;
}

/** The same buttons, disabled, while the journal's code is on its way. */
function Placeholder() {
  const t = useT();
  return (
    <div className="flex shrink-0 items-center gap-1">
      <Button disabled>{t('undo')}</Button>
      <Button disabled>{t('redo')}</Button>
      <Button disabled>{t('changeJournal')}</Button>
    </div>
  );
}

/**
 * The header's one place for the journal. Nothing of it loads with the first board: the first
 * paint goes out, then the journal's code and its one request (who is signed in, whether the
 * storage exists) follow.
 */
export function JournalSlot(props: JournalSlotProps) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  if (!painted) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <JournalTools {...props} />
    </Suspense>
  );
}
