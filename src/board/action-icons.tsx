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
