import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import type { Portal } from '../b24/portal';
import { I18nProvider } from '../i18n/i18n-context';
import { langFrom } from '../i18n/messages';
import { PortalProvider, usePortal } from '../stages/portal-context';
import { unsavedWrites } from '../stages/unsaved-writes-store';
import { InstallScreen } from './install-screen';
import { Shell } from './shell';
import { applyTheme, THEME_OPTION, themeOf } from './theme';
import { useFitHeight } from './use-fit-height';

/**
 * The SDK retries rate limits and network errors itself (b24jssdk.md §3.5); a second retry
 * layer here would multiply waits and repeat non-idempotent writes, so React Query does not retry.
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

const UNSAVED_OPTION = 'unsavedChanges';

/** Runs once per page, before the first render: brings back the changes not yet saved. */
export function prepareApp(portal: Portal) {
  unsavedWrites.load({
    read: () => portal.userOption(UNSAVED_OPTION),
    write: (value) => portal.setUserOption(UNSAVED_OPTION, value),
  });
  // Before the first paint, so a dark choice never flashes light.
  applyTheme(themeOf(portal.userOption(THEME_OPTION)));
}

export function App({ portal }: { portal: Portal }) {
  const [client] = useState(makeQueryClient);
  return (
    <StrictMode>
      <PortalProvider portal={portal}>
        <I18nProvider lang={langFrom(portal.lang)}>
          <QueryClientProvider client={client}>
            <Screen />
          </QueryClientProvider>
        </I18nProvider>
      </PortalProvider>
    </StrictMode>
  );
}

function Screen() {
  useFitHeight();
  const portal = usePortal();
  return portal.host.installMode ? <InstallScreen /> : <Shell />;
}
