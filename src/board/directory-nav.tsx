import type { DirectorySection } from '../domain/directories';
import type { Directory } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import type { MessageKey, Translate } from '../i18n/messages';
import { PipelineTools } from './stage-sets/pipeline-tools';

const SECTION_TITLES: Partial<Record<DirectorySection['object'], MessageKey>> = {
  lead: 'sectionLeads',
  deal: 'sectionDeals',
  quote: 'sectionQuotes',
  invoice: 'sectionInvoices',
  document: 'sectionDocuments',
  other: 'sectionOther',
  reference: 'sectionReference',
};

/** A section's heading: a smart process's own name, or the fixed section's translated title. */
export function sectionTitle(t: Translate, section: DirectorySection): string {
  const titleKey = SECTION_TITLES[section.object];
  return section.title ?? (titleKey ? t(titleKey) : section.key);
}

/**
 * The portal's directories grouped by CRM object; each entry is named by its NAME. A smart
 * process whose stages are switched off is listed, without a button, with the reason.
 */
export function DirectoryNav({
  sections,
  selected,
  onSelect,
  leadsHidden,
}: {
  sections: readonly DirectorySection[];
  selected: string;
  onSelect: (directory: Directory) => void;
  leadsHidden: boolean;
}) {
  const t = useT();
  return (
    <nav aria-label={t('directories')} className="flex flex-col gap-3 text-sm">
      {leadsHidden && <p className="px-2 text-xs text-muted">{t('leadsHiddenSimpleMode')}</p>}
      {sections.map((section) => {
        const title = sectionTitle(t, section);
        return (
          <div key={section.key}>
            <h2 className="px-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
              {title}
            </h2>
            <ul className="flex flex-col">
              {section.directories.map((directory) =>
                directory.enabled ? (
                  <li key={directory.entityId}>
                    <button
                      type="button"
                      aria-current={directory.entityId === selected ? 'page' : undefined}
                      onClick={() => onSelect(directory)}
                      className="w-full rounded-control px-2 py-1.5 text-left text-text hover:bg-surface-sunken aria-[current=page]:bg-primary-fill aria-[current=page]:text-on-primary"
                    >
                      {directory.name}
                    </button>
                  </li>
                ) : (
                  // Stages switched off in the smart process's settings: the admin sees the
                  // pipeline where they expect it, and why it cannot open, instead of a board
                  // that could never hold an item.
                  <li key={directory.entityId} className="px-2 py-1.5 text-muted">
                    <span className="block">{directory.name}</span>
                    <span className="block text-xs">{t('directoryStagesOff')}</span>
                  </li>
                ),
              )}
            </ul>
            <PipelineTools section={section} onSelect={onSelect} />
          </div>
        );
      })}
    </nav>
  );
}
