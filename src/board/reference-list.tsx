import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';

/** A reference book without semantics (SOURCE, DEAL_TYPE, ...): shown in SORT order, read-only. */
export function ReferenceList({ name, items }: { name: string; items: readonly Stage[] }) {
  const t = useT();
  return (
    <div>
      <ol aria-label={name} className="flex max-w-xl flex-col gap-1">
        {items.map((item) => (
          <li key={item.id} className="rounded-control border border-line bg-surface px-3 py-2">
            {item.name}
          </li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-muted">{t('referenceLater')}</p>
    </div>
  );
}
