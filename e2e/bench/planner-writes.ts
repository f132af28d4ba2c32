import { groupStages } from '../../src/domain/order';
import { planMove } from '../../src/domain/sort-planner';
import { patchStages, type Group, type Stage } from '../../src/domain/stage';
import { MAX_BATCH } from '../../emulator/batch';
import { seededRandom } from '../seeded-random';

/** How a pipeline is numbered before the moves: 1, 2, 3…; 10, 20, 30…; or 100, 200, 300…. */
export type Numbering = 1 | 10 | 100;

export interface WritesRow {
  stages: number;
  numbering: Numbering;
  moves: number;
  commandsPerMove: number;
  requestsPerMove: number;
  maxCommands: number;
  /** Bitrix24's pipelines page and statuses page both rewrite every stage on each move. */
  nativeCommandsPerMove: number;
  nativeRequestsPerMove: number;
}

/**
 * The portal takes 50 commands per batch, and every write batch of the app ends with its
 * read-back of the directory (docs/server-behaviour.md §1: `true` is no proof), so 49 writes fit
 * one request.
 */
export const WRITES_PER_REQUEST = MAX_BATCH - 1;

/**
 * A pipeline shaped like Bitrix24's: in-progress stages, one success stage, two failure stages.
 * Numbered 100, 200… by the native pipelines page, 10, 20… by the statuses page and
 * crm.status.add, or 1, 2, 3… (an imported or hand-numbered directory: no stage fits between two
 * others).
 */
export function pipeline(count: number, numbering: Numbering): Stage[] {
  const group = (i: number): Group =>
    i < count - 3 ? 'process' : i === count - 3 ? 'success' : 'failure';
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    statusId: `S${i + 1}`,
    entityId: 'DEAL_STAGE',
    name: `Stage ${i + 1}`,
    nameInit: null,
    sort: (i + 1) * numbering,
    color: null,
    group: group(i),
    system: false,
    categoryId: null,
  }));
}

/**
 * Replays random legal single-stage moves (a stage to another place in its own group) through the
 * app's planner, applying each plan's writes before the next move, and counts the commands and
 * batch requests it sends. Bitrix24's own editors renumber every stage on each move (the
 * pipelines page to `(index+1)*100`, the statuses page to `number*10`): n commands, and ⌈n/50⌉
 * batch requests if done through REST (docs/bitrix24-ui.md §5).
 */
export function replayMoves(
  count: number,
  numbering: Numbering,
  moves: number,
  seed = 7,
): WritesRow {
  // Seeded, so every run replays the same moves.
  const { next } = seededRandom(seed + count * 2 + (numbering === 1 ? 0 : 1));
  let stages = pipeline(count, numbering);
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
    requests += Math.ceil(plan.writes.length / WRITES_PER_REQUEST);
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
    numbering,
    moves,
    commandsPerMove: commands / moves,
    requestsPerMove: requests / moves,
    maxCommands,
    nativeCommandsPerMove: count,
    nativeRequestsPerMove: Math.ceil(count / MAX_BATCH),
  };
}
