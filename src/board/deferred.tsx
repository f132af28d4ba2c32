import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

/**
 * False until the first board has been painted. Parts an admin needs only on demand (the colour
 * picker, the delete dialog: Radix, floating-ui, react-colorful; dnd-kit) and data it can do
 * without (item counts) load after that, so they never compete with the first board for the
 * network or the main thread.
 */
const AfterFirstPaint = createContext(false);

export function AfterFirstPaintProvider({ children }: { children: ReactNode }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // Passive effects run after the paint; the timeout lets that frame go out first.
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return <AfterFirstPaint value={painted}>{children}</AfterFirstPaint>;
}

export const useAfterFirstPaint = () => useContext(AfterFirstPaint);

/**
 * A module loaded on first use and then shared by every place that shows it. Not React.lazy:
 * React holds back the reveal of suspended content (up to 300 ms, to avoid popping), which kept
 * the board from being draggable for that long after its code had arrived; here all 120 cards
 * switch from the placeholder in the same render, the moment the module is there. A failed
 * download leaves the placeholder and is tried again by the next component that asks.
 */
export interface LazyPart<T> {
  get(): T | null;
  load(): void;
  subscribe(listener: () => void): () => void;
}

export function lazyPart<T>(loader: () => Promise<T>): LazyPart<T> {
  let value: T | null = null;
  let loading = false;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    load() {
      if (loading || value !== null) return;
      loading = true;
      loader().then(
        (loaded) => {
          value = loaded;
          for (const listener of listeners) listener();
        },
        () => {
          loading = false;
        },
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The part once loaded (it starts loading after the first paint), null until then. */
export function useLazyPart<T>(part: LazyPart<T>): T | null {
  const painted = useAfterFirstPaint();
  useEffect(() => {
    if (painted) part.load();
  }, [painted, part]);
  return useSyncExternalStore(part.subscribe, part.get);
}

/** Shows `placeholder` (the same control, disabled) until `part` has loaded. */
export function Deferred<T>({
  part,
  placeholder,
  children,
}: {
  part: LazyPart<T>;
  placeholder: ReactNode;
  children: (loaded: T) => ReactNode;
}) {
  const loaded = useLazyPart(part);
  return loaded === null ? placeholder : children(loaded);
}
