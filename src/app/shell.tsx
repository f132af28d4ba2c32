import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { AfterFirstPaintProvider } from '../board/deferred';
import { DirectoryNav } from '../board/directory-nav';
import { JournalSlot } from '../board/journal/journal-slot';
import { errorMessage } from '../board/error-message';
import { NoticeStrip, NoticeStripProvider } from '../board/notice-strip';
import { SavingLine, UnsavedChangesPanel } from '../board/unsaved-changes-panel';
import { StageDirectory } from '../board/stage-directory';
import { ExportAllButton } from '../board/stage-sets/export-all-button';
import { defaultDirectoryId, groupDirectories, hideLeadsInSimpleMode } from '../domain/directories';
import { directoryForPlacement } from '../domain/placement';
import { useT } from '../i18n/i18n-context';
import { usePortal, useUnsavedEdits } from '../stages/portal-context';
import { startQueryOptions } from '../stages/queries';
import { Button } from '../ui/button';
import { Centered } from '../ui/centered';
import { ThemeToggle } from './theme-toggle';

/** Bitrix24 opens the default deal pipeline in its own settings; so do we, unless told otherwise. */
const DEFAULT_DIRECTORY = 'DEAL_STAGE';
const LAST_DIRECTORY = 'lastDirectory';

export function Shell() {
  const t = useT();
  const portal = usePortal();
  const client = useQueryClient();
  const [firstId] = useState(() => portal.userOption(LAST_DIRECTORY) ?? DEFAULT_DIRECTORY);
  const start = useQuery(startQueryOptions(portal, client, firstId));
  const [chosen, setChosen] = useState<string | null>(null);

  const crmMode = start.data?.crmMode ?? 'classic';
  const sections = useMemo(
    () => hideLeadsInSimpleMode(groupDirectories(start.data?.directories ?? []), crmMode),
    [start.data, crmMode],
  );
  const visible = sections.flatMap((s) => s.directories);
  const fallback = defaultDirectoryId(visible);
  // Opened from a pipeline-settings page, the app shows that page's pipeline first.
  const placed = useMemo(
    () =>
      directoryForPlacement(
        portal.host.placement,
        portal.host.placementOptions,
        start.data?.directories ?? [],
      ),
    [portal.host, start.data],
  );
  const wanted = chosen ?? placed ?? firstId;
  const current =
    visible.find((d) => d.entityId === wanted) ??
    visible.find((d) => d.entityId === fallback) ??
    null;

  // A refusal on the way (another admin took our rights meanwhile) makes the board read-only too.
  const denied = useUnsavedEdits().some((u) =>
    u.failures.some((failure) => failure.error.kind === 'access-denied'),
  );
  const canEdit = start.data?.editRight.kind === 'allowed' && !denied;

  if (start.isPending) return <Centered>{t('loadingBoard')}</Centered>;
  if (start.isError) {
    return (
      <Centered>
        <p role="alert">{errorMessage(t, start.error)}</p>
        <Button variant="primary" onClick={() => void start.refetch()}>
          {t('retry')}
        </Button>
      </Centered>
    );
  }

  return (
    // Natural height, not h-screen: the portal's frame is fitted to the content (use-fit-height).
    <NoticeStripProvider>
      <div className="flex flex-col">
        {/* First in the tab order: past the theme and the directory list in one key press. */}
        <a
          href="#board"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('board')?.focus();
          }}
          className="sr-only rounded-control bg-primary-fill px-3 py-2 text-on-primary focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
        >
          {t('skipToBoard')}
        </a>
        <header className="flex items-center gap-3 border-b border-line bg-surface px-4 py-2">
          <h1 className="shrink-0 text-lg font-semibold">{t('appTitle')}</h1>
          {current && <span className="min-w-0 truncate text-muted">{current.name}</span>}
          <ExportAllButton directories={visible} />
          <ThemeToggle />
          <JournalSlot directories={start.data.directories} canEdit={canEdit} />
        </header>
        <div className="flex">
          {/* Narrow enough that the default pipeline's eight stages fit beside it at 1280 px. */}
          <aside className="w-44 shrink-0 border-r border-line bg-surface p-1.5">
            <DirectoryNav
              sections={sections}
              selected={current?.entityId ?? ''}
              leadsHidden={crmMode === 'simple'}
              onSelect={(directory) => {
                setChosen(directory.entityId);
                portal.setUserOption(LAST_DIRECTORY, directory.entityId);
              }}
            />
          </aside>
          <AfterFirstPaintProvider>
            <main className="min-w-0 flex-1 px-3 py-2">
              {!canEdit && (
                <p
                  role="status"
                  className="mb-3 rounded-control bg-warning-surface px-3 py-2 text-sm"
                >
                  {t(
                    start.data?.editRight.kind === 'read-only' &&
                      start.data.editRight.reason === 'no-crm-access'
                      ? 'readOnlyNoCrmAccess'
                      : 'readOnlyBanner',
                  )}
                </p>
              )}
              <NoticeStrip>
                <SavingLine />
              </NoticeStrip>
              <UnsavedChangesPanel />
              <section
                id="board"
                tabIndex={-1}
                aria-label={t('boardRegion')}
                className="focus:outline-none"
              >
                {current && (
                  <StageDirectory key={current.entityId} directory={current} canEdit={canEdit} />
                )}
              </section>
            </main>
          </AfterFirstPaintProvider>
        </div>
      </div>
    </NoticeStripProvider>
  );
}
