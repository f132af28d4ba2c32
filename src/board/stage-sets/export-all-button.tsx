import { useState } from 'react';
import type { Directory } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import { usePortal } from '../../stages/portal-context';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';

/**
 * Every stage directory in one stage-set file: the stages are read 50 directories per request
 * (the board holds only the open one), then saved as `stage-sets.stage-set.json`.
 */
export function ExportAllButton({ directories }: { directories: readonly Directory[] }) {
  const t = useT();
  const portal = usePortal();
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({
    busy: false,
    error: null,
  });
  const stageDirectories = directories.filter((d) => d.hasSemantics);
  const run = async () => {
    setState({ busy: true, error: null });
    try {
      const [read, exporter] = await Promise.all([
        portal.pipelines.readDirectories(stageDirectories.map((d) => d.entityId)),
        import('./export-stages'),
      ]);
      exporter.exportDirectories(stageDirectories, read, portal.pipelines.domain);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <>
      <Button
        variant="ghost"
        disabled={state.busy || stageDirectories.length === 0}
        onClick={() => void run()}
      >
        {state.busy ? t('exportingAll') : t('exportAllStages')}
      </Button>
      {state.error !== null && (
        <span role="alert" className="text-sm text-alert">
          {t('exportAllFailed', { reason: errorMessage(t, state.error) })}
        </span>
      )}
    </>
  );
}
