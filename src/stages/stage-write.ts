import type { NewStage, StageUpdate, WriteFailure } from '../b24/portal';
import type { PortalError } from '../b24/portal-error';
import type { Stage } from '../domain/stage';

/** What the admin did, in words the pending list can show. */
export type WriteLabel =
  | { readonly kind: 'move'; readonly name: string }
  | { readonly kind: 'rename'; readonly name: string; readonly value: string }
  | { readonly kind: 'recolour'; readonly name: string; readonly value: string }
  | { readonly kind: 'add'; readonly name: string };

/** One admin action: all its crm.status.update calls go to the portal in one batch. */
export interface StageWrite {
  readonly id: string;
  readonly entityId: string;
  readonly label: WriteLabel;
  readonly updates: readonly StageUpdate[];
  /** For an added stage: the crm.status.add sent after `updates` (its shifts), in one batch. */
  readonly add?: NewStage;
}

/** A new stage has no row id yet; its pending entry is keyed by the STATUS_ID it will get. */
export function addFailure(stage: NewStage, error: PortalError): WriteFailure {
  return { update: { id: `add:${stage.statusId}`, fields: { NAME: stage.name } }, error };
}

export class WriteFailedError extends Error {
  override readonly name = 'WriteFailedError';
  constructor(readonly failures: readonly WriteFailure[]) {
    super(failures[0]?.error.message ?? 'write failed');
  }
}

/**
 * Retrying sends only what did not land. After a conflict the admin has seen the other admin's
 * value and chosen to apply theirs anyway, so that update goes without its guard.
 */
export function retryOf(write: StageWrite, failures: readonly WriteFailure[]): StageWrite {
  return {
    ...write,
    updates: failures.map(({ update, error }) =>
      error.kind === 'conflict' ? { id: update.id, fields: update.fields } : update,
    ),
  };
}

let counter = 0;
export const newWriteId = () => `w${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The board as it will be once the updates land: what the optimistic cache shows. */
export function applyUpdates(stages: readonly Stage[], updates: readonly StageUpdate[]): Stage[] {
  const byId = new Map(updates.map((u) => [u.id, u.fields]));
  return stages.map((stage) => {
    const fields = byId.get(stage.id);
    if (!fields) return stage;
    return {
      ...stage,
      name: fields.NAME ?? stage.name,
      sort: fields.SORT ?? stage.sort,
      color: fields.COLOR ?? stage.color,
    };
  });
}
