import { memo, useState, type KeyboardEvent } from 'react';
import type { Stage } from '../domain/stage';
import { useT } from '../i18n/i18n-context';
import { NO_COLOUR } from './stage-card';

const STEP: Partial<Record<string, (at: number, last: number) => number>> = {
  ArrowRight: (at, last) => Math.min(last, at + 1),
  ArrowLeft: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_at, last) => last,
};

/**
 * Every stage of the pipeline as one coloured segment, in the board's order, like the scale
 * preview of Bitrix24's own pipeline settings. A click, or Enter on the focused segment, goes to
 * that stage. One tab stop for the whole strip (arrows, Home and End move along it), so a
 * 120-stage pipeline does not add 120 stops on the way to the board. Colours reach CSS only as
 * the validated colour in a CSS variable.
 */
export const OverviewStrip = memo(function OverviewStrip({
  stages,
  onGo,
}: {
  /** In the board's order. */
  stages: readonly Stage[];
  onGo: (stage: Stage) => void;
}) {
  const t = useT();
  const [focused, setFocused] = useState(0);
  const current = Math.min(focused, stages.length - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(current, stages.length - 1);
    setFocused(next);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  if (stages.length === 0) return null;
  return (
    <div
      role="toolbar"
      aria-label={t('overviewLabel')}
      className="mb-2 flex h-4 gap-px"
      onKeyDown={onKeyDown}
    >
      {stages.map((stage, index) => (
        <button
          key={stage.id}
          type="button"
          tabIndex={index === current ? 0 : -1}
          aria-label={t('goToStage', { name: stage.name })}
          title={stage.name}
          onFocus={() => setFocused(index)}
          onClick={() => onGo(stage)}
          className={`h-full min-w-0 flex-1 rounded-sm border border-black/10 bg-(--stage-colour) ${
            index > 0 && stages[index - 1]?.group !== stage.group ? 'ml-1' : ''
          }`}
          style={{ ['--stage-colour' as string]: stage.color ?? NO_COLOUR }}
        />
      ))}
    </div>
  );
});
