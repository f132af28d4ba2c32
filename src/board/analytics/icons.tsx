import type { ReactNode } from 'react';

/** Icons of the analytics and outcome controls, in one 16 px frame (kept apart from the board's). */
function Icon({ stroke = false, children }: { stroke?: boolean; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      {...(stroke
        ? {
            fill: 'none',
            stroke: 'currentColor',
            strokeWidth: 1.4,
            strokeLinecap: 'round' as const,
          }
        : { fill: 'currentColor' })}
    >
      {children}
    </svg>
  );
}

export const ChartIcon = () => (
  <Icon>
    <rect x="2" y="8" width="3" height="6" rx="0.5" />
    <rect x="6.5" y="4" width="3" height="10" rx="0.5" />
    <rect x="11" y="2" width="3" height="12" rx="0.5" />
  </Icon>
);

export const OutcomeIcon = () => (
  <Icon stroke>
    <path d="M2.5 5h9M9 2.5 11.5 5 9 7.5M13.5 11h-9M7 8.5 4.5 11 7 13.5" />
  </Icon>
);
