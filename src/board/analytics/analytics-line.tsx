import '../../i18n/analytics';
import type { Stage } from '../../domain/stage';
import { NO_FIGURES } from '../../domain/stage-figures';
import { useI18n } from '../../i18n/i18n-context';
import { useShownFigures } from '../../stages/shown-figures';
import { useBoardTools } from '../board-context';
import { AnalyticsDetails } from './analytics-details';
import { compactLine } from './format';
import { usePeriod } from './period-store';
import { DetailsButton, LineFrame } from './stage-analytics-line';

/** The card's analytics once their code has loaded: reads the cache only (the header loads). */
export function AnalyticsLine({ stage }: { stage: Stage }) {
  const { t, lang } = useI18n();
  const { directory } = useBoardTools();
  const [days] = usePeriod();
  const figures = useShownFigures(directory.entityId, days);
  return (
    <LineFrame
      line={figures ? compactLine(t, lang, figures.byStage[stage.statusId] ?? NO_FIGURES) : ''}
      button={
        <AnalyticsDetails stage={stage} days={days} trigger={<DetailsButton stage={stage} />} />
      }
    />
  );
}
