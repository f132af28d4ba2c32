import '../../i18n/analytics';
import { funnelSteps, type Funnel } from '../../domain/funnel';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount, formatDays, groupLabel } from './format';

const cell = 'border-t border-line px-2 py-1 text-right tabular-nums';

/**
 * The funnel's numbers as a table named `Funnel`: one row per stage (the success path, then the
 * failure branches), each with its name as the row header and its figures.
 */
export function FunnelTable({ funnel }: { funnel: Funnel }) {
  const { t, lang } = useI18n();
  const count = (n: number) => formatCount(lang, n);
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="pb-1 text-left font-semibold">{t('funnelTable')}</caption>
      <thead>
        <tr className="text-xs text-muted">
          <th scope="col" className="px-2 py-1 text-left">
            {t('funnelStage')}
          </th>
          <th scope="col" className="px-2 py-1 text-left">
            {t('funnelGroup')}
          </th>
          {(
            ['figureEntered', 'figureMovedOn', 'figureWon', 'figureLost', 'figureMedian'] as const
          ).map((key) => (
            <th key={key} scope="col" className="px-2 py-1 text-right">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {funnelSteps(funnel).map(({ stage, figures: f }) => (
          <tr key={stage.id}>
            <th
              scope="row"
              className="border-t border-line px-2 py-1 text-left font-normal break-words"
            >
              {stage.name}
            </th>
            <td className="border-t border-line px-2 py-1">{groupLabel(t, stage.group)}</td>
            <td className={cell}>{count(f.entered)}</td>
            <td className={cell}>{count(f.movedOn)}</td>
            <td className={cell}>{count(f.won)}</td>
            <td className={cell}>{count(f.lost)}</td>
            <td className={cell}>
              {f.medianMs === null ? '—' : t('lineMedian', { days: formatDays(lang, f.medianMs) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
