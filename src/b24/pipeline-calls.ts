import type { Directory, Stage } from '../domain/stage';
import { chunked, resultOf, runBatch, type Command, type Outcome, type SendBatch } from './batch';
import type {
  Pipeline,
  PipelineChange,
  PipelinesPort,
  RoundResult,
  StageSetWrite,
} from './pipelines-port';
import { PortalError } from './portal-error';
import { directoriesFromRows } from './rows';
import {
  completeRead,
  directoryRead,
  isComplete,
  listCommand,
  restFields,
  withHash,
} from './stage-rows';

/**
 * crm.category.* for pipelines, and the batches a stage-set apply sends. Engine controllers
 * (crm.category, crm.item) answer camelCase with ints and first-error-only refusals
 * (docs/server-behaviour.md §0, §6); crm.status.* answers strings and empty-code refusals (§1).
 */
const TYPES: Command = ['crm.status.entity.types', {}];

function pipelineOf(raw: unknown): Pipeline {
  const row = ((raw as { category?: unknown } | null)?.category ?? raw) as Record<string, unknown>;
  const id = Number(row?.['id']);
  if (!Number.isInteger(id)) throw new PortalError('server', '', '', 'crm.category');
  return {
    id,
    entityTypeId: Number(row['entityTypeId']),
    name: typeof row['name'] === 'string' ? row['name'] : '',
    isDefault: row['isDefault'] === 'Y' || row['isDefault'] === true,
  };
}

const directoriesOf = (outcome: Outcome | undefined): Directory[] | null =>
  outcome?.status === 'ok' ? directoriesFromRows(outcome.result) : null;

async function change(send: SendBatch, command: Command): Promise<PipelineChange> {
  const [changed, types] = await runBatch(send, [command, TYPES]);
  return { pipeline: pipelineOf(resultOf(changed, command[0])), directories: directoriesOf(types) };
}

/** The crm.status.add fields of a set's new stage (docs/server-behaviour.md §1). */
function addFields(write: Extract<StageSetWrite, { kind: 'add' }>['stage']) {
  return {
    ENTITY_ID: write.entityId,
    STATUS_ID: write.code,
    NAME: write.name,
    SORT: write.sort,
    SEMANTICS: write.group === 'success' ? 'S' : write.group === 'failure' ? 'F' : '',
    COLOR: withHash(write.color),
    ...(write.categoryId === null ? {} : { CATEGORY_ID: write.categoryId }),
  };
}

function commandOf(write: StageSetWrite): Command {
  if (write.kind === 'update')
    return ['crm.status.update', { id: write.id, fields: restFields(write.patch) }];
  if (write.kind === 'add') return ['crm.status.add', { fields: addFields(write.stage) }];
  // FORCED counts only as exactly `Y` (§1).
  return [
    'crm.status.delete',
    { id: write.id, ...(write.forced ? { params: { FORCED: 'Y' } } : {}) },
  ];
}

export type PipelineCalls = Omit<PipelinesPort, 'domain'>;

export function pipelineCalls(send: SendBatch): PipelineCalls {
  return {
    async list(entityTypeId) {
      const [outcome] = await runBatch(send, [['crm.category.list', { entityTypeId }]]);
      const categories = (resultOf(outcome, 'crm.category.list') as { categories?: unknown })
        ?.categories;
      return Array.isArray(categories) ? categories.map(pipelineOf) : [];
    },

    add: (entityTypeId, name) =>
      change(send, ['crm.category.add', { entityTypeId, fields: { name } }]),

    rename: (entityTypeId, id, name) =>
      change(send, ['crm.category.update', { entityTypeId, id, fields: { name } }]),

    async remove(entityTypeId, id) {
      const [removed, types] = await runBatch(send, [
        ['crm.category.delete', { entityTypeId, id }],
        TYPES,
      ]);
      if (removed?.status === 'failed') throw removed.error;
      return directoriesOf(types);
    },

    async countItems(entityTypeId, categoryId) {
      const filter = categoryId === null ? {} : { categoryId };
      const [outcome] = await runBatch(send, [
        ['crm.item.list', { entityTypeId, select: ['id'], filter, start: 0 }],
      ]);
      if (outcome?.status === 'failed') throw outcome.error;
      return outcome?.status === 'ok' ? (outcome.total ?? 0) : 0;
    },

    async readDirectories(entityIds) {
      const read: Record<string, Stage[]> = {};
      for (const chunk of chunked(entityIds)) {
        const outcomes = await runBatch(send, chunk.map(listCommand));
        for (const [n, entityId] of chunk.entries()) {
          read[entityId] = await completeRead(send, entityId, outcomes[n]);
        }
      }
      return read;
    },

    async sendStageWrites(entityId, writes): Promise<RoundResult> {
      if (writes.length > 49) throw new PortalError('server', 'BATCH_TOO_LARGE', '', 'batch');
      // `halt`: a refused write stops the round, so nothing after it lands out of order (an add
      // whose SORT depended on an update before it). The read-back then shows where it stopped.
      const outcomes = await runBatch(send, [...writes.map(commandOf), listCommand(entityId)], {
        halt: true,
      });
      const failed = outcomes.findIndex((o) => o.status !== 'ok');
      const done = failed < 0 || failed >= writes.length ? writes.length : failed;
      const stopped = outcomes[done];
      const read = done === writes.length ? directoryRead(outcomes.at(-1), entityId) : null;
      return {
        done,
        error: done < writes.length && stopped?.status === 'failed' ? stopped.error : null,
        stages: read && isComplete(read) ? read.stages : null,
      };
    },

    async moveItems(entityTypeId, categoryId, ids, toStatusId) {
      const fields = { stageId: toStatusId, ...(categoryId === null ? {} : { categoryId }) };
      const outcomes = await runBatch(
        send,
        ids.map((id): Command => ['crm.item.update', { entityTypeId, id, fields }]),
      );
      for (const outcome of outcomes) {
        if (outcome.status === 'failed') throw outcome.error;
        const item = (outcome.status === 'ok' ? outcome.result : null) as {
          item?: Record<string, unknown>;
        } | null;
        const stage = item?.item?.['stageId'];
        // A stage the server did not take shows in the item it answers with (§8).
        if (typeof stage === 'string' && stage !== toStatusId)
          throw new PortalError('not-saved', '', stage, 'crm.item.update', 'not-kept');
      }
    },
  };
}
