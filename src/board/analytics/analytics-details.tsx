import '../../i18n/analytics';
import * as Popover from '@radix-ui/react-popover';
import { useId, useState, type ReactNode } from 'react';
import type { PeriodDays } from '../../domain/analytics-period';
import { percentOf } from '../../domain/analytics-period';
import type { Stage } from '../../domain/stage';
import { NO_FIGURES } from '../../domain/stage-figures';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { useShownFigures } from '../../stages/shown-figures';
import { useHoldings } from '../../stages/use-stage-analytics';
import { Button } from '../../ui/button';
import { useBoardTools } from '../board-context';
import { daysOf, formatAmount, formatCount, formatDate } from './format';

/**
 * A stage's analytics in detail: each number with the words the admin asked for (`entered`,
 * `moved on`, `won`, `lost`, `median time`, `now`) and how it was computed (docs/analytics.md
 * §1). Radix gives the popover its focus handling, Escape and focus return, as the colour picker.
 */
export function AnalyticsDetails({
  stage,
  days,
  trigger,
}: {
  stage: Stage;
  days: PeriodDays;
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          aria-labelledby={titleId}
          sideOffset={6}
          collisionPadding={8}
          className="z-50 max-h-(--radix-popover-content-available-height) w-[min(92vw,360px)] overflow-y-auto rounded-card border border-line bg-surface p-3 text-sm text-text shadow-lg"
        >
          {open && <DetailsBody stage={stage} days={days} titleId={titleId} />}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function Figure({ word, value, how }: { word: MessageKey; value: string; how: string }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-0.5 border-t border-line py-1.5 first:border-t-0">
      <dt className="flex items-baseline justify-between gap-2">
        <span className="font-medium">{t(word)}</span>
      </dt>
      <dd className="flex flex-col gap-0.5">
        <span className="font-semibold tabular-nums">{value}</span>
        <span className="text-xs text-muted">{how}</span>
      </dd>
    </div>
  );
}

function DetailsBody({
  stage,
  days,
  titleId,
}: {
  stage: Stage;
  days: PeriodDays;
  titleId: string;
}) {
  const { t, lang } = useI18n();
  const tools = useBoardTools();
  const loaded = useShownFigures(tools.directory.entityId, days);
  const holdings = useHoldings(tools.directory, stage, true);
  const f = loaded ? (loaded.byStage[stage.statusId] ?? NO_FIGURES) : null;
  const count = (n: number) => formatCount(lang, n);
  const share = (n: number) =>
    f && f.entered > 0
      ? t('valueShare', { count: count(n), percent: percentOf(n, f.entered) ?? 0 })
      : count(n);
  const held = holdings.data?.count ?? tools.countOf(stage);
  const amounts = holdings.data?.amounts;
  const nowValue = [
    held === undefined ? '…' : t('valueItems', { count: held }),
    holdings.isPending
      ? t('valueAmountLoading')
      : amounts === null
        ? t('valueNoAmount')
        : (amounts ?? []).map((a) => formatAmount(lang, a.sum, a.currency)).join(', '),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  return (
    <>
      <h2 id={titleId} className="text-base font-semibold break-words">
        {t('detailsTitle', { name: stage.name, days })}
      </h2>
      <p className="mb-1 text-xs text-muted">
        {loaded
          ? t('detailsRange', {
              from: formatDate(lang, loaded.since),
              to: formatDate(lang, loaded.until),
            })
          : t('detailsNotLoaded')}
      </p>
      <dl>
        {f && (
          <>
            <Figure word="figureEntered" value={count(f.entered)} how={t('figureEnteredHow')} />
            <Figure word="figureMovedOn" value={share(f.movedOn)} how={t('figureMovedOnHow')} />
            <Figure word="figureWon" value={share(f.won)} how={t('figureWonHow')} />
            <Figure word="figureLost" value={share(f.lost)} how={t('figureLostHow')} />
            <Figure
              word="figureMedian"
              value={
                f.medianMs === null
                  ? t('valueNoStay')
                  : t('valueDays', { days: daysOf(f.medianMs) })
              }
              how={t('figureMedianHow', { stays: f.stays })}
            />
          </>
        )}
        <Figure word="figureNow" value={nowValue} how={t('figureNowHow')} />
      </dl>
      <div className="mt-2 flex justify-end">
        <Popover.Close asChild>
          <Button>{t('close')}</Button>
        </Popover.Close>
      </div>
    </>
  );
}
