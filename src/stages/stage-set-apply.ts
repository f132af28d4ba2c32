import type { StageSetWrite } from '../b24/pipelines-port';
import type { Portal } from '../b24/portal';
import { PortalError } from '../b24/portal-error';
import type { ChangeRecord } from '../domain/change';
import { itemTypeOf } from '../domain/directories';
import { holdsSet, type SetDirectory } from '../domain/stage-set';
import type { KeptPairs } from '../domain/stage-set-match';
import { planStageSet, type StageSetPlan } from '../domain/stage-set-plan';
import { landedOf, nextRound, notKept, type Round } from '../domain/stage-set-rounds';
import type { Directory, Stage } from '../domain/stage';
import { stageDeltas } from './stage-deltas';

/**
 * Applies a set to a directory, round by round (domain/stage-set-rounds.ts): each round is one
 * request whose read-back feeds the next plan, so after a stop or a fault the plan is made again
 * from what the portal holds. Items leave a stage before it is deleted; a stage that gained
 * items since they were counted is refused by the portal, counted again and emptied first. At the end the directory is read again and compared with the set.
 */
export interface ApplyRequest {
  readonly directory: Directory;
  readonly set: SetDirectory;
  readonly sameKind: boolean;
  readonly targets: ReadonlyMap<string, number>;
  /** The pairs the admin saw in the preview. */
  readonly kept: KeptPairs;
  readonly counts: Readonly<Record<string, number>> | null;
}

export interface ApplyProgress {
  readonly done: number;
  readonly total: number;
}

export type ApplyOutcome =
  | { readonly kind: 'done'; readonly stages: readonly Stage[]; readonly done: number }
  | { readonly kind: 'stopped'; readonly stages: readonly Stage[] | null; readonly done: number }
  | {
      readonly kind: 'failed';
      readonly error: unknown;
      readonly stages: readonly Stage[] | null;
      readonly done: number;
    }
  /**
   * Every write was answered `true`, yet the portal holds something else: it dropped a value, at
   * the end or on a round whose writes the next plan asks for again.
   */
  | { readonly kind: 'differs'; readonly stages: readonly Stage[]; readonly done: number };

export interface ApplyOptions {
  /** Writes done by earlier runs of the same apply (a resume counts on from there). */
  readonly alreadyDone: number;
  readonly stopRequested: () => boolean;
  readonly onProgress: (progress: ApplyProgress) => void;
  readonly onStages: (stages: readonly Stage[]) => void;
  readonly record: (change: ChangeRecord) => void;
}

function writesOf(
  round: Extract<Round, { kind: 'writes' }>,
  directory: Directory,
): StageSetWrite[] {
  return [
    ...round.updates.map((u): StageSetWrite => ({ kind: 'update', id: u.id, patch: u.patch })),
    ...round.adds.map((a): StageSetWrite => ({
      kind: 'add',
      stage: {
        entityId: directory.entityId,
        code: a.code,
        name: a.name,
        sort: a.sort,
        group: a.group,
        color: a.color,
        categoryId: directory.categoryId,
      },
    })),
    ...round.deletes.map((d): StageSetWrite => ({
      kind: 'delete',
      id: d.stage.id,
      forced: d.forced,
    })),
  ];
}

export async function applyStageSet(
  portal: Portal,
  request: ApplyRequest,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const { directory, set } = request;
  const { entityId } = directory;
  const entityTypeId = itemTypeOf(entityId);
  const counts: Record<string, number> = { ...request.counts };
  let done = options.alreadyDone;
  let stages: readonly Stage[] | null = null;
  const named = { entityId, name: directory.name };
  /** One journal entry per round: what it changed, and how the portal took it. */
  const journal = (before: readonly Stage[], after: readonly Stage[], error: unknown) => {
    const stages = stageDeltas(before, after);
    const reason = error instanceof Error ? error.message : String(error);
    options.record({
      kind: 'import',
      directory: named,
      stages,
      outcome: !error
        ? { status: 'saved' }
        : stages.length > 0
          ? { status: 'partly-saved', reason }
          : { status: 'refused', reason },
    });
  };
  const plan = (current: readonly Stage[]): StageSetPlan =>
    planStageSet({
      directory,
      stages: current,
      set,
      sameKind: request.sameKind,
      counts: entityTypeId === null ? null : counts,
      targets: request.targets,
      kept: request.kept,
    });
  /**
   * Whether a delete was refused because its stage gained items since they were counted: then the
   * next plan moves them first, and the apply goes on.
   */
  const gainedItems = async (round: Extract<Round, { kind: 'writes' }>, landed: number) => {
    const refused = round.deletes[landed - round.updates.length - round.adds.length];
    if (!refused || entityTypeId === null) return false;
    const statusIds = round.deletes.map((d) => d.stage.statusId);
    const fresh = await portal.countItems(entityTypeId, statusIds);
    Object.assign(counts, fresh);
    return (fresh[refused.stage.statusId] ?? 0) > 0;
  };
  /** The writes of the last round the portal answered `true` to. */
  let landed: Round = { kind: 'done' };
  try {
    stages = await portal.loadStages(entityId);
    for (;;) {
      const current: readonly Stage[] = stages;
      const planned = plan(current);
      options.onProgress({ done, total: done + planned.writes });
      const round = nextRound(planned);
      // Answered `true`, yet not kept: the same round again would meet the same fate.
      if (notKept(landed, round)) return { kind: 'differs', stages: current, done };
      if (round.kind === 'done') {
        const check = await portal.loadStages(entityId);
        options.onStages(check);
        return holdsSet(check, set)
          ? { kind: 'done', stages: check, done }
          : { kind: 'differs', stages: check, done };
      }
      if (options.stopRequested()) return { kind: 'stopped', stages, done };
      if (round.kind === 'move') {
        // Moves are planned only where items were counted, which needs an item type.
        if (entityTypeId === null) return { kind: 'failed', error: null, stages, done };
        const page = await portal.listItems(entityTypeId, round.move.from.statusId);
        counts[round.move.from.statusId] = page.total;
        if (page.ids.length === 0) continue;
        await portal.pipelines.moveItems(
          entityTypeId,
          directory.categoryId,
          page.ids,
          round.move.to,
        );
        done += page.ids.length;
        counts[round.move.from.statusId] = Math.max(0, page.total - page.ids.length);
        // The names as they stand now, so the journal's sentence names the stages, not codes.
        const target = current.find((s) => s.statusId === round.move.to);
        options.record({
          kind: 'move-items',
          directory: named,
          stages: [],
          items: {
            ids: page.ids,
            from: round.move.from.statusId,
            to: round.move.to,
            fromName: round.move.from.name,
            ...(target ? { toName: target.name } : {}),
          },
          outcome: { status: 'saved' },
        });
        continue;
      }
      const writes = writesOf(round, directory);
      const result = await portal.pipelines.sendStageWrites(entityId, writes);
      done += result.done;
      landed = landedOf(round, result.done);
      stages = result.stages ?? (await portal.loadStages(entityId));
      options.onStages(stages);
      journal(current, stages, result.error);
      // A round that stopped short without a refusal would only be planned again as it was.
      const stuck = !result.error && result.done < writes.length;
      if (stuck)
        return { kind: 'failed', error: new PortalError('server', '', '', 'batch'), stages, done };
      if (result.error && !(await gainedItems(round, result.done))) {
        return { kind: 'failed', error: result.error, stages, done };
      }
    }
  } catch (error) {
    // No answer: what landed is unknown until the portal is read again (the resume does that).
    return { kind: 'failed', error, stages, done };
  }
}
