import { useSyncExternalStore } from 'react';
import type { FailedWrite } from './stage-write';

/**
 * Writes the portal did not take. They live outside React Query (they are not server state:
 * the portal does not hold them) and outside any component, so closing a popover or switching
 * directories never drops them.
 */
let failed: readonly FailedWrite[] = [];
const listeners = new Set<() => void>();

function set(next: readonly FailedWrite[]) {
  failed = next;
  for (const listener of listeners) listener();
}

export const failedWrites = {
  add(entry: FailedWrite) {
    set([...failed.filter((f) => f.write.id !== entry.write.id), entry]);
  },
  remove(writeId: string) {
    if (failed.some((f) => f.write.id === writeId)) {
      set(failed.filter((f) => f.write.id !== writeId));
    }
  },
  get: () => failed,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useFailedWrites(): readonly FailedWrite[] {
  return useSyncExternalStore(failedWrites.subscribe, failedWrites.get);
}
