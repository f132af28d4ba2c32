import type { LoadProgress } from '../b24/analytics-port';

/**
 * How far each analytics load has come, by query key. Not server state: the figures themselves
 * are in React Query; this is the progress bar's, and it ends when the load does.
 */
export type LoadState =
  | { readonly phase: 'loading'; readonly progress: LoadProgress | null }
  | { readonly phase: 'stopped'; readonly progress: LoadProgress | null };

const states = new Map<string, LoadState>();
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

export const loadProgress = {
  get: (key: string): LoadState | undefined => states.get(key),
  set(key: string, state: LoadState | undefined) {
    if (state) states.set(key, state);
    else states.delete(key);
    notify();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
