import type { ReactNode } from 'react';

/**
 * Small square buttons beside a stage's own actions: 24 px, the smallest target WCAG 2.2 (2.5.8)
 * accepts without extra spacing, so a row of them fits a narrow card and stays touchable.
 */
export const smallAction =
  'inline-flex size-6 shrink-0 items-center justify-center rounded-control text-text hover:bg-black/10 focus-visible:bg-black/10 disabled:opacity-40';

/** The line icons' common frame: 14 px, drawn in the text colour, hidden from screen readers. */
function Stroke({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
    >
      {children}
    </svg>
  );
}

export function PlusIcon() {
  return (
    <Stroke>
      <path d="M8 3v10M3 8h10" strokeWidth="1.6" strokeLinecap="round" />
    </Stroke>
  );
}

export function TrashIcon() {
  return (
    <Stroke>
      <path
        d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </Stroke>
  );
}

export function GripIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="currentColor">
      <circle cx="5" cy="3" r="1.4" />
      <circle cx="11" cy="3" r="1.4" />
      <circle cx="5" cy="8" r="1.4" />
      <circle cx="11" cy="8" r="1.4" />
      <circle cx="5" cy="13" r="1.4" />
      <circle cx="11" cy="13" r="1.4" />
    </svg>
  );
}

export function PencilIcon() {
  return (
    <Stroke>
      <path d="M11 2.5l2.5 2.5L6 12.5H3.5V10z" strokeWidth="1.4" strokeLinejoin="round" />
    </Stroke>
  );
}

export function SwatchIcon({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="size-3.5 rounded-full border border-black/20"
      style={{ backgroundColor: colour }}
    />
  );
}

export function RestoreIcon() {
  return (
    <Stroke>
      <path
        d="M3.5 6.5A4.8 4.8 0 1 1 3.2 10M3.5 2.8v3.7h3.7"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Stroke>
  );
}

/** Marks a system stage (start, success, first failure): Bitrix24 protects it from deletion. */
export function SystemIcon({ label }: { label: string }) {
  return (
    <svg role="img" aria-label={label} viewBox="0 0 16 16" className="inline size-3" fill="none">
      <path
        d="M8 1.8 13 3.6v4c0 3-2.1 5.3-5 6.6-2.9-1.3-5-3.6-5-6.6v-4z"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
