import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Slot {
  readonly element: HTMLElement | null;
  readonly setElement: (element: HTMLElement | null) => void;
}

const NoticeSlot = createContext<Slot>({ element: null, setElement: () => undefined });

/** Lets any part of the app put a notice in the strip (see NoticeStrip). */
export function NoticeStripProvider({ children }: { children: ReactNode }) {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const slot = useMemo(() => ({ element, setElement }), [element]);
  return <NoticeSlot.Provider value={slot}>{children}</NoticeSlot.Provider>;
}

/**
 * The line above the board that passing notices share (what is being saved, what an undo did,
 * why a drop was refused). It is always there, one line high, so a notice neither pushes the
 * board down nor floats over a control; `Notice` puts one here from anywhere in the app. A notice
 * spaces itself (`me-3`) only while it shows: an empty live region must take no room.
 */
export function NoticeStrip({ children }: { children: ReactNode }) {
  const { setElement } = useContext(NoticeSlot);
  return (
    <div className="mb-2 flex min-h-5 flex-wrap items-center gap-y-1 text-sm">
      {children}
      <div ref={setElement} className="contents" />
    </div>
  );
}

/** Shows its children in the strip (nothing until the strip is mounted). */
export function Notice({ children }: { children: ReactNode }) {
  const { element } = useContext(NoticeSlot);
  return element ? createPortal(children, element) : null;
}
