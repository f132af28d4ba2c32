import '../../i18n/journal';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { JOURNAL_PAGE_SIZE, type JournalFilter, type JournalPage } from '../../b24/journal-port';
import { groupDirectories } from '../../domain/directories';
import { JOURNAL_KINDS, type JournalEntry } from '../../domain/journal/entry';
import type { Directory } from '../../domain/stage';
import { useI18n } from '../../i18n/i18n-context';
import { useJournalSnapshot, useSessionJournal } from '../../stages/journal/journal-context';
import { journalKeys, journalPageQueryOptions } from '../../stages/journal/queries';
import { useUndoIdle } from '../../stages/journal/use-undo';
import { usePortal } from '../../stages/portal-context';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import { JournalConflicts } from './journal-conflicts';
import { Select, type OptionGroup } from '../../ui/select';
import { sectionTitle } from '../directory-nav';
import { JournalExport } from './journal-export-button';
import { JournalList, type RowActions } from './journal-list';
import { ACTION_NOUNS, capitalised, unavailableText } from './journal-words';

/**
 * The change journal: every admin's changes, newest first, one page of 50 at a time (the rest is
 * never loaded), filtered by the portal by directory, admin and kind. Opening it costs one
 * request. Not modal: the board stays usable beside it; Escape closes it.
 */
