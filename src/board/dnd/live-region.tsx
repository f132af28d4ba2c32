import { useSyncExternalStore } from 'react';

/**
 * The last thing a drag said, kept outside React state: a drag across 120 stages announces on
 * every step, and only this region should re-render for it, never the board.
 */
export interface Announcer {
  announce(text: string): void;
  subscribe(listener: () => void): () => void;
  current(): string;
}

export function createAnnouncer(): Announcer {
  let text = '';
  const listeners = new Set<() => void>();
  return {
    announce(next) {
      text = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => text,
  };
}

/** Read at once by screen readers, as dnd-kit's own region (whose id prefix the soak looks for). */
export function LiveRegion({ announcer, id }: { announcer: Announcer; id: string }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.current);
  return (
    <div id={id} role="status" aria-live="assertive" aria-atomic="true" className="sr-only">
      {text}
    </div>
  );
}
