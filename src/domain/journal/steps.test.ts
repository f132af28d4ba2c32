import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../change';
import type { JournalEntry } from './entry';
import { afterChange, EMPTY_STACKS } from './stacks';
import { joinSteps } from './steps';
import { change, entry, snap } from './test-entries';

// An outcome change as outcome-run reports it: the add (with a shift that made room), two pages
// of items, the delete.
const old = snap('2', { name: 'Proposal' });
const added = snap('9', { name: 'Proposal', statusId: 'S9', group: 'failure' });
const items = { from: 'S2', to: 'S9', fromName: 'Proposal', toName: 'Proposal' };
const step = (key: string, c: Partial<ChangeRecord>, stepOf = 'run1'): JournalEntry =>
  entry({ key, id: null, change: change({ kind: 'outcome', stages: [], stepOf, ...c }) });
const add = step('a', {
  stages: [
    { before: snap('5', { sort: 50 }), after: snap('5', { sort: 70 }) },
    { before: null, after: added },
  ],
});
const page1 = step('p1', { items: { ids: [1, 2], ...items } });
const page2 = step('p2', { items: { ids: [3], ...items } });
const del = step('d', { stages: [{ before: old, after: null }] });
const run = (...entries: JournalEntry[]) => entries.reduce(afterChange, EMPTY_STACKS);

describe('the steps of one change on the undo stack', () => {
  it('are one item, under the last step’s key: the stages added and deleted, every item', () => {
    const { undo } = run(entry({ key: 'before' }), add, page1, page2, del);
    expect(undo.map((e) => e.key)).toEqual(['before', 'd']);
    expect(undo[1]?.change).toMatchObject({
      kind: 'outcome',
      stages: [
        { before: null, after: added },
        { before: old, after: null },
      ],
      items: { ids: [1, 2, 3], ...items },
      outcome: { status: 'saved' },
    });
  });

  it('a stopped change is the steps so far; the add alone keeps no shift', () => {
    expect(run(add).undo[0]?.change.stages).toEqual([{ before: null, after: added }]);
    expect(run(add, page1).undo.map((e) => e.change.items?.ids)).toEqual([[1, 2]]);
  });

  it('another change in between, or another run, starts an item of its own', () => {
    expect(run(add, entry({ key: 'x' }), page1).undo.map((e) => e.key)).toEqual(['a', 'x', 'p1']);
    expect(run(add, step('q', { items: { ids: [7], ...items } }, 'run2')).undo).toHaveLength(2);
  });

  it('a partly saved page makes the whole partly saved; a refused one is not on the stack', () => {
    const partly = step('p3', {
      items: { ids: [4], ...items },
      outcome: { status: 'partly-saved', reason: 'server' },
    });
    const refused = step('p4', {
      items: { ids: [5], ...items },
      outcome: { status: 'refused', reason: 'server' },
    });
    const [held] = run(add, partly, refused).undo;
    expect(held?.change.outcome).toEqual({ status: 'partly-saved', reason: 'server' });
    expect(held?.change.items?.ids).toEqual([4]);
  });

  it('items between other stages do not join', () => {
    const elsewhere = step('z', { items: { ids: [8], ...items, to: 'S5' } });
    expect(joinSteps(page1.change, elsewhere.change)).toBeNull();
    expect(joinSteps(change(), change())).toBeNull();
  });
});
