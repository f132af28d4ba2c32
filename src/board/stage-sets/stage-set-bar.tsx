import { lazy, Suspense, useState } from 'react';
import type { Directory, Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import { usePortal } from '../../stages/portal-context';
import { Button } from '../../ui/button';
import { isPipeline, PipelineDialog, type PipelineAction } from './pipeline-tools';

/** Validation, planning and the dialog load when the admin first opens it (bundle budget). */
const ApplyDialog = lazy(() => import('./apply-dialog').then((m) => ({ default: m.ApplyDialog })));

/**
 * Above a stage board: `Export stages` downloads the directory as a stage set
 * (`<directory name>.stage-set.json`, docs/stage-set.md), `Apply stage set` opens the dialog
 * that previews and applies one.
 */
export function StageSetBar({
  directory,
  stages,
  canEdit,
}: {
  directory: Directory;
  stages: readonly Stage[];
  canEdit: boolean;
}) {
  const t = useT();
  const portal = usePortal();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<PipelineAction | null>(null);
  const exportStages = () =>
    void import('./export-stages').then((m) =>
      m.exportDirectory(directory, stages, portal.pipelines.domain),
    );
  return (
    <div className="ms-auto flex flex-wrap items-center gap-2">
      <Button onClick={exportStages}>{t('exportStages')}</Button>
      <Button disabled={!canEdit} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('applyStageSet')}
      </Button>
      {isPipeline(directory) && (
        <>
          <Button
            variant="ghost"
            disabled={!canEdit}
            aria-label={t('renamePipeline', { name: directory.name })}
            onClick={() => setAction({ kind: 'rename', directory })}
          >
            {t('renamePipelineShort')}
          </Button>
          <Button
            variant="ghost"
            disabled={!canEdit}
            aria-label={t('deletePipeline', { name: directory.name })}
            onClick={() => setAction({ kind: 'delete', directory })}
          >
            {t('deletePipelineShort')}
          </Button>
        </>
      )}
      {action && (
        <Suspense fallback={null}>
          <PipelineDialog
            action={action}
            onClose={() => setAction(null)}
            onSelect={() => undefined}
          />
        </Suspense>
      )}
      {open && (
        <Suspense fallback={<span className="text-sm text-muted">{t('loadingBoard')}</span>}>
          <ApplyDialog directory={directory} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
