import { changedSomething, type JournalEntry } from './entry';
import { joinSteps, stackRecord } from './steps';

/**
 * The undo and redo stacks of one session, newest last. Only this admin's own changes that
 * changed something go on them. An undo moves its entry's undo onto the redo stack, a redo moves
 * it back; any other change (a revert included) is a new edit and clears the redo stack. The
 * steps of one change made in several requests are one item, under the key of the last step.
 */
export interface UndoStacks {
  readonly undo: readonly JournalEntry[];
  readonly redo: readonly JournalEntry[];
}

export const EMPTY_STACKS: UndoStacks = { undo: [], redo: [] };

/** A long session keeps its last 100 changes undoable. */
export const STACK_LIMIT = 100;

const push = (stack: readonly JournalEntry[], entry: JournalEntry) =>
  [...stack, entry].slice(-STACK_LIMIT);
const without = (stack: readonly JournalEntry[], key: string | undefined) =>
  stack.filter((e) => e.key !== key);

export function afterChange(stacks: UndoStacks, entry: JournalEntry): UndoStacks {
  const { change } = entry;
  if (!changedSomething(change)) return stacks;
  switch (change.kind) {
    case 'undo':
      return { undo: without(stacks.undo, change.of), redo: push(stacks.redo, entry) };
    case 'redo':
      return { undo: push(stacks.undo, entry), redo: without(stacks.redo, change.of) };
    default: {
      const top = stacks.undo.at(-1);
      const joined = top && joinSteps(top.change, change);
      if (joined) {
        return { undo: [...stacks.undo.slice(0, -1), { ...entry, change: joined }], redo: [] };
      }
      const kept = change.stepOf === undefined ? entry : { ...entry, change: stackRecord(change) };
      return { undo: push(stacks.undo, kept), redo: [] };
    }
  }
}
