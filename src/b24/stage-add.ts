import type { Stage } from '../domain/stage';
import { chunked, runBatch, type Command, type Outcome, type SendBatch } from './batch';
import type { AddResult, NewStage, StageUpdate } from './portal';
import { PortalError } from './portal-error';
import {
  directoryRead,
  holds,
  isComplete,
  listCommand,
  readDirectory,
  withHash,
} from './stage-rows';
import { updateCommand } from './stage-updates';

/**
 * crm.status.add with the defaults the server would otherwise pick for us (docs/server-behaviour.md
 * §1): CATEGORY_ID always for a pipeline (without it a smart-process stage lands in category 0 for
 * good), COLOR with its `#`. STATUS_ID goes without the prefix: the portal adds its own.
 */
function addFields(stage: NewStage): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    ENTITY_ID: stage.entityId,
    STATUS_ID: stage.code,
    NAME: stage.name,
    SORT: stage.sort,
  };
  if (stage.semantics !== null) fields['SEMANTICS'] = stage.semantics;
  if (stage.color !== null) fields['COLOR'] = withHash(stage.color);
  if (stage.categoryId !== null) fields['CATEGORY_ID'] = stage.categoryId;
  return fields;
}

/** STATUS_ID without its prefix, in capitals: the portal's duplicate check ignores case. */
const codeOf = (statusId: string) => statusId.slice(statusId.indexOf(':') + 1).toUpperCase();

/** Our stage, if the portal already holds it: same code, same (trimmed) name. */
export function findOurs(stages: readonly Stage[], stage: NewStage): Stage | null {
  return (
    stages.find(
      (s) => codeOf(s.statusId) === codeOf(stage.statusId) && holds(s, 'name', stage.name),
    ) ?? null
  );
}

/** After an unclear failure: look, and take our own stage as the success it is. */
async function lookUp(send: SendBatch, stage: NewStage): Promise<AddResult | null> {
  const stages = await readDirectory(send, stage.entityId).catch(() => null);
  const ours = stages && findOurs(stages, stage);
  return ours && stages ? { id: ours.id, stages } : null;
}

const newId = (outcome: Outcome | undefined): string | null => {
  const id = outcome?.status === 'ok' ? outcome.result : null;
  return typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id)) ? String(id) : null;
};

/**
 * The shifts, the add and the read-back in ONE batch with `halt`: a shift the portal refused must
 * not let the add land out of order. crm.status.add is not idempotent, and after a lost answer
 * the SDK sends the whole batch again (docs/sdk.md §3): if the first one landed, the resend meets
 * our own stage, refused as a duplicate (`ERROR_CORE` with a localised text). So whatever the
 * refusal says, the directory is looked up by STATUS_ID before an error is reported.
 */
export async function addStage(
  send: SendBatch,
  stage: NewStage,
  shifts: readonly StageUpdate[],
): Promise<AddResult> {
  const batches = chunked(shifts, 2);
  const last = batches.pop() ?? [];
  for (const earlier of batches) {
    const outcomes = await runBatch(send, earlier.map(updateCommand), { halt: true });
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed?.status === 'failed') throw failed.error;
  }
  const commands: Command[] = [
    ...last.map(updateCommand),
    ['crm.status.add', { fields: addFields(stage) }],
    listCommand(stage.entityId),
  ];
  let outcomes: Outcome[];
  try {
    outcomes = await runBatch(send, commands, { halt: true });
  } catch (error) {
    // No answer (the SDK's own resends included): whether the add landed is unknown. Look.
    const landed = await lookUp(send, stage);
    if (landed) return landed;
    throw error;
  }
  const failedShift = outcomes.slice(0, last.length).find((o) => o.status === 'failed');
  if (failedShift?.status === 'failed') throw failedShift.error;
  const added = outcomes[last.length];
  const id = newId(added);
  if (id !== null) {
    const read = directoryRead(outcomes.at(-1), stage.entityId);
    return { id, stages: read && isComplete(read) ? read.stages : null };
  }
  const landed = await lookUp(send, stage);
  if (landed) return landed;
  throw added?.status === 'failed'
    ? added.error
    : new PortalError('server', '', '', 'crm.status.add');
}