export function JournalPanel({
  directories,
  canEdit,
  onRevert,
  onClose,
  live,
}: {
  directories: readonly Directory[];
  canEdit: boolean;
  /** What the last undo, redo or revert did: said here while the panel covers the header's line. */
  live: ReactNode;
  onRevert: (entry: JournalEntry) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const portal = usePortal();
  const journal = useSessionJournal();
  const snapshot = useJournalSnapshot();
  const ready = useUndoIdle();
  const [filter, setFilter] = useState<JournalFilter>({});
  const [start, setStart] = useState(0);
  const client = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const { status } = snapshot;
  const available = status.kind === 'ready';
  const page = useQuery({ ...journalPageQueryOptions(portal, filter, start), enabled: available });
  const me = status.kind === 'ready' ? status.user.name : '';

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    // A dialog over the board (delete) takes its own Escape first.
    const onKey = (event: KeyboardEvent) =>
      event.key === 'Escape' && !event.defaultPrevented && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  // The admin filter offers every author of the pages read so far, and the admin themself: the
  // full list would mean reading every entry.
  const authors = new Map<string, string>();
  const pages = client.getQueriesData<JournalPage>({ queryKey: journalKeys.all });
  const seen = [...pages.flatMap(([, data]) => data?.entries ?? []).map((e) => e.who)];
  if (status.kind === 'ready') seen.unshift(status.user);
  for (const who of seen) {
    if (who && !authors.has(who.id)) authors.set(who.id, who.name || `#${who.id}`);
  }

  const choose = (patch: Partial<Record<keyof JournalFilter, string>>) => {
    const next: Record<string, string> = { ...filter, ...patch };
    for (const key of Object.keys(next)) if (!next[key]) delete next[key];
    setFilter(next as JournalFilter);
    setStart(0);
  };
  const total = page.data?.total ?? 0;
  const shown = (page.data?.entries.length ?? 0) + (page.data?.skipped ?? 0);
  const last = Math.max(0, Math.floor((total - 1) / JOURNAL_PAGE_SIZE) * JOURNAL_PAGE_SIZE);
  const waiting = snapshot.pending.filter((p) => p.state !== 'sending').map((p) => p.entry);
  const actions: RowActions = {
    me,
    // A revert waits as Undo and Redo do, for another undo and for a running outcome change.
    canRevert: canEdit && ready,
    onRevert,
  };
  const all = t('filterAll');
  // In the sidebar's order and under its headings (directory-nav.tsx), so a directory is found
  // where the admin knows it from; leads stay listed in simple mode, for their older entries.
  const directoryGroups = useMemo(
    () =>
      groupDirectories(directories).map((section): OptionGroup => ({
        group: sectionTitle(t, section),
        options: section.directories.map((d) => [d.entityId, d.name] as const),
      })),
    [directories, t],
  );

  return (
    <section
      id="change-journal"
      aria-labelledby="change-journal-title"
      className="fixed inset-y-0 right-0 z-40 flex w-[min(40rem,100vw)] flex-col gap-3 overflow-y-auto border-l border-line bg-surface p-4 text-left text-text shadow-xl"
    >
      <div className="flex items-center gap-2">
        <h2
          id="change-journal-title"
          ref={heading}
          tabIndex={-1}
          className="flex-1 text-base font-semibold"
        >
          {t('changeJournal')}
        </h2>
        <Button variant="ghost" onClick={onClose} aria-label={t('journalClose')}>
          {t('close')}
        </Button>
      </div>
      {live}
      <JournalConflicts />
      {status.kind === 'unavailable' && (
        <p role="alert" className="rounded-control bg-warning-surface px-3 py-2 text-sm">
          {unavailableText(t, status)}
        </p>
      )}
      {snapshot.droppedOnLoad > 0 && (
        <p className="text-sm">{t('journalDroppedOnLoad', { count: snapshot.droppedOnLoad })}</p>
      )}
      {waiting.length > 0 && (
        <div className="flex flex-col gap-1 rounded-control border border-line p-2">
          <div className="flex items-center gap-2">
            <p className="flex-1 text-sm">
              {t('journalNotRecordedCount', { count: waiting.length })}
            </p>
            <Button onClick={() => journal.retry()}>{t('retry')}</Button>
          </div>
          <JournalList
            label={t('journalNotRecorded')}
            entries={[...waiting].reverse()}
            actions={actions}
          />
        </div>
      )}
      {available && (
        <>
          <div
            role="group"
            aria-label={t('journalFilters')}
            className="flex flex-wrap items-end gap-2"
          >
            <Select
              className="max-w-44 text-xs"
              label={t('filterDirectory')}
              value={filter.entityId ?? ''}
              options={[['', all], ...directoryGroups]}
              onChange={(entityId) => choose({ entityId })}
            />
            <Select
              className="max-w-44 text-xs"
              label={t('filterAdmin')}
              value={filter.authorId ?? ''}
              options={[['', all], ...authors.entries()]}
              onChange={(authorId) => choose({ authorId })}
            />
            <Select
              className="max-w-44 text-xs"
              label={t('filterKind')}
              value={filter.kind ?? ''}
              options={[
                ['', all],
                ...JOURNAL_KINDS.map((k) => [k, capitalised(t(ACTION_NOUNS[k]), lang)] as const),
              ]}
              onChange={(kind) => choose({ kind })}
            />
            <Button onClick={() => void page.refetch()}>{t('journalRefresh')}</Button>
            <JournalExport filter={filter} me={me} />
          </div>
          {page.isError && (
            <p role="alert" className="text-sm">
              {errorMessage(t, page.error)}
            </p>
          )}
          {page.isPending && <p className="text-sm text-muted">{t('journalLoading')}</p>}
          {page.data && page.data.skipped > 0 && (
            <p role="status" className="text-sm">
              {t('journalSkipped', { count: page.data.skipped })}
            </p>
          )}
          {page.data && total === 0 && (
            <p className="text-sm text-muted">
              {Object.keys(filter).length > 0 ? t('journalNoMatch') : t('journalEmpty')}
            </p>
          )}
          {page.data && (
            <JournalList
              label={t('journalEntries')}
              entries={page.data.entries}
              actions={actions}
            />
          )}
          {total > 0 && (
            <nav aria-label={t('journalPages')} className="flex flex-wrap items-center gap-2">
              <Button disabled={start === 0} onClick={() => setStart(0)}>
                {t('pageNewest')}
              </Button>
              <Button
                disabled={start === 0}
                onClick={() => setStart(Math.max(0, start - JOURNAL_PAGE_SIZE))}
              >
                {t('pageNewer')}
              </Button>
              <span className="text-sm" aria-live="polite">
                {t('journalPageRange', {
                  from: new Intl.NumberFormat(lang).format(Math.min(start + 1, total)),
                  to: new Intl.NumberFormat(lang).format(start + shown),
                  total: new Intl.NumberFormat(lang).format(total),
                })}
              </span>
              <Button disabled={start >= last} onClick={() => setStart(start + JOURNAL_PAGE_SIZE)}>
                {t('pageOlder')}
              </Button>
              <Button disabled={start >= last} onClick={() => setStart(last)}>
                {t('pageOldest')}
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
