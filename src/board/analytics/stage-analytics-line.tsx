import { lazy, Suspense, type ButtonHTMLAttributes, type ReactNode } from 'react';
import type { Stage } from '../../domain/stage';
import { useT } from '../../i18n/i18n-context';
import { analyticsScope } from '../../stages/analytics-scope';
import { useBoardTools } from '../board-context';
import { useAfterFirstPaint } from '../deferred';
import { ActionButton } from './action-button';
import { ChartIcon } from './icons';

/** The figures, the period and the details: loaded after the first board, with the numbers. */
const LazyAnalyticsLine = lazy(() =>
  import('./analytics-line').then((module) => ({ default: module.AnalyticsLine })),
);

/** The line's layout: the compact figures, then the details button. */
export function LineFrame({ line, button }: { line: string; button: ReactNode }) {
  return (
    <div className="flex min-w-0 items-center gap-1 text-[11px] leading-4 text-muted">
      <span
        data-testid="stage-analytics"
        // In a kanban card (the board's only size container) the line wraps between its parts; the
        // compact view's row keeps it on one. What is still cut is one hover away.
        title={line || undefined}
        className="min-w-0 flex-1 truncate tabular-nums @min-[1px]:whitespace-normal"
      >
        {line}
      </span>
      {button}
    </div>
  );
}

/**
 * The `Analytics of stage <NAME>` button, disabled until its details can open. The other props
 * (a popover trigger's handler, ref and state) go on to the button.
 */
export function DetailsButton({
  stage,
  ...props
}: { stage: Stage } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const label = useT()('analyticsOfStage', { name: stage.name });
  return (
    <ActionButton label={label} {...props}>
      <ChartIcon />
    </ActionButton>
  );
}

/**
 * A stage's analytics on its card: the compact line (`124 in · 38% won · 4.2 d`) once the
 * figures are loaded, and the `Analytics of stage <NAME>` button that opens the details. The
 * numbers arrive after the first board anyway, so their code does too; until then the card keeps
 * the line's place with the button disabled.
 */
export function StageAnalyticsLine({ stage }: { stage: Stage }) {
  const { directory } = useBoardTools();
  const painted = useAfterFirstPaint();
  if (!analyticsScope(directory)) return null;
  const placeholder = <LineFrame line="" button={<DetailsButton stage={stage} disabled />} />;
  return painted ? (
    <Suspense fallback={placeholder}>
      <LazyAnalyticsLine stage={stage} />
    </Suspense>
  ) : (
    placeholder
  );
}
