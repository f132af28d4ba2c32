import { useId } from 'react';
import type { MatchHow } from '../../domain/stage-set-match';
import type { PlanStep } from '../../domain/stage-set-plan';
import type { Group } from '../../domain/stage';
import type { MessageKey } from '../../i18n/messages';
import type { Preview } from './use-apply-flow';
import '../../i18n/stage-sets/dialog';
import { useT } from '../../i18n/i18n-context';
import { Select } from '../../ui/select';

const HOW: Record<MatchHow | 'new' | 'none', MessageKey | MessageKey> = {
  code: 'matchCode',
  name: 'matchName',
  start: 'matchStart',
  success: 'matchSuccess',
  'first-failure': 'matchFirstFailure',
  new: 'matchNew',
  none: 'matchNone',
};
const CHANGE: Record<PlanStep['kind'], MessageKey | MessageKey> = {
  add: 'changeAdded',
  keep: 'changeKept',
  rename: 'changeRenamed',
  recolour: 'changeRecoloured',
  move: 'changeMoved',
  delete: 'changeDeleted',
};
const COLUMNS = ['columnStage', 'columnChange', 'columnDetails', 'columnMatch'] as const;
const GROUP: Record<Group, MessageKey | MessageKey> = {
  process: 'groupProcess',
  success: 'groupSuccess',
  failure: 'groupFailure',
};

/**
 * The dry run as a table a screen reader can walk: one row per step, the stage's name (as text,
 * never HTML), what happens to it, the details, and how it matched. A deleted stage that holds
 * items has a select for where they go.
 */
export function PlannedChanges({
  preview,
  onTarget,
  disabled,
}: {
  preview: Preview;
  onTarget: (stageId: string, index: number) => void;
  disabled: boolean;
}) {
  const t = useT();
  const captionId = useId();
  const { plan, set } = preview;
  const details = (step: PlanStep) => {
    switch (step.kind) {
      case 'add':
        return t('detailAdded', {
          group: t(GROUP[step.stage.group]),
          position: step.position,
          code: step.stage.code,
        });
      case 'rename':
        return t('detailRenamed', { name: step.to });
      case 'recolour':
        return t('detailRecoloured', { from: step.stage.color ?? '—', to: step.to });
      case 'move':
        return t('detailMoved', {
          group: t(GROUP[step.stage.group]),
          position: step.position,
          sort: step.sort,
        });
      case 'keep':
        return '';
      case 'delete':
        return step.items === null || step.items === 0
          ? t(step.forced ? 'detailDeletedSystem' : 'detailDeletedEmpty')
          : null;
    }
  };
  return (
    <table aria-labelledby={captionId} className="w-full border-collapse text-left text-sm">
      <caption id={captionId} className="pb-1 text-left font-semibold">
        {t('plannedChanges')}
      </caption>
      <thead>
        <tr className="border-b border-line">
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className="py-1 pr-2">
              {t(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {plan.steps.map((step, i) => {
          const name = step.stage.name;
          // Colours here are validated `#rrggbb` (the set's, or the portal's once normalised).
          const swatch =
            step.kind === 'add' ? step.stage.color : step.kind === 'recolour' ? step.to : null;
          const how = step.kind === 'add' ? 'new' : step.kind === 'delete' ? 'none' : step.how;
          const text = details(step);
          return (
            <tr key={i} className="border-b border-line align-top">
              <th scope="row" className="py-1 pr-2 font-normal">
                {name}
              </th>
              <td className="py-1 pr-2">{t(CHANGE[step.kind])}</td>
              <td className="py-1 pr-2">
                {swatch && (
                  <span
                    aria-hidden="true"
                    className="mr-1 inline-block size-3 rounded-sm border border-line align-middle"
                    style={{ backgroundColor: 'var(--swatch)', ['--swatch' as string]: swatch }}
                  />
                )}
                {text ??
                  (step.kind === 'delete' && (
                    <MoveTarget
                      step={step}
                      names={set.stages.map((s) => s.name)}
                      onTarget={onTarget}
                      disabled={disabled}
                    />
                  ))}
              </td>
              <td className="py-1">{t(HOW[how])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function MoveTarget({
  step,
  names,
  onTarget,
  disabled,
}: {
  step: Extract<PlanStep, { kind: 'delete' }>;
  names: readonly string[];
  onTarget: (stageId: string, index: number) => void;
  disabled: boolean;
}) {
  const t = useT();
  // Every stage of the set: Bitrix24 moves an item to any stage of its pipeline
  // (docs/server-behaviour.md §8), and closing the items as won or lost with their stage may be
  // what the admin means. The proposed default stays in the stage's own zone (docs/stage-set.md,
  // Applying a set).
  return (
    <Select
      stacked={false}
      label={t('detailItemsGoTo', { count: step.items ?? 0, name: step.stage.name })}
      value={String(step.target)}
      disabled={disabled}
      options={names.map((name, index) => [String(index), name] as const)}
      onChange={(value) => onTarget(step.stage.id, Number(value))}
    />
  );
}
