import type { QueryClient } from '@tanstack/react-query';
import type { Stage } from '../domain/stage';
import { stageKeys, stageWriteKey } from './keys';

let lastTicket = 0;

/** Taken by every write as it starts: tells a settling write whether another one began after it. */
export const takeTicket = (): number => ++lastTicket;

/**
 * After a write the board shows what the portal holds. Every write reads the directory back in
 * its own batch (the portal answers `true` even for what it did not keep, docs/server-behaviour.md
 * §1), so normally that read-back goes straight into the cache and no request follows.
 *
 * With writes overlapping, only the last one to settle touches the cache (an earlier one would
 * undo a later optimistic change), and it re-reads unless it was also the last to start: the
 * portal may have run the batches in either order, so no single read-back is known to be the end.
 * Resolves once the board holds the truth, so an add's draft leaves only when its stage is there.
 */
export async function settleDirectory(
  client: QueryClient,
  entityId: string,
  ticket: number,
  stages: readonly Stage[] | null | undefined,
): Promise<void> {
  if (client.isMutating({ mutationKey: stageWriteKey }) > 1) return;
  if (ticket === lastTicket && stages) {
    client.setQueryData(stageKeys.directory(entityId), [...stages]);
  } else {
    await client.invalidateQueries({ queryKey: stageKeys.directory(entityId) });
  }
}
