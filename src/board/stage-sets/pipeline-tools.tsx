import { lazy, Suspense, useState } from 'react';
import type { DirectorySection } from '../../domain/directories';
import type { Directory } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';

/** The dialogs load when first opened (bundle budget). */
const PipelineDialog = lazy(() =>
  import('./pipeline-dialogs').then((m) => ({ default: m.PipelineDialog })),
);

export type PipelineAction =
  | { readonly kind: 'add'; readonly entityTypeId: number }
  | { readonly kind: 'rename' | 'delete'; readonly directory: Directory };

const small =
  'rounded-control px-2 py-1 text-left text-xs text-muted hover:bg-surface-sunken hover:text-text';

/**
 * Under the deal pipelines and under each smart process: `New pipeline`, and for the open
 * pipeline `Rename pipeline <NAME>` and `Delete pipeline <NAME>` (crm.category.*).
 */
export function PipelineTools({
  section,
  selected,
  onSelect,
}: {
  section: DirectorySection;
  selected: string;
  onSelect: (directory: Directory) => void;
}) {
  const t = useT();
  const [action, setAction] = useState<PipelineAction | null>(null);
  const entityTypeId = section.entityTypeId;
  if ((section.object !== 'deal' && section.object !== 'dynamic') || entityTypeId === null)
    return null;
  const open = section.directories.find((d) => d.entityId === selected && d.enabled);
  const title = section.title ?? t('sectionDeals');
  return (
    <div role="group" aria-label={t('pipelinesOf', { section: title })} className="flex flex-col">
      <button
        type="button"
        className={small}
        onClick={() => setAction({ kind: 'add', entityTypeId })}
      >
        {t('newPipeline')}
      </button>
      {open && (
        <>
          <button
            type="button"
            className={small}
            aria-label={t('renamePipeline', { name: open.name })}
            onClick={() => setAction({ kind: 'rename', directory: open })}
          >
            {t('renamePipelineShort')}
          </button>
          <button
            type="button"
            className={small}
            aria-label={t('deletePipeline', { name: open.name })}
            onClick={() => setAction({ kind: 'delete', directory: open })}
          >
            {t('deletePipelineShort')}
          </button>
        </>
      )}
      {action && (
        <Suspense fallback={null}>
          <PipelineDialog action={action} onClose={() => setAction(null)} onSelect={onSelect} />
        </Suspense>
      )}
    </div>
  );
}
