import type { AjaxResult, TypeB24 } from '@bitrix24/b24jssdk';
import {
  BATCH_LIMIT,
  commandError,
  type BatchResults,
  type Command as BatchCommand,
} from './batch-results';
import { placementCodes } from '../domain/placement';
import { PortalError } from './portal-error';
import { toPortalError } from './portal-error-from-sdk';
import type { InstallFailure, InstallRequest } from './portal';
import { directoriesFromRows } from './rows';

interface Command {
  readonly placement: string;
  readonly method: 'placement.unbind' | 'placement.bind';
  readonly params: Record<string, unknown>;
}

function failureOf(result: AjaxResult<unknown> | undefined, method: string): PortalError | null {
  if (!result) return new PortalError('server', '', '', method);
  if (result.isSuccess) {
    // An empty error code reads as success with no result (b24jssdk.md §3.5): bind answers
    // `true` and unbind `{count}`, so anything else did not land.
    const value = result.getData()?.result;
    return value === undefined || value === null || value === false
      ? new PortalError('refused', '', '', method)
      : null;
  }
  return commandError(result, method);
}

async function runBatch(b24: TypeB24, calls: Record<string, BatchCommand>): Promise<BatchResults> {
  const response = await b24.actions.v2.batch.make({
    calls,
    options: { isHaltOnError: false, returnAjaxResult: true },
  });
  return (response.getData() ?? {}) as BatchResults;
}

/**
 * Binds the app to the pipeline-settings toolbars. It reads the smart processes and what is
 * already bound in one batch, then unbinds every placement it will bind (and any left over from
 * an earlier install, e.g. a deleted smart process) before binding afresh, so running it again
 * is clean: `placement.bind` refuses a handler that is already bound. Each command's result is
 * checked, because the SDK's batch does not throw for a failed command.
 */
export async function installPlacements(
  b24: TypeB24,
  request: InstallRequest,
): Promise<InstallFailure[]> {
  let first;
  try {
    first = await runBatch(b24, {
      types: ['crm.status.entity.types', {}],
      bound: ['placement.get', {}],
    });
  } catch (error) {
    return [{ placement: '', method: 'batch', error: toPortalError(error, 'batch') }];
  }
  const typesError = failureOf(first['types'], 'crm.status.entity.types');
  if (typesError) return [{ placement: '', method: typesError.method, error: typesError }];
  const targets = placementCodes(directoriesFromRows(first['types']?.getData()?.result));
  // placement.get is a convenience here: without it only the known placements are unbound.
  const boundRows = first['bound']?.isSuccess ? first['bound'].getData()?.result : [];
  const bound = Array.isArray(boundRows)
    ? boundRows
        .map((row: unknown) =>
          row !== null && typeof row === 'object'
            ? String((row as Record<string, unknown>)['placement'] ?? '')
            : '',
        )
        .filter((code) => /_FUNNELS_TOOLBAR$/.test(code))
    : [];

  const commands: Command[] = [
    ...[...new Set([...targets, ...bound])].map((placement): Command => ({
      placement,
      method: 'placement.unbind',
      params: { PLACEMENT: placement },
    })),
    ...targets.map((placement): Command => ({
      placement,
      method: 'placement.bind',
      params: {
        PLACEMENT: placement,
        HANDLER: request.handler,
        TITLE: request.title.TITLE,
        DESCRIPTION: request.title.DESCRIPTION,
        LANG_ALL: request.titles,
      },
    })),
  ];

  const failures: InstallFailure[] = [];
  for (let i = 0; i < commands.length; i += BATCH_LIMIT) {
    const chunk = commands.slice(i, i + BATCH_LIMIT);
    const calls = Object.fromEntries(
      chunk.map((c, n): [string, BatchCommand] => [`c${n}`, [c.method, c.params]]),
    );
    let results;
    try {
      results = await runBatch(b24, calls);
    } catch (error) {
      const portalError = toPortalError(error, 'batch');
      for (const c of commands.slice(i)) {
        failures.push({ placement: c.placement, method: c.method, error: portalError });
      }
      break;
    }
    chunk.forEach((c, n) => {
      const error = failureOf(results[`c${n}`], c.method);
      if (error) failures.push({ placement: c.placement, method: c.method, error });
    });
  }
  return failures;
}
