import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import type { Portal } from '../b24/portal';
import { I18nProvider } from '../i18n/i18n-context';
import { langFrom } from '../i18n/messages';
import { createUnsavedEdits, StagesProvider, usePortal } from '../stages/portal-context';
import { JournalProvider } from '../stages/journal/journal-context';
import type { UnsavedEdits } from '../stages/unsaved-edits';
import { watchFrameView } from '../ui/frame-view';
import { Shell } from './shell';

/** Only a first install needs it: not part of the everyday board's download. */
const InstallScreen = lazy(() =>
  import('./install-screen').then((module) => ({ default: module.InstallScreen })),
);
import { applyTheme, THEME_OPTION, themeOf } from './theme';
import { useFitHeight } from './use-fit-height';

// React Query hands cache changes to React in a setTimeout by default, so an optimistic write
// (a rename, a drop) reached the screen a task later, often a frame or two after the key press.
// A microtask keeps it in the same task as the admin's action: the change shows in the next frame.
notifyManager.setScheduler(queueMicrotask);

/**
 * The SDK retries rate limits and network errors itself (docs/sdk.md §3); a second retry
 * layer here would multiply waits and repeat non-idempotent writes, so React Query does not retry.
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/**
 * Runs once per page, before the first render: brings back the changes not yet saved, and the
 * theme (before the first paint, so a dark choice never flashes light).
 */
export function prepareApp(portal: Portal): UnsavedEdits {
  applyTheme(themeOf(portal.userOption(THEME_OPTION)));
  return createUnsavedEdits(portal);
}

export function App({ portal, unsaved }: { portal: Portal; unsaved: UnsavedEdits }) {
  const [client] = useState(makeQueryClient);
  return (
    <StrictMode>
      <StagesProvider portal={portal} unsaved={unsaved}>
        <JournalProvider portal={portal}>
          <I18nProvider lang={langFrom(portal.lang)}>
            <QueryClientProvider client={client}>
              <Screen />
            </QueryClientProvider>
          </I18nProvider>
        </JournalProvider>
      </StagesProvider>
    </StrictMode>
  );
}

function Screen() {
  useFitHeight();
  // Known before any dialog opens, so each opens where the admin is looking (ui/frame-view.ts).
  useEffect(watchFrameView, []);
  const portal = usePortal();
  return portal.host.installMode ? (
    <Suspense fallback={null}>
      <InstallScreen />
    </Suspense>
  ) : (
    <Shell />
  );
}
