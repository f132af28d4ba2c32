import { lazy, Suspense, useState } from 'react';
import type { DirectorySection } from '../../domain/directories';
import type { Directory } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';

/** The dialogs load when first opened (bundle budget). */
export const PipelineDialog = lazy(() =>
  import('./pipeline-dialogs').then((m) => ({ default: m.PipelineDialog })),
);

/** Deal pipelines and smart-process pipelines are crm.category entries (§6); nothing else is. */
export const isPipeline = (directory: Directory) =>
  (directory.object === 'deal' || directory.object === 'dynamic') &&
  directory.entityTypeId !== null &&
  directory.categoryId !== null;

export type PipelineAction =
  | { readonly kind: 'add'; readonly entityTypeId: number }
  | { readonly kind: 'rename' | 'delete'; readonly directory: Directory };

const small =
  'rounded-control px-2 py-1 text-left text-xs text-muted hover:bg-surface-sunken hover:text-text';

/**
 * Under the deal pipelines and under each smart process: `New pipeline` (crm.category.add).
 * Rename and delete sit on the open pipeline's board (stage-set-bar.tsx), not here: a button
 * named after a pipeline inside the list would share its name with the pipeline's own entry.
 */
export function PipelineTools({
  section,
  onSelect,
}: {
  section: DirectorySection;
  onSelect: (directory: Directory) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const entityTypeId = section.entityTypeId;
  if ((section.object !== 'deal' && section.object !== 'dynamic') || entityTypeId === null)
    return null;
  const title = section.title ?? t('sectionDeals');
  return (
    <div role="group" aria-label={t('pipelinesOf', { section: title })} className="flex flex-col">
      <button type="button" className={small} onClick={() => setOpen(true)}>
        {t('newPipeline')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PipelineDialog
            action={{ kind: 'add', entityTypeId }}
            onClose={() => setOpen(false)}
            onSelect={onSelect}
          />
        </Suspense>
      )}
    </div>
  );
}
