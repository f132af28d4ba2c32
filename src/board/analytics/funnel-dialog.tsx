import '../../i18n/analytics';
import * as Dialog from '@radix-ui/react-dialog';
import { DialogPanel } from '../../ui/dialog-panel';
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
      <DialogPanel width="w-[min(56rem,94vw)]">
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
      </DialogPanel>
    </Dialog.Root>
  );
}
