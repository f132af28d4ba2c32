import { groupStages } from './order';
import { planSort, type SortSlot } from './sort-planner';
import type { SetDirectory, SetStage } from './stage-set';
import { matchStages, type KeptPairs, type MatchHow } from './stage-set-match';
import { codeOf } from './stage-set';
import type { Directory, Group, Stage, StagePatch } from './stage';
import { generateStatusId, statusIdMaxLength } from './status-id';

/**
 * The dry run of applying a set to a directory: every step the admin will see, and the writes
 * that carry them out, as few as the portal allows:
 * - a matched stage gets ONE crm.status.update carrying its new name, colour and SORT together;
 * - SORT is written only where the order needs it (planSort: the fewest commands, a SORT riding
 *   free on a stage renamed or recoloured anyway);
 * - a new stage is ONE crm.status.add, already with its final SORT, which lies inside its zone
 *   (an in-progress stage below the success stage's SORT, a failure stage above it: the add
 *   refuses anything else, docs/server-behaviour.md §1);
 * - a stage no set stage matched is deleted, after its items have moved to the stage the admin
 *   chose (a default is proposed); FORCED for system stages (docs/server-behaviour.md §1).
 * Order of execution: updates (no zone rule on update), then adds, then item moves, then deletes.
 */
export interface PlanInput {
  readonly directory: Pick<Directory, 'entityId' | 'prefix' | 'categoryId'>;
  readonly stages: readonly Stage[];
  readonly set: SetDirectory;
  /** Match by code too: the set comes from a directory of the same kind. */
  readonly sameKind: boolean;
  /** Items per STATUS_ID, or null when the directory's items cannot be counted. */
  readonly counts: Readonly<Record<string, number>> | null;
  /** The admin's choice: deleted stage id → index of the set stage its items go to. */
  readonly targets?: ReadonlyMap<string, number>;
  /** The pairs of the plan being applied (StageSetPlan.pairs), kept on every later round. */
  readonly kept?: KeptPairs;
}

export interface NewSetStage extends SetStage {
  readonly index: number;
  /** STATUS_ID as sent, without the prefix; and as the portal will store it. */
  readonly code: string;
  readonly fullStatusId: string;
  readonly sort: number;
}

export type PlanStep =
  | { readonly kind: 'add'; readonly stage: NewSetStage; readonly position: number }
  | { readonly kind: 'keep'; readonly stage: Stage; readonly how: MatchHow }
  | { readonly kind: 'rename'; readonly stage: Stage; readonly how: MatchHow; readonly to: string }
  | {
      readonly kind: 'recolour';
      readonly stage: Stage;
      readonly how: MatchHow;
      readonly to: string;
    }
  | {
      readonly kind: 'move';
      readonly stage: Stage;
      readonly how: MatchHow;
      readonly position: number;
      /** The SORT it gets: a move may only renumber it, to make room for the order. */
      readonly sort: number;
    }
  | {
      readonly kind: 'delete';
      readonly stage: Stage;
      readonly items: number | null;
      /** Index of the set stage the items go to. */
      readonly target: number;
      readonly forced: boolean;
    };

export interface StageUpdateWrite {
  readonly id: string;
  readonly patch: StagePatch;
}

export interface ItemMove {
  readonly from: Stage;
  /** STATUS_ID the items go to (of a stage that exists once the adds have landed). */
  readonly to: string;
  readonly count: number;
}

export interface StageSetPlan {
  readonly steps: readonly PlanStep[];
  readonly updates: readonly StageUpdateWrite[];
  readonly adds: readonly NewSetStage[];
  readonly moves: readonly ItemMove[];
  readonly deletes: readonly { readonly stage: Stage; readonly forced: boolean }[];
  /** Every write the apply will send: updates, adds, deletes, and one per item moved. */
  readonly writes: number;
  /** Which stage each set stage became (added ones by the STATUS_ID they get). */
  readonly pairs: KeptPairs;
}

const NEW = 'new:';
const LATIN_CODE = /^[A-Za-z0-9_-]+$/;

/** A seeded generator, so the same input always plans the same codes. */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

/** The set's code when the directory can take it (characters, length, free), else one made from the name. */
function codeFor(
  wanted: SetStage,
  index: number,
  directory: PlanInput['directory'],
  taken: Set<string>,
  planned: string | undefined,
): string {
  const prefix = directory.prefix;
  // On a later round the code the first plan chose stands, so the stage it adds is found again.
  if (planned !== undefined && !taken.has(codeOf(planned).toUpperCase())) {
    taken.add(codeOf(planned).toUpperCase());
    return codeOf(planned);
  }
  const room = statusIdMaxLength(directory) - (prefix === null ? 0 : prefix.length + 1);
  const code = wanted.statusId;
  const fits = LATIN_CODE.test(code) && code.length <= room && !taken.has(code.toUpperCase());
  const chosen = fits
    ? code
    : generateStatusId(wanted.name, {
        existing: new Set([...taken].map((c) => (prefix === null ? c : `${prefix}:${c}`))),
        prefix,
        maxLength: statusIdMaxLength(directory),
        random: seeded(index + 1),
      });
  taken.add(chosen.toUpperCase());
  return chosen;
}

