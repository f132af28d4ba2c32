import type { QueryClient } from '@tanstack/react-query';
import type { Portal, StartData } from '../../b24/portal';
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

/**
 * The directory's stages to plan against: the board's own copy for an undo of this session's
 * change, a fresh read for a revert (someone may have changed anything since).
 */
export function stagesFor(
  client: QueryClient,
  portal: Portal,
  entityId: string,
  fresh: boolean,
): Promise<Stage[]> {
  return client.fetchQuery({
    ...directoryQueryOptions(portal, entityId),
    staleTime: fresh ? 0 : 30_000,
  });
}
