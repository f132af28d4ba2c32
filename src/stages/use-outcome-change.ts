import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Portal } from '../b24/portal';
import type { OutcomeChange } from '../domain/outcome-change';
import type { Directory, Stage } from '../domain/stage';
import { analyticsKeys } from './analytics-keys';
import { analyticsScope } from './analytics-scope';
import { useRecordChange, type RecordChange } from './change-recorder';
import { stageKeys, stageWriteKey } from './keys';
import { runOutcome, type OutcomeProgress } from './outcome-run';
import { outcomeRuns } from './outcome-runs';
import { pendingOutcomesOf } from './outcome-pending';
import { usePortal } from './portal-context';

export { useOutcomeRun, type OutcomeRun } from './outcome-runs';

const setRun = outcomeRuns.set;
const stops = new Set<string>();

/** Fresh stages from a step's read-back; re-read instead while another stage write is on its way. */
function showStages(client: QueryClient, entityId: string, stages: readonly Stage[]) {
  if (client.isMutating({ mutationKey: stageWriteKey }) > 0) {
    void client.invalidateQueries({ queryKey: stageKeys.directory(entityId) });
  } else client.setQueryData(stageKeys.directory(entityId), [...stages]);
}

async function start(
  portal: Portal,
  client: QueryClient,
  record: RecordChange,
  directory: Directory,
  change: OutcomeChange,
) {
  const scope = analyticsScope(directory);
  if (!scope || outcomeRuns.get(change.oldId)?.phase === 'running') return;
  const pending = pendingOutcomesOf(portal);
  pending.keep(change);
  stops.delete(change.oldId);
  let progress: OutcomeProgress | null = null;
  setRun(change.oldId, { phase: 'running', progress, stopping: false });
  try {
    const end = await runOutcome(portal, directory, scope, change, {
      stopRequested: () => stops.has(change.oldId),
      onProgress: (next) => {
        progress = next;
        setRun(change.oldId, { phase: 'running', progress, stopping: stops.has(change.oldId) });
      },
      record,
      onStages: (stages) => showStages(client, directory.entityId, stages),
    });
    if (end.kind === 'done' || end.kind === 'gone') pending.drop(change);
    setRun(change.oldId, { phase: 'ended', end });
  } catch (error) {
    setRun(change.oldId, { phase: 'failed', error, progress });
  } finally {
    void client.invalidateQueries({ queryKey: stageKeys.counts(directory.entityId) });
    void client.invalidateQueries({ queryKey: analyticsKeys.directory(directory.entityId) });
  }
}

/** Unfinished changes of this directory, as kept with the portal. */
export function usePendingOutcomes(entityId: string): readonly OutcomeChange[] {
  const pending = pendingOutcomesOf(usePortal());
  const all = useSyncExternalStore(pending.subscribe, pending.get);
  return useMemo(() => all.filter((c) => c.entityId === entityId), [all, entityId]);
}

/** Start (or resume: the same call) and stop outcome changes of one directory. */
export function useOutcomeCommands(directory: Directory) {
  const portal = usePortal();
  const client = useQueryClient();
  const record = useRecordChange();
  const run = useCallback(
    (change: OutcomeChange) => void start(portal, client, record, directory, change),
    [portal, client, record, directory],
  );
  const stop = useCallback((oldId: string) => {
    stops.add(oldId);
    const current = outcomeRuns.get(oldId);
    if (current?.phase === 'running') setRun(oldId, { ...current, stopping: true });
  }, []);
  /** Forgets a change the admin gives up on (both stages stay as they are). */
  const forget = useCallback(
    (change: OutcomeChange) => {
      pendingOutcomesOf(portal).drop(change);
      outcomeRuns.delete(change.oldId);
    },
    [portal],
  );
  return { run, stop, forget };
}
