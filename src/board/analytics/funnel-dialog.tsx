import '../../i18n/analytics';
import * as Dialog from '@radix-ui/react-dialog';
import { useMemo } from 'react';
import { funnelOf } from '../../domain/funnel';
import type { Directory, Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import type { DirectoryFigures } from '../../stages/analytics-load';
import { Button } from '../../ui/button';
import { FunnelChart } from './funnel-chart';
import { FunnelTable } from './funnel-table';

/**
 * `Funnel preview`: Bitrix24's own pipeline preview draws the stages as a funnel with no data;
 * this one draws them from the figures. The picture is one image with a spoken summary, and the
 * same numbers follow as the `Funnel` table for anyone who reads rather than looks.
 */
export function FunnelDialog({
  directory,
  stages,
  figures,
}: {
  directory: Directory;
  stages: readonly Stage[];
  figures: DirectoryFigures;
}) {
  const t = useT();
  const funnel = useMemo(() => funnelOf(stages, figures.byStage), [stages, figures]);
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <Button>{t('funnelPreview')}</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-black/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 flex max-h-[90vh] w-[min(56rem,94vw)] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 overflow-y-auto rounded-card bg-surface p-4 text-text shadow-lg">
          <Dialog.Title className="text-base font-semibold break-words">
            {t('funnelTitle', { name: directory.name, days: figures.days })}
          </Dialog.Title>
          <Dialog.Description className="text-sm text-muted">
            {t('funnelDescription')}
          </Dialog.Description>
          <FunnelChart funnel={funnel} name={directory.name} />
          <FunnelTable funnel={funnel} />
          <div className="flex justify-end">
            <Dialog.Close asChild>
              <Button>{t('close')}</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
