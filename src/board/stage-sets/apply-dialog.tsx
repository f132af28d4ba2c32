import * as Dialog from '@radix-ui/react-dialog';
import { DialogPanel } from '../../ui/dialog-panel';
import { useQueryClient } from '@tanstack/react-query';
import type { StartData } from '../../b24/portal';
import type { Directory } from '../../domain/stage';
import { useI18n } from '../../i18n/i18n-context';
import type { ApplyRequest } from '../../stages/stage-set-apply';
import { useStageSetApply } from '../../stages/use-stage-set-apply';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import { ApplyProgress } from './apply-progress';
import { PlannedChanges } from './planned-changes';
import { SetProblems } from './set-problems';
import { SetSources } from './set-sources';
import { useApplyFlow } from './use-apply-flow';
import '../../i18n/stage-sets/dialog';
import { useT } from '../../i18n/i18n-context';

/**
 * `Apply stage set`: choose a source, `Preview` the dry run (the `Planned changes` table; no
 * write is sent), then `Apply` it with progress, `Stop` and `Resume`. Every step can be done from
 * the keyboard: the dialog traps focus and Escape closes it when nothing is running.
 */
export function ApplyDialog({ directory, onClose }: { directory: Directory; onClose: () => void }) {
  const { lang } = useI18n();
  const t = useT();
  const client = useQueryClient();
  const directories =
    client.getQueriesData<StartData>({ queryKey: ['stages', 'start'] })[0]?.[1]?.directories ?? [];
  const flow = useApplyFlow(directory, lang);
  const apply = useStageSetApply();
  const running = apply.state.phase === 'running' || apply.state.phase === 'stopping';
  const started = apply.state.phase !== 'idle';
  const preview = flow.preview;
  const request = (): ApplyRequest | null =>
    preview && {
      directory,
      set: preview.set,
      sameKind: preview.sameKind,
      targets: flow.targets,
      kept: preview.plan.pairs,
      counts: preview.counts,
    };
  const go = (resume: boolean) => {
    const next = request();
    if (next) (resume ? apply.resume : apply.start)(next);
  };
  return (
    <Dialog.Root open onOpenChange={(open) => !open && !running && onClose()}>
      <DialogPanel width="w-[min(48rem,94vw)]">
        <Dialog.Title className="text-base font-semibold">{t('applyStageSet')}</Dialog.Title>
        <Dialog.Description className="text-sm">
          {t('applyStageSetIntro', { name: directory.name })}
        </Dialog.Description>
        <fieldset disabled={started} className="contents">
          <SetSources flow={flow} directory={directory} directories={directories} />
        </fieldset>
        <div className="flex gap-2">
          <Button
            variant={preview ? 'secondary' : 'primary'}
            disabled={!flow.source || flow.busy || started}
            onClick={() => void flow.runPreview()}
          >
            {flow.busy ? t('previewing') : t('preview')}
          </Button>
        </div>
        {flow.problems && <SetProblems problems={flow.problems} />}
        {flow.error !== null && (
          <p role="alert" className="text-sm text-alert">
            {t('previewFailed', { reason: errorMessage(t, flow.error) })}
          </p>
        )}
        {preview && (
          <>
            <PlannedChanges preview={preview} onTarget={flow.setTarget} disabled={started} />
            <p className="text-sm" role="status">
              {preview.plan.writes === 0
                ? t('planNothing')
                : t('planSummary', {
                    writes: preview.plan.writes,
                    adds: preview.plan.adds.length,
                    updates: preview.plan.updates.length,
                    deletes: preview.plan.deletes.length,
                    items: preview.plan.moves.reduce((n, m) => n + m.count, 0),
                  })}
            </p>
          </>
        )}
        {started && <ApplyProgress state={apply.state} />}
        <div className="flex flex-wrap justify-end gap-2">
          {running && (
            <Button onClick={apply.stop} disabled={apply.state.phase === 'stopping'}>
              {t('stop')}
            </Button>
          )}
          {(apply.state.phase === 'stopped' ||
            apply.state.phase === 'failed' ||
            apply.state.phase === 'differs') && (
            <Button variant="primary" onClick={() => go(true)}>
              {t('resume')}
            </Button>
          )}
          {!started && preview && preview.plan.writes > 0 && (
            <Button variant="primary" onClick={() => go(false)}>
              {t('apply')}
            </Button>
          )}
          <Dialog.Close asChild>
            <Button variant="ghost" disabled={running}>
              {apply.state.phase === 'done' ? t('close') : t('cancel')}
            </Button>
          </Dialog.Close>
        </div>
      </DialogPanel>
    </Dialog.Root>
  );
}
