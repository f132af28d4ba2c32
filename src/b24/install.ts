import { planPlacements, type PlacementSkip } from '../domain/placement';
import { chunked, runBatch, type Command, type Outcome, type SendBatch } from './batch';
import type { InstallFailure, InstallReport, InstallRequest } from './portal';
import { PortalError } from './portal-error';
import { directoriesFromRows } from './rows';

/** Our buttons: the pipeline-settings toolbars (docs/server-behaviour.md §3). */
const OURS = /_FUNNELS_TOOLBAR$/;

interface Step {
  readonly placement: string;
  readonly command: Command;
}

const codes = (result: unknown): string[] =>
  Array.isArray(result) ? result.map((code) => String(code).toUpperCase()) : [];

/** placement.get: `[{placement, handler, ...}]` (the real server adds `id`, §3). */
function bindings(outcome: Outcome | undefined): { placement: string; handler: string }[] | null {
  if (outcome?.status !== 'ok' || !Array.isArray(outcome.result)) return null;
  return (outcome.result as unknown[]).map((row) => {
    const r = (row ?? {}) as Record<string, unknown>;
    return {
      placement: String(r['placement'] ?? '').toUpperCase(),
      handler: String(r['handler'] ?? ''),
    };
  });
}

/** `ERROR_PLACEMENT_NOT_FOUND` / `Placement not found`: the portal has no such place (§3). */
const notOffered = (error: PortalError) =>
  /^ERROR_PLACEMENT_NOT_FOUND$/i.test(error.code) ||
  /^placement not found\.?$/i.test(error.description);

const readFailure = (error: PortalError): InstallReport => ({
  bound: [],
  skipped: [],
  failures: [{ placement: '', method: error.method, error }],
});

/**
 * Binds the app to the pipeline-settings toolbars the portal offers. One request reads what the
 * portal offers (placement.list), its smart processes and what is bound already; then every
 * placement to bind, and any left from an earlier install, is unbound before it is bound again
 * (`placement.bind` refuses a handler that is already bound, §3), and the last request reads the
 * bindings back. What the portal holds afterwards decides what is reported: a skipped placement
 * is no failure, so the install can finish.
 */
export async function installPlacements(
  send: SendBatch,
  request: InstallRequest,
): Promise<InstallReport> {
  let read: Outcome[];
  try {
    read = await runBatch(send, [
      ['placement.list', {}],
      ['crm.status.entity.types', {}],
      ['placement.get', {}],
    ]);
  } catch (error) {
    return readFailure(error as PortalError);
  }
  const [offeredOutcome, types, boundBefore] = read;
  if (types?.status !== 'ok') {
    return readFailure(
      types?.status === 'failed'
        ? types.error
        : new PortalError('server', '', '', 'crm.status.entity.types'),
    );
  }
  // Only an administrator may read or change bindings: say so once, not once per button.
  if (boundBefore?.status === 'failed' && boundBefore.error.kind === 'admin-required') {
    return readFailure(boundBefore.error);
  }
  // A portal that cannot list its placements: bind them all, a refusal as "not found" skips it.
  const offered = offeredOutcome?.status === 'ok' ? new Set(codes(offeredOutcome.result)) : null;
  const plan = planPlacements(directoriesFromRows(types.result), offered);
  const leftovers = (bindings(boundBefore) ?? [])
    .map((b) => b.placement)
    .filter((code) => OURS.test(code) && !plan.targets.includes(code));
  const steps: Step[] = [
    ...[...new Set([...plan.targets, ...leftovers])].map((placement): Step => ({
      placement,
      command: ['placement.unbind', { PLACEMENT: placement }],
    })),
    ...plan.targets.map((placement): Step => ({
      placement,
      command: [
        'placement.bind',
        {
          PLACEMENT: placement,
          HANDLER: request.handler,
          TITLE: request.title.TITLE,
          DESCRIPTION: request.title.DESCRIPTION,
          LANG_ALL: request.titles,
        },
      ],
    })),
  ];
  return write(send, steps, plan.targets, leftovers, plan.skipped, request.handler);
}

async function write(
  send: SendBatch,
  steps: readonly Step[],
  targets: readonly string[],
  leftovers: readonly string[],
  planned: readonly PlacementSkip[],
  handler: string,
): Promise<InstallReport> {
  const errors = new Map<string, InstallFailure>();
  const skipped = [...planned];
  let after: ReturnType<typeof bindings> = null;
  const batches = chunked(steps, 1);
  for (const [n, batch] of batches.entries()) {
    const last = n === batches.length - 1;
    let outcomes: Outcome[];
    try {
      outcomes = await runBatch(send, [
        ...batch.map((s) => s.command),
        ...(last ? [['placement.get', {}] as Command] : []),
      ]);
    } catch (error) {
      for (const step of steps.slice(batches.slice(0, n).flat().length)) {
        const [method] = step.command;
        errors.set(step.placement, {
          placement: step.placement,
          method,
          error: error as PortalError,
        });
      }
      break;
    }
    batch.forEach((step, i) => {
      const outcome = outcomes[i];
      const [method] = step.command;
      if (outcome?.status !== 'failed') return;
      if (method === 'placement.bind' && notOffered(outcome.error)) {
        skipped.push({ placement: step.placement, reason: 'not-offered' });
      } else
        errors.set(step.placement, { placement: step.placement, method, error: outcome.error });
    });
    if (last) after = bindings(outcomes.at(-1));
  }
  const wanted = targets.filter((t) => !skipped.some((s) => s.placement === t));
  if (!after) {
    return { bound: wanted.filter((t) => !errors.has(t)), skipped, failures: [...errors.values()] };
  }
  // What the portal lists afterwards is the truth: "already bound" is bound, a `true` that left
  // nothing behind is not.
  const ours = new Set(after.filter((b) => b.handler === handler).map((b) => b.placement));
  const present = new Set(after.map((b) => b.placement));
  const failures: InstallFailure[] = [];
  for (const placement of wanted) {
    if (ours.has(placement)) continue;
    failures.push(
      errors.get(placement) ?? {
        placement,
        method: 'placement.bind',
        error: new PortalError('not-saved', '', '', 'placement.bind', 'not-kept'),
      },
    );
  }
  for (const placement of leftovers) {
    if (!present.has(placement)) continue;
    failures.push(
      errors.get(placement) ?? {
        placement,
        method: 'placement.unbind',
        error: new PortalError('not-saved', '', '', 'placement.unbind', 'not-kept'),
      },
    );
  }
  return { bound: wanted.filter((p) => ours.has(p)), skipped, failures };
}
