import '../../i18n/analytics';
import { funnelLayout, type Funnel, type FunnelStep } from '../../domain/funnel';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount } from './format';

/** Bitrix24 paints a stage without a colour in its default kanban column colour (as the cards). */
const NO_COLOUR = '#ace9fb';
const ROW = 30;
const BAR = 22;
const HEAD = 26;
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
      className="h-auto w-full text-text"
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
              y={y}
              width={bar.width}
              height={BAR}
              rx={3}
              fill={bar.step.stage.color ?? NO_COLOUR}
            />
            <text
              x={path ? COLUMNS.path / 2 : COLUMNS.path + COLUMNS.gap + 4}
              y={y + 15}
              textAnchor={path ? 'middle' : 'start'}
              className="fill-current text-xs"
              stroke="var(--b24-surface)"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {`${bar.step.stage.name} · ${formatCount(lang, bar.step.figures.entered)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
