import { snapshotOf, type StageDelta } from '../domain/change';
import type { Stage } from '../domain/stage';

/**
 * What a round changed, as the journal describes changes (domain/change.ts): every stage added,
 * deleted, renamed, recoloured or moved between the two reads, each before → after.
 */
export function stageDeltas(before: readonly Stage[], after: readonly Stage[]): StageDelta[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const deltas: StageDelta[] = [];
  for (const stage of after) {
    const was = old.get(stage.id);
    if (!was) deltas.push({ before: null, after: snapshotOf(stage) });
    else if (was.name !== stage.name || was.color !== stage.color || was.sort !== stage.sort)
      deltas.push({ before: snapshotOf(was), after: snapshotOf(stage) });
  }
  for (const stage of before)
    if (!now.has(stage.id)) deltas.push({ before: snapshotOf(stage), after: null });
  return deltas;
}
