import type { QueryClient } from '@tanstack/react-query';
import type { DirectoryNow, Portal, StartData } from '../../b24/portal';
import { PortalError } from '../../b24/portal-error';
import type { Directory, Stage } from '../../domain/stage';
import { stageKeys } from '../keys';
import { directoryQueryOptions } from '../queries';

/** Items per request: crm.item.update, one command each (docs/server-behaviour.md §8). */
const CHUNK = 50;

/**
 * Moves the given CRM items into `to`, 50 per request, reporting progress after each. Items
 * that are gone or may not be moved end the run: the ids moved until then are returned with the
 * error, so the journal can say how much was saved.
 */
export async function moveIdsBack(
  portal: Portal,
  entityTypeId: number,
  ids: readonly number[],
  to: string,
  onProgress: (moved: number, total: number) => void,
): Promise<{ readonly moved: readonly number[]; readonly error: PortalError | null }> {
  const moved: number[] = [];
  onProgress(0, ids.length);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    try {
      await portal.moveItems(entityTypeId, chunk, to);
    } catch (error) {
      const portalError =
        error instanceof PortalError
          ? error
          : new PortalError('network', '', String(error), 'crm.item.update');
      return { moved, error: portalError };
    }
    moved.push(...chunk);
    onProgress(moved.length, ids.length);
  }
  return { moved, error: null };
}

/** The directories the app has listed (from the first screen's data). */
export function knownDirectory(client: QueryClient, entityId: string): Directory | null {
  for (const [, data] of client.getQueriesData<StartData>({
    queryKey: [...stageKeys.all, 'start'],
  })) {
    const found = data?.directories.find((d) => d.entityId === entityId);
    if (found) return found;
  }
  return null;
}

/** The directory's stages as the board holds them: what an undo of this session's change plans against. */
export function shownStages(
  client: QueryClient,
  portal: Portal,
  entityId: string,
): Promise<Stage[]> {
  return client.fetchQuery(directoryQueryOptions(portal, entityId));
}

/**
 * The directory as the portal lists it now, and its stages, in one request. A revert may be of
 * anything, changed since by anyone, in a pipeline another admin deleted after the app listed the
 * directories: it plans against this, and a directory gone changes nothing
 * (docs/change-journal.md §5). The board gets the fresh stages too.
 */
export async function freshDirectory(
  client: QueryClient,
  portal: Portal,
  entityId: string,
): Promise<DirectoryNow> {
  const now = await portal.loadDirectory(entityId);
  if (now.stages) client.setQueryData(stageKeys.directory(entityId), now.stages);
  return now;
}
