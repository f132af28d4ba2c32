import type { Portal } from '../../b24/portal';
import type { JournalEntry } from '../../domain/journal/entry';
import type { UndoStacks } from '../../domain/journal/stacks';
import { outcomeStepKey, type OutcomeChange } from '../../domain/outcome-change';
import { pendingOutcomesOf, type PendingOutcomes } from '../outcome-pending';
import { outcomeRuns } from '../outcome-runs';
import type { Announcement } from './session-journal';

/**
 * An outcome change that stopped or failed half-way is kept with the portal, and its notice
 * offers Resume (docs/analytics.md §3). Undo takes back what of it landed, as one stack item
 * (docs/change-journal.md §5); once that is all back, the change is over, and Resume would only
 * start it again: the kept change and its run's last state go. A redo of that undo puts the
 * half-done change back, and the kept change with it; an undo of the redo ends it again.
 *
 * The entries of that chain, by key, and the change they are about: an undo or a redo records an
 * entry that says which one it is about (`of`), not the change's steps key.
 */
const chains = new WeakMap<PendingOutcomes, Map<string, OutcomeChange>>();

function chainOf(pending: PendingOutcomes): Map<string, OutcomeChange> {
  let chain = chains.get(pending);
  if (!chain) {
    chain = new Map();
    chains.set(pending, chain);
  }
  return chain;
}

/** After an undo or redo that put everything back: ends or restores the change it was about. */
export function followPendingOutcome(
  portal: Portal,
  announcement: Announcement,
  stacks: UndoStacks,
): void {
  const { cause, result, entry } = announcement;
  // A revert works on one step's entry; partly put back, both stages still stand.
  if (cause === 'revert' || result !== 'done') return;
  const pending = pendingOutcomesOf(portal);
  const chain = chainOf(pending);
  const change = chain.get(entry.key) ?? stepsOfPending(pending, entry);
  if (!change) return;
  chain.delete(entry.key);
  if (cause === 'undo') {
    pending.drop(change);
    outcomeRuns.delete(change.oldId);
  } else pending.keep(change);
  // What this undo or redo recorded is the next link: undone or redone in turn, it is about the
  // same change.
  const next = [...stacks.undo, ...stacks.redo].find((e) => e.change.of === entry.key);
  if (next) chain.set(next.key, change);
}

/** The kept change whose steps this stack item holds (ChangeRecord.stepOf). */
function stepsOfPending(pending: PendingOutcomes, entry: JournalEntry) {
  const { stepOf, directory } = entry.change;
  if (stepOf === undefined) return undefined;
  return pending
    .get()
    .find((c) => c.entityId === directory.entityId && outcomeStepKey(c) === stepOf);
}
