import type { Portal } from '../b24/portal';

export interface MoveItemsRequest {
  readonly entityTypeId: number;
  /** STATUS_ID of the stage being emptied, and of the stage of the same pipeline to fill. */
  readonly from: string;
  readonly to: string;
}

export interface MoveItemsProgress {
  readonly moved: number;
  readonly total: number;
}

export interface MoveItemsOptions {
  /** Items moved by an earlier run of the same job (a resume reports the whole job). */
  readonly alreadyMoved: number;
  readonly stopRequested: () => boolean;
  readonly onProgress: (progress: MoveItemsProgress) => void;
}

/** `ids`: the items this run moved, for the change journal and its undo. */
export type MoveItemsOutcome =
  | { readonly kind: 'empty'; readonly moved: number; readonly ids: readonly number[] }
  | ({ readonly kind: 'stopped'; readonly ids: readonly number[] } & MoveItemsProgress);

/** A move that ended in an error, with the items it had moved before it. */
export class MoveItemsError extends Error {
  override readonly name = 'MoveItemsError';
  constructor(
    override readonly cause: unknown,
    readonly ids: readonly number[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Empties a stage: reads the first page of its items, moves that page in one batch, and repeats
 * until the stage reads empty. Each round re-reads, so items that arrive meanwhile are moved too
 * and a resume after a stop picks up exactly what is left. A stop takes effect between rounds
 * (a batch already sent cannot be called back). Throws the PortalError that ended it; `moved`
 * counts from `alreadyMoved` so a resumed run reports the whole job.
 */
export async function moveItems(
  portal: Portal,
  request: MoveItemsRequest,
  options: MoveItemsOptions,
): Promise<MoveItemsOutcome> {
  let moved = options.alreadyMoved;
  const ids: number[] = [];
  for (;;) {
    const page = await portal.listItems(request.entityTypeId, request.from);
    const total = moved + page.total;
    if (page.ids.length === 0) return { kind: 'empty', moved, ids };
    if (options.stopRequested()) return { kind: 'stopped', moved, total, ids };
    options.onProgress({ moved, total });
    try {
      await portal.moveItems(request.entityTypeId, page.ids, request.to);
    } catch (error) {
      // Which items of the page landed is unknown: only whole pages count as moved.
      throw new MoveItemsError(error, ids);
    }
    ids.push(...page.ids);
    moved += page.ids.length;
    options.onProgress({ moved, total });
  }
}
