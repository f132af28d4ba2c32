import { Suspense } from 'react';
import type { Stage } from '../../domain/stage';
import { NO_FIGURES } from '../../domain/stage-figures';
import { useI18n } from '../../i18n/i18n-context';
import { analyticsScope } from '../../stages/analytics-scope';
import { useShownFigures } from '../../stages/shown-figures';
import { useBoardTools } from '../board-context';
import { useAfterFirstPaint } from '../deferred';
import { ActionButton } from './action-button';
import { compactLine } from './format';
import { ChartIcon } from './icons';
import { LazyAnalyticsDetails } from './lazy';
import { usePeriod } from './period-store';

/**
 * A stage's analytics on its card: the compact line (`124 in · 38% won · 4.2 d`) once the
 * figures are loaded, and the `Analytics of stage <NAME>` button that opens the details. Reads
 * the cache only; the header's controls load the figures.
 */
export function StageAnalyticsLine({ stage }: { stage: Stage }) {
  const { t, lang } = useI18n();
  const { directory } = useBoardTools();
  const [days] = usePeriod();
  const figures = useShownFigures(directory.entityId, days);
  const painted = useAfterFirstPaint();
  if (!analyticsScope(directory)) return null;
  const label = t('analyticsOfStage', { name: stage.name });
  const button = (disabled: boolean) => (
    <ActionButton label={label} disabled={disabled}>
      <ChartIcon />
    </ActionButton>
  );
  return (
    <div className="flex min-w-0 items-center gap-1 text-xs text-muted">
      <span data-testid="stage-analytics" className="min-w-0 flex-1 truncate tabular-nums">
        {figures ? compactLine(t, lang, figures.byStage[stage.statusId] ?? NO_FIGURES) : ''}
      </span>
      {painted ? (
        <Suspense fallback={button(true)}>
          <LazyAnalyticsDetails stage={stage} days={days} trigger={button(false)} />
        </Suspense>
      ) : (
        button(true)
      )}
    </div>
  );
}
