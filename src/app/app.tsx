import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import type { Portal } from '../b24/portal';
import { I18nProvider } from '../i18n/i18n-context';
import { langFrom } from '../i18n/messages';
import { PortalProvider } from '../stages/portal-context';
import { Shell } from './shell';

// React Query hands cache changes to React in a setTimeout by default, so an optimistic write
// (a rename, a drop) reached the screen a task later, often a frame or two after the key press.
// A microtask keeps it in the same task as the admin's action: the change shows in the next frame.
notifyManager.setScheduler(queueMicrotask);

/**
 * The SDK retries rate limits and network errors itself (b24jssdk.md §3.5); a second retry
 * layer here would multiply waits and repeat non-idempotent writes, so React Query does not retry.
 */
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

export function App({ portal }: { portal: Portal }) {
  const [client] = useState(makeQueryClient);
  return (
    <StrictMode>
      <PortalProvider portal={portal}>
        <I18nProvider lang={langFrom(portal.lang)}>
          <QueryClientProvider client={client}>
            <Shell />
          </QueryClientProvider>
        </I18nProvider>
      </PortalProvider>
    </StrictMode>
  );
}
