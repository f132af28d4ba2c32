import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { Directory } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { usePortal } from '../stages/portal-context';
import { directoryQueryOptions } from '../stages/queries';
import { Button } from '../ui/button';
import { StageBoard } from './board';
import { errorMessage } from './error-message';

/**
 * Reference books are opened less often than pipelines and bring dnd-kit's sortable preset with
 * them: they load on demand, outside the first board's download.
 */
const ReferenceList = lazy(() =>
  import('./reference-list').then((module) => ({ default: module.ReferenceList })),
);

/** One directory on screen: its stages as a board, or a reference book as a list. */
export function StageDirectory({ directory, canEdit }: { directory: Directory; canEdit: boolean }) {
  const t = useT();
  const portal = usePortal();
  const stages = useQuery(directoryQueryOptions(portal, directory.entityId));
  if (stages.isError && !stages.data) {
    return (
      <div role="alert" className="flex items-center gap-3">
        <p>
          {t('loadFailed')} {errorMessage(t, stages.error)}
        </p>
        <Button onClick={() => void stages.refetch()}>{t('retry')}</Button>
      </div>
    );
  }
  if (!stages.data) return <p className="text-muted">{t('loadingBoard')}</p>;
  return directory.hasSemantics ? (
    <StageBoard directory={directory} stages={stages.data} canEdit={canEdit} />
  ) : (
    <Suspense fallback={<p className="text-muted">{t('loadingBoard')}</p>}>
      <ReferenceList directory={directory} entries={stages.data} canEdit={canEdit} />
    </Suspense>
  );
}
