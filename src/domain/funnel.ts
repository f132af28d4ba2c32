import { groupStages } from './order';
import type { Stage } from './stage';
import { NO_FIGURES, type StageFigures } from './stage-figures';

export interface FunnelStep {
  readonly stage: Stage;
  readonly figures: StageFigures;
}

/**
 * A pipeline as a funnel: the success path (the in-progress stages in the portal's order, then
 * the success stage) and the failure branches beside it. Every stage is in it once, with its
 * figures (zero when no item entered it).
 */
export interface Funnel {
  readonly path: readonly FunnelStep[];
  readonly branches: readonly FunnelStep[];
  /** The largest `entered` of any stage: the full width of the picture. */
  readonly widest: number;
}

export function funnelOf(
  stages: readonly Stage[],
  figures: Readonly<Record<string, StageFigures>>,
): Funnel {
  const groups = groupStages(stages);
  const step = (stage: Stage): FunnelStep => ({
    stage,
    figures: figures[stage.statusId] ?? NO_FIGURES,
  });
  const path = [...groups.process, ...groups.success].map(step);
  const branches = groups.failure.map(step);
  const widest = Math.max(0, ...[...path, ...branches].map((s) => s.figures.entered));
  return { path, branches, widest };
}

/** Every step in the order the table lists them: the success path, then the failure branches. */
export const funnelSteps = (funnel: Funnel): readonly FunnelStep[] => [
  ...funnel.path,
  ...funnel.branches,
];

export interface FunnelBar {
  readonly step: FunnelStep;
  /** Left edge and width in picture units; `y` is the bar's row. */
  readonly x: number;
  readonly width: number;
  readonly row: number;
  readonly side: 'path' | 'branch';
}

/** A bar is never thinner than this share of its column, so an empty stage still shows. */
export const MIN_SHARE = 0.02;

/**
 * Where each bar of the picture goes: the success path as a centred funnel in the left column,
 * the failure branches left-aligned in the right column, each bar as wide as its `entered`
 * relative to the widest stage.
 */
export function funnelLayout(
  funnel: Funnel,
  columns: { readonly path: number; readonly branch: number; readonly gap: number },
): FunnelBar[] {
  const share = (entered: number) =>
    funnel.widest === 0 ? MIN_SHARE : Math.max(MIN_SHARE, entered / funnel.widest);
  const bars: FunnelBar[] = funnel.path.map((step, row) => {
    const width = columns.path * share(step.figures.entered);
    return { step, x: (columns.path - width) / 2, width, row, side: 'path' };
  });
  funnel.branches.forEach((step, row) => {
    const width = columns.branch * share(step.figures.entered);
    bars.push({ step, x: columns.path + columns.gap, width, row, side: 'branch' });
  });
  return bars;
}
