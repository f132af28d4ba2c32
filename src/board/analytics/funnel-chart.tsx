import '../../i18n/analytics';
import { funnelLayout, type Funnel, type FunnelStep } from '../../domain/funnel';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount } from './format';

/** Bitrix24 paints a stage without a colour in its default kanban column colour (as the cards). */
const NO_COLOUR = '#ace9fb';
/** Each row is its label's line, then the bar under it: a label never crosses a bar. */
const ROW = 40;
const LABEL = 13;
const BAR = 18;
const BAR_TOP = 17;
const HEAD = 24;
const COLUMNS = { path: 380, branch: 252, gap: 28 } as const;
const WIDTH = COLUMNS.path + COLUMNS.gap + COLUMNS.branch;

/**
 * The funnel as one picture (`role="img"`): its spoken name lists every stage with its `entered`
 * count, so a screen reader gets the whole picture in one sentence. Stage names are text nodes
 * (React escapes them), colours are the validated ones the cards use.
 */
export function FunnelChart({ funnel, name }: { funnel: Funnel; name: string }) {
  const { t, lang } = useI18n();
  const bars = funnelLayout(funnel, COLUMNS);
  const rows = Math.max(funnel.path.length, funnel.branches.length, 1);
  const spoken = (steps: readonly FunnelStep[]) =>
    steps
      .map((s) =>
        t('funnelPictureStep', {
          name: s.stage.name,
          count: formatCount(lang, s.figures.entered),
        }),
      )
      .join('; ');
  const label = t('funnelPicture', {
    name,
    path: spoken(funnel.path),
    branches: spoken(funnel.branches),
  });
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEAD + rows * ROW}`}
      // shrink-0: the dialog is a scrolling flex column, which would otherwise squeeze the
      // picture's height and, keeping its aspect, draw it at half width with ~5 px text.
      className="h-auto w-full shrink-0 text-text"
    >
      <text x={COLUMNS.path / 2} y={16} textAnchor="middle" className="fill-current text-xs">
        {t('funnelPath')}
      </text>
      <text x={COLUMNS.path + COLUMNS.gap} y={16} className="fill-current text-xs">
        {t('funnelBranches')}
      </text>
      {bars.map((bar) => {
        const y = HEAD + bar.row * ROW;
        const path = bar.side === 'path';
        return (
          <g key={bar.step.stage.id}>
            <rect
              x={bar.x}
              y={y + BAR_TOP}
              width={bar.width}
              height={BAR}
              rx={3}
              fill={bar.step.stage.color ?? NO_COLOUR}
            />
            <text
              x={path ? COLUMNS.path / 2 : COLUMNS.path + COLUMNS.gap}
              y={y + LABEL}
              textAnchor={path ? 'middle' : 'start'}
              className="fill-current text-xs"
            >
              {`${bar.step.stage.name} · ${formatCount(lang, bar.step.figures.entered)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
