import { crmModeOf } from '../domain/directories';
import type { Directory, Stage } from '../domain/stage';
import { runBatch, type Command, type Outcome, type SendBatch } from './batch';
import type { DirectoryNow, EditRight, StartData } from './portal';
import { completeRead, listCommand } from './stage-rows';
import { directoriesFromRows } from './rows';

const ALLOWED: EditRight = { kind: 'allowed' };
const NOT_CRM_ADMIN: EditRight = { kind: 'read-only', reason: 'not-crm-admin' };
const NO_CRM_ACCESS: EditRight = { kind: 'read-only', reason: 'no-crm-access' };

/**
 * Whether the user may change CRM settings: no REST method says so (CRM roles are invisible to
 * `profile` and `user.admin`), but crm.status.update with an existing id and NO fields answers
 * `true` to a CRM-settings admin and `Access denied.` to anyone else, and writes nothing
 * (docs/server-behaviour.md §9). The id comes from the directory read earlier in the same batch.
 */
const probeCommand = (listKey: number): Command => [
  'crm.status.update',
  { id: `$result[${listKey}][0][ID]` },
];

const isDenied = (outcome: Outcome | undefined) =>
  outcome?.status === 'failed' &&
  (outcome.error.kind === 'access-denied' || outcome.error.kind === 'no-crm-access');

/** The probe's answer; null when it proved nothing (no row to probe with, no answer). */
function rightOf(probe: Outcome | undefined): EditRight | null {
  if (probe?.status === 'ok') return ALLOWED;
  if (isDenied(probe)) return NOT_CRM_ADMIN;
  return null;
}

/**
 * When the asked directory has no stage to probe with: probe with the first stage of another
 * directory, in one more request. Still nothing proved: allowed, and a refused write says why
 * (it stays in Unsaved changes, nothing is lost).
 */
async function probeElsewhere(
  send: SendBatch,
  directories: readonly Directory[],
  asked: string,
): Promise<EditRight> {
  const other = directories.find((d) => d.hasSemantics && d.entityId !== asked);
  if (!other) return ALLOWED;
  const [, probe] = await runBatch(send, [listCommand(other.entityId), probeCommand(0)]).catch(
    () => [],
  );
  return rightOf(probe) ?? ALLOWED;
}

/**
 * The first board in one request: directories, CRM mode, the asked directory's stages and, for a
 * user the frame does not call a portal administrator, the edit-right probe. A portal
 * administrator always holds the CRM settings right (docs/server-behaviour.md §9), so asking
 * could only confirm it.
 */
export async function loadStart(
  send: SendBatch,
  entityId: string,
  isPortalAdmin: boolean,
): Promise<StartData> {
  const [types, mode, list, probe] = await runBatch(send, [
    ['crm.status.entity.types', {}],
    ['crm.settings.mode.get', {}],
    listCommand(entityId),
    ...(isPortalAdmin ? [] : [probeCommand(2)]),
  ]);
  // crm.settings.mode.get is newer than the rest; a portal without it is a classic CRM.
  const crmMode = crmModeOf(mode?.status === 'ok' ? mode.result : 1);
  if (isDenied(types)) {
    // Every legacy crm.* method first asks for read access to some CRM item (§1).
    return { directories: [], crmMode, stages: null, editRight: NO_CRM_ACCESS };
  }
  if (types?.status === 'failed') throw types.error;
  const directories = directoriesFromRows(types?.status === 'ok' ? types.result : []);
  const exists = directories.some((d) => d.entityId === entityId);
  const stages = exists ? await completeRead(send, entityId, list) : null;
  const editRight = isPortalAdmin
    ? ALLOWED
    : (rightOf(probe) ?? (await probeElsewhere(send, directories, entityId)));
  return { directories, crmMode, stages, editRight };
}

/**
 * A directory as the portal lists it now, and its stages, in one request: the list of directories
 * and the stage rows in one batch. The rows alone cannot tell a deleted pipeline from an empty
 * one: a filter on an ENTITY_ID nobody has simply matches nothing (docs/server-behaviour.md §1.8,
 * §1.9).
 */
export async function loadDirectory(send: SendBatch, entityId: string): Promise<DirectoryNow> {
  const [types, list] = await runBatch(send, [
    ['crm.status.entity.types', {}],
    listCommand(entityId),
  ]);
  if (types?.status === 'failed') throw types.error;
  const directories = directoriesFromRows(types?.status === 'ok' ? types.result : []);
  const directory = directories.find((d) => d.entityId === entityId) ?? null;
  if (!directory) return { directory: null, stages: null };
  const stages: Stage[] = await completeRead(send, entityId, list);
  return { directory, stages };
}
