/** Small square buttons beside a stage's own actions. */
export const smallAction =
  'inline-flex size-7 shrink-0 items-center justify-center rounded-control text-text hover:bg-black/10 focus-visible:bg-black/10 disabled:opacity-40';

export function PlusIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <path d="M8 3v10M3 8h10" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

export function TrashIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <path
        d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function GripIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
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
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <path d="M11 2.5l2.5 2.5L6 12.5H3.5V10z" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

export function SwatchIcon({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="size-4 rounded-full border border-black/20"
      style={{ backgroundColor: colour }}
    />
  );
}