/** Where a deleted stage's items go by default: the stage its nearest earlier neighbour became. */
function defaultTarget(
  stage: Stage,
  stages: readonly Stage[],
  partnerOf: ReadonlyMap<string, number>,
  set: SetDirectory,
): number {
  const group = groupStages(stages)[stage.group];
  for (let i = group.indexOf(stage) - 1; i >= 0; i--) {
    const partner = partnerOf.get(group[i]?.id ?? '');
    if (partner !== undefined) return partner;
  }
  return set.stages.findIndex((s) => s.group === stage.group);
}

export function planStageSet(input: PlanInput): StageSetPlan {
  const { directory, stages, set } = input;
  const pairing = matchStages(set, stages, input.sameKind, input.kept);
  const partnerOf = new Map([...pairing.matched].map(([index, m]) => [m.stage.id, index]));
  const taken = new Set(stages.map((s) => codeOf(s.statusId).toUpperCase()));
  const slotId = (index: number) => pairing.matched.get(index)?.stage.id ?? `${NEW}${index}`;
  const slots: SortSlot[] = set.stages.map((wanted, index) => {
    const existing = pairing.matched.get(index)?.stage;
    return { id: slotId(index), sort: existing ? existing.sort : null, group: wanted.group };
  });
  // A matched stage renamed or recoloured gets its update anyway; a SORT rides on it for free.
  const updatedAnyway = new Set(
    [...pairing.matched].flatMap(([index, { stage }]) => {
      const wanted = set.stages[index];
      return wanted && (stage.name !== wanted.name || stage.color !== wanted.color)
        ? [stage.id]
        : [];
    }),
  );
  const sorts = new Map(
    planSort(
      slots,
      slots.map((s) => s.id),
      undefined,
      updatedAnyway,
    ).map((w) => [w.id, w.sort]),
  );

  const steps: PlanStep[] = [];
  const updates: StageUpdateWrite[] = [];
  const adds: NewSetStage[] = [];
  const positions = new Map<Group, number>();
  set.stages.forEach((wanted, index) => {
    const position = (positions.get(wanted.group) ?? 0) + 1;
    positions.set(wanted.group, position);
    const match = pairing.matched.get(index);
    const sort = sorts.get(slotId(index));
    if (!match) {
      const code = codeFor(wanted, index, directory, taken, input.kept?.get(index)?.statusId);
      const fullStatusId = directory.prefix === null ? code : `${directory.prefix}:${code}`;
      const added = { ...wanted, index, code, fullStatusId, sort: sort ?? 0 };
      adds.push(added);
      steps.push({ kind: 'add', stage: added, position });
      return;
    }
    const { stage, how } = match;
    const patch: { name?: string; color?: string; sort?: number } = {};
    if (stage.name !== wanted.name) {
      patch.name = wanted.name;
      steps.push({ kind: 'rename', stage, how, to: wanted.name });
    }
    if (stage.color !== wanted.color) {
      patch.color = wanted.color;
      steps.push({ kind: 'recolour', stage, how, to: wanted.color });
    }
    if (sort !== undefined) {
      patch.sort = sort;
      steps.push({ kind: 'move', stage, how, position, sort });
    }
    if (Object.keys(patch).length > 0) updates.push({ id: stage.id, patch });
    else steps.push({ kind: 'keep', stage, how });
  });

  const moves: ItemMove[] = [];
  const deletes: { stage: Stage; forced: boolean }[] = [];
  for (const stage of pairing.unmatched) {
    const chosen = input.targets?.get(stage.id);
    const target =
      chosen !== undefined && set.stages[chosen]
        ? chosen
        : defaultTarget(stage, stages, partnerOf, set);
    const items = input.counts ? (input.counts[stage.statusId] ?? 0) : null;
    const to =
      pairing.matched.get(target)?.stage.statusId ??
      adds.find((a) => a.index === target)?.fullStatusId ??
      '';
    if (items !== null && items > 0) moves.push({ from: stage, to, count: items });
    deletes.push({ stage, forced: stage.system });
    steps.push({ kind: 'delete', stage, items, target, forced: stage.system });
  }
  const moved = moves.reduce((sum, m) => sum + m.count, 0);
  const pairs = new Map(
    [...pairing.matched].map(([i, m]) => [i, { statusId: m.stage.statusId, how: m.how }]),
  );
  for (const added of adds) pairs.set(added.index, { statusId: added.fullStatusId, how: 'code' });
  return {
    pairs,
    steps,
    updates,
    adds,
    moves,
    deletes,
    writes: updates.length + adds.length + deletes.length + moved,
  };
}
