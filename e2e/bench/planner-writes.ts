import { groupStages } from '../../src/domain/order';
import { planMove } from '../../src/domain/sort-planner';
import { patchStages, type Group, type Stage } from '../../src/domain/stage';
import { MAX_BATCH } from '../../emulator/batch';
import { seededRandom } from '../seeded-random';

export interface WritesRow {
  stages: number;
  gaps: boolean;
  moves: number;
  commandsPerMove: number;
  requestsPerMove: number;
  maxCommands: number;
  nativeCommandsPerMove: number;
  nativeRequestsPerMove: number;
}

/**
 * A pipeline shaped like Bitrix24's: in-progress stages, one success stage, two failure stages.
 * With gaps SORT runs 10, 20, 30… (what crm.status.add and the native editor leave); without,
 * 1, 2, 3… (an imported or hand-numbered directory, where no stage fits between two others).
 */
export function pipeline(count: number, gaps: boolean): Stage[] {
  const group = (i: number): Group =>
    i < count - 3 ? 'process' : i === count - 3 ? 'success' : 'failure';
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    statusId: `S${i + 1}`,
    entityId: 'DEAL_STAGE',
    name: `Stage ${i + 1}`,
    nameInit: null,
    sort: gaps ? (i + 1) * 10 : i + 1,
    color: null,
    group: group(i),
    system: false,
    categoryId: null,
  }));
}

/**
 * Replays random legal single-stage moves (a stage to another place in its own group) through the
 * app's planner, applying each plan's writes before the next move, and counts the commands and
 * batch requests it sends. Bitrix24's own editor renumbers every stage `(index+1)*100` on each
 * move: n commands, and ⌈n/50⌉ batch requests if done through REST. Requests are counted against
 * the portal's own batch limit (docs/server-behaviour.md §2.3), which the app must respect too.
 */
export function replayMoves(count: number, gaps: boolean, moves: number, seed = 7): WritesRow {
  // Seeded, so every run replays the same moves.
  const { next } = seededRandom(seed + count * 2 + (gaps ? 1 : 0));
  let stages = pipeline(count, gaps);
  let commands = 0;
  let requests = 0;
  let maxCommands = 0;
  for (let m = 0; m < moves; m++) {
    const groups = groupStages(stages);
    const movable = (['process', 'failure'] as const).filter((g) => groups[g].length > 1);
    const group = groups[movable[Math.floor(next() * movable.length)] ?? 'process'];
    const from = Math.floor(next() * group.length);
    let to = Math.floor(next() * (group.length - 1));
    if (to >= from) to += 1;
    const stage = group[from];
    if (!stage) throw new Error('no stage to move');
    const plan = planMove(stages, stage.id, to);
    commands += plan.writes.length;
    requests += Math.ceil(plan.writes.length / MAX_BATCH);
    maxCommands = Math.max(maxCommands, plan.writes.length);
    stages = patchStages(
      stages,
      plan.writes.map((w) => ({ id: w.id, patch: { sort: w.sort } })),
    );
    const after = groupStages(stages)[stage.group].map((s) => s.id);
    if (after[to] !== stage.id) throw new Error('the writes did not put the stage where asked');
  }
  return {
    stages: count,
    gaps,
    moves,
    commandsPerMove: commands / moves,
    requestsPerMove: requests / moves,
    maxCommands,
    nativeCommandsPerMove: count,
    nativeRequestsPerMove: Math.ceil(count / MAX_BATCH),
  };
}
