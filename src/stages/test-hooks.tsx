import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Portal } from '../b24/portal';
import { ChangeRecorderProvider, type RecordChange } from './change-recorder';
import { StagesProvider } from './portal-context';
import { UnsavedEdits } from './unsaved-edits';

/**
 * Renders a hook of stages/ as the app runs it: the query client, the portal (a FakePortal in
 * tests), an unsaved-changes list kept in memory, and, when given, a recorder of the changes the
 * commands report, or anything else around it (the journal).
 */
export function renderStageHook<T>(
  hook: () => T,
  {
    portal,
    client,
    record,
    around = (children) => children,
  }: {
    portal: Portal;
    client: QueryClient;
    record?: RecordChange;
    around?: (children: ReactNode) => ReactNode;
  },
) {
  const unsaved = new UnsavedEdits({ read: () => null, write: () => undefined });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <StagesProvider portal={portal} unsaved={unsaved}>
        {around(
          record ? (
            <ChangeRecorderProvider record={record}>{children}</ChangeRecorderProvider>
          ) : (
            children
          ),
        )}
      </StagesProvider>
    </QueryClientProvider>
  );
  return renderHook(hook, { wrapper });
}
