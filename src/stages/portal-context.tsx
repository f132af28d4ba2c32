import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Portal } from '../b24/portal';
import { UnsavedEdits, type UnsavedEdit } from './unsaved-edits';

const UNSAVED_OPTION = 'unsavedChanges';

interface Stages {
  readonly portal: Portal;
  readonly unsaved: UnsavedEdits;
}

const StagesContext = createContext<Stages | null>(null);

/**
 * The list of unsaved changes of this portal, kept in the admin's user option. Created once per
 * page, before the first render; written at once when the page goes away.
 */
export function createUnsavedEdits(portal: Portal): UnsavedEdits {
  const unsaved = new UnsavedEdits({
    read: () => portal.userOption(UNSAVED_OPTION),
    write: (value) => portal.setUserOption(UNSAVED_OPTION, value),
  });
  window.addEventListener('pagehide', unsaved.flush);
  return unsaved;
}

export function StagesProvider({ portal, unsaved, children }: Stages & { children: ReactNode }) {
  return <StagesContext value={{ portal, unsaved }}>{children}</StagesContext>;
}

function useStages(): Stages {
  const stages = useContext(StagesContext);
  if (!stages) throw new Error('stages hooks need a StagesProvider');
  return stages;
}

export const usePortal = (): Portal => useStages().portal;

export const useUnsavedStore = (): UnsavedEdits => useStages().unsaved;

export function useUnsavedEdits(): readonly UnsavedEdit[] {
  const store = useUnsavedStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
