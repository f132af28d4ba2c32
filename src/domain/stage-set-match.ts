import { groupStages } from './order';
import { codeOf, type SetDirectory } from './stage-set';
import type { Stage } from './stage';

/**
 * How a stage of the set found its stage in the directory:
 * - `code`: same STATUS_ID once the pipeline prefix is removed (directories of the same kind);
 * - `name`: same name (and group);
 * - `start`, `success`, `first-failure`: a stage Bitrix24 needs is never deleted (the start stage,
 *   the success stage and the first failure stage, see stage-delete.ts): when nothing else
 *   matched it, it takes the set's stage of the same role and is renamed and recoloured instead.
 * A stage always keeps its group: SEMANTICS cannot change through the API (docs/rest-api.md).
 */
export type MatchHow = 'code' | 'name' | 'start' | 'success' | 'first-failure';

export interface Match {
  readonly stage: Stage;
  readonly how: MatchHow;
}

export interface Pairing {
  /** By index of the set's stage. */
  readonly matched: ReadonlyMap<number, Match>;
  /** Directory stages no set stage took: they are deleted. */
  readonly unmatched: readonly Stage[];
}

const nameKey = (name: string) => name.trim().normalize('NFC').toLowerCase();

/** Pairs an earlier plan made (set index → STATUS_ID), to keep while the apply goes on. */
export type KeptPairs = ReadonlyMap<number, { readonly statusId: string; readonly how: MatchHow }>;

/**
 * Pairs the set's stages with the directory's: by code (same kind of directory only), then by
 * name, then the protected stages by role. Each stage is used once; earlier stages of the set
 * choose first, so a set listing a name twice matches two stages of that name in order.
 *
 * `kept` are the pairs of the plan being applied: they come first, so planning again after each
 * round (from what the portal holds) never re-pairs a stage the apply has already renamed, moved
 * or added, which could otherwise happen among stages of equal names, or as the order changes
 * which stage is first in its group for a moment.
 */
export function matchStages(
  set: SetDirectory,
  stages: readonly Stage[],
  sameKind: boolean,
  kept?: KeptPairs,
): Pairing {
  const groups = groupStages(stages);
  const ordered = [...groups.process, ...groups.success, ...groups.failure];
  const matched = new Map<number, Match>();
  const taken = new Set<string>();
  const pair = (index: number, stage: Stage, how: MatchHow) => {
    matched.set(index, { stage, how });
    taken.add(stage.id);
  };
  for (const [index, kept_] of kept ?? []) {
    const wanted = set.stages[index];
    const found = ordered.find((s) => s.statusId === kept_.statusId && !taken.has(s.id));
    if (wanted && found && found.group === wanted.group) pair(index, found, kept_.how);
  }
  // A kept pair whose stage is not there yet is an add still to come: it stays an add.
  const keptIndexes = new Set(kept?.keys() ?? []);
  const open = (index: number) => !matched.has(index) && !keptIndexes.has(index);
  const pass = (how: 'code' | 'name', key: (value: { statusId: string; name: string }) => string) =>
    set.stages.forEach((wanted, index) => {
      if (!open(index)) return;
      const found = ordered.find(
        (s) => !taken.has(s.id) && s.group === wanted.group && key(s) === key(wanted),
      );
      if (found) pair(index, found, how);
    });
  if (sameKind) pass('code', (s) => codeOf(s.statusId).toUpperCase());
  pass('name', (s) => nameKey(s.name));

  const anchors: [Stage | undefined, MatchHow, number][] = [
    [groups.process[0], 'start', set.stages.findIndex((s) => s.group === 'process')],
    [groups.success[0], 'success', set.stages.findIndex((s) => s.group === 'success')],
    [groups.failure[0], 'first-failure', set.stages.findIndex((s) => s.group === 'failure')],
  ];
  for (const [stage, how, anchor] of anchors) {
    if (!stage || taken.has(stage.id) || anchor < 0) continue;
    const free = set.stages.findIndex((s, i) => s.group === stage.group && open(i));
    const index = open(anchor) ? anchor : free;
    if (index >= 0) {
      pair(index, stage, how);
      continue;
    }
    // Every set stage of this group already has a partner: the anchor's gives it up (and is
    // deleted instead), since only one stage per group is protected.
    if (keptIndexes.has(anchor)) continue;
    const previous = matched.get(anchor);
    if (previous) taken.delete(previous.stage.id);
    pair(anchor, stage, how);
  }
  return { matched, unmatched: ordered.filter((s) => !taken.has(s.id)) };
}
