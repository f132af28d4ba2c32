import type { Stage } from '../domain/stage';
import { chunked, runBatch, type Command, type Outcome, type SendBatch } from './batch';
import type { StagePatch, StageUpdate, WriteFailure, WriteResult } from './portal';
import { PortalError, unexplained } from './portal-error';
import { directoryRead, holds, isComplete, listCommand, notSaved, restFields } from './stage-rows';

/**
 * Existing stages are changed with crm.status.update, one command each, and every request ends
 * with the directory read back in the same batch (one request per edit, no re-read): the portal
 * answers `true` even when it kept nothing (docs/server-behaviour.md §1), so what counts is what
 * it holds afterwards. Guarded updates (`expected`) also read the directory FIRST, in the same
 * batch: rows run in order (docs/server-behaviour.md §2), so that read shows what the write met.
 */

export const updateCommand = (update: StageUpdate): Command => [
  'crm.status.update',
  { id: update.id, fields: restFields(update.patch) },
];

interface Chunk {
  readonly updates: readonly StageUpdate[];
  readonly guarded: boolean;
}

/** Batches of at most 50: the writes, the read-back, and for guarded writes the read before. */
function plan(updates: readonly StageUpdate[]): Chunk[] {
  const guarded = updates.some((u) => u.expected);
  return chunked(updates, guarded ? 2 : 1).map((chunk) => ({
    updates: chunk,
    guarded: chunk.some((u) => u.expected),
  }));
}

/** Fields where another admin's value met our write: theirs, as the read before shows it. */
function theirs(update: StageUpdate, before: Stage | undefined): StagePatch | null {
  if (!update.expected || !before) return null;
  const found: Record<string, string | number> = {};
  for (const [field, seen] of Object.entries(update.expected) as [keyof StagePatch, unknown][]) {
    const mine = update.patch[field];
    if (seen === undefined) continue;
    // Already ours: an earlier attempt landed before its answer was lost, and the SDK sent the
    // batch again (docs/sdk.md §3). Anything else is someone else's change.
    if (holds(before, field, seen as string | number)) continue;
    if (mine !== undefined && holds(before, field, mine)) continue;
    found[field] =
      field === 'name' ? before.name : field === 'sort' ? before.sort : (before.color ?? '');
  }
  return Object.keys(found).length > 0 ? (found as StagePatch) : null;
}

/** One update's verdict: the command's own answer, then what the portal holds afterwards. */
function verdict(
  update: StageUpdate,
  outcome: Outcome | undefined,
  after: ReadonlyMap<string, Stage> | null,
): PortalError | null {
  const held = after?.get(update.id);
  if (outcome?.status === 'failed') {
    // An empty code with a localised sentence says little; a stage missing afterwards is gone.
    return after && !held && unexplained(outcome.error)
      ? outcome.error.as('not-found')
      : outcome.error;
  }
  if (outcome?.status !== 'ok') return new PortalError('server', '', '', 'crm.status.update');
  if (!after) return null; // The read-back failed: `true` is all the portal said.
  if (!held) return new PortalError('not-found', '', '', 'crm.status.update');
  return notSaved(update.patch, held);
}

const byId = (stages: readonly Stage[]) => new Map(stages.map((s) => [s.id, s]));

export async function updateStages(
  send: SendBatch,
  entityId: string,
  updates: readonly StageUpdate[],
): Promise<WriteResult> {
  const failures: WriteFailure[] = [];
  const restores: StageUpdate[] = [];
  let stages: Stage[] | null = null;
  const chunks = plan(updates);
  for (const [n, chunk] of chunks.entries()) {
    const commands = [
      ...(chunk.guarded ? [listCommand(entityId)] : []),
      ...chunk.updates.map(updateCommand),
      listCommand(entityId),
    ];
    let outcomes: Outcome[];
    try {
      outcomes = await runBatch(send, commands);
    } catch (error) {
      // No answer at all: nothing of this request or the later ones is known to have landed.
      const portalError = error as PortalError;
      for (const rest of chunks.slice(n))
        for (const update of rest.updates) failures.push({ update, error: portalError });
      return { failures, stages: null };
    }
    const offset = chunk.guarded ? 1 : 0;
    const readBefore = chunk.guarded ? directoryRead(outcomes[0], entityId) : null;
    const readAfter = directoryRead(outcomes.at(-1), entityId);
    const before = readBefore ? byId(readBefore.stages) : null;
    // A portal that pages cannot show every stage in one read: verify only what it showed.
    const complete = readAfter && isComplete(readAfter) ? readAfter.stages : null;
    const after = complete ? byId(complete) : null;
    stages = complete;
    chunk.updates.forEach((update, i) => {
      const error = verdict(update, outcomes[offset + i], after);
      const overwritten = error ? null : theirs(update, before?.get(update.id));
      if (overwritten) {
        restores.push({ id: update.id, patch: overwritten });
        const shown = Object.values(overwritten).map(String).join(', ');
        failures.push({
          update,
          error: new PortalError('conflict', '', shown, 'crm.status.update'),
        });
      } else if (error) failures.push({ update, error });
    });
  }
  if (restores.length > 0) {
    // Our write overwrote another admin's value: put theirs back at once, and read again.
    const restored = await updateStages(send, entityId, restores).catch(() => null);
    if (restored) stages = restored.stages ? [...restored.stages] : stages;
  }
  return { failures, stages };
}
