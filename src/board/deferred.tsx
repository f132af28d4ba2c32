import { createContext, Suspense, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * False until the first board has been painted. Parts an admin needs only on demand (the colour
 * picker, the delete dialog: Radix, floating-ui, react-colorful) and data it can do without (item
 * counts) load after that, so they never compete with the first board for the network or the
 * main thread.
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

/** Shows `placeholder` (the same control, disabled) until the lazy `children` can load. */
export function Deferred({
  placeholder,
  children,
}: {
  placeholder: ReactNode;
  children: ReactNode;
}) {
  return useAfterFirstPaint() ? (
    <Suspense fallback={placeholder}>{children}</Suspense>
  ) : (
    placeholder
  );
}
