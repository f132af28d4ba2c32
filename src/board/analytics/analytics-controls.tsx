import '../../i18n/analytics';
import { Select } from '../../ui/select';
import { PortalError } from '../../b24/portal-error';
import { PERIOD_DAYS, isPeriodDays } from '../../domain/analytics-period';
import type { Directory, Stage } from '../../domain/stage';
import { useI18n } from '../../i18n/i18n-context';
import { useDirectoryFigures } from '../../stages/use-stage-analytics';
import { Button } from '../../ui/button';
import { errorMessage } from '../error-message';
import { PendingOutcomes } from '../outcome/pending-outcomes';
import { formatCount } from './format';
import { FunnelDialog } from './funnel-dialog';
import { usePeriod } from './period-store';

/**
 * The `Period` select, the load's progress with Stop, Refresh, the `Funnel preview` button, and
 * what the admin needs to know when no numbers can be shown. Loading starts by itself and runs
 * beside the board: nothing here waits for it, and editing never waits for it either.
 */
export function AnalyticsControls({
  directory,
  stages,
}: {
  directory: Directory;
  stages: readonly Stage[];
}) {
  const { t, lang } = useI18n();
  const [days, setDays] = usePeriod();
  const { query, state, stop, refresh } = useDirectoryFigures(directory, days, true);
  const loading = state?.phase === 'loading' && query.isFetching;
  const progress = state?.progress ?? null;
  const data = query.data;
  const count = (n: number) => formatCount(lang, n);

  let status: string;
  if (loading) status = t('analyticsLoading');
  else if (state?.phase === 'stopped' && !data) {
    status = t('analyticsStopped', {
      loaded: count(progress?.loaded ?? 0),
      total: count(progress?.total ?? 0),
    });
  } else if (query.isError) {
    status =
      query.error instanceof PortalError && query.error.kind === 'items-access-denied'
        ? t('analyticsNoRights')
        : t('analyticsFailed', { reason: errorMessage(t, query.error) });
  } else if (data && data.rows === 0) status = t('analyticsEmpty', { days: data.days });
  else if (data)
    status = t('analyticsReady', { days: data.days, items: data.items, rows: data.rows });
  else status = '';

  return (
    <>
      <section
        aria-label={t('analyticsRegion')}
        aria-busy={query.isFetching}
        data-analytics-controls
        tabIndex={-1}
        className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-control border border-line bg-surface px-3 py-2 text-sm"
      >
        {/* Label and select side by side, so the select's name is exactly `Period`. */}
        <Select
          stacked={false}
          label={t('analyticsPeriod')}
          value={String(days)}
          options={PERIOD_DAYS.map((d) => [String(d), t('periodDays', { days: d })] as const)}
          onChange={(value) => {
            const next = Number(value);
            if (isPeriodDays(next)) setDays(next);
          }}
        />
        {loading && (
          <>
            <progress
              className="h-2 w-40"
              aria-label={t('analyticsLoading')}
              aria-valuetext={
                progress
                  ? t('analyticsProgress', {
                      loaded: count(progress.loaded),
                      total: count(progress.total),
                    })
                  : undefined
              }
              {...(progress && progress.total > 0
                ? { value: progress.loaded, max: progress.total }
                : {})}
            />
            <Button onClick={stop}>{t('analyticsStop')}</Button>
          </>
        )}
        {!loading && (
          <Button onClick={refresh}>{data ? t('analyticsRefresh') : t('analyticsLoad')}</Button>
        )}
        {data ? (
          <FunnelDialog directory={directory} stages={stages} figures={data} />
        ) : (
          <Button disabled>{t('funnelPreview')}</Button>
        )}
        <p role="status" className="min-w-0 basis-full text-xs text-muted">
          {status}
        </p>
      </section>
      <PendingOutcomes directory={directory} stages={stages} />
    </>
  );
}
