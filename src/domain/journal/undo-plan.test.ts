import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotOf, type ChangeRecord } from '../change';
import { compareStages } from '../order';
import { planMove } from '../sort-planner';
import { patchStages, type Stage } from '../stage';
import { stage } from '../test-stages';
import { change, snap } from './test-entries';
import { planUndo } from './undo-plan';

const board = [
  stage('1', 10, 'process', { name: 'New', color: '#1f86ff' }),
  stage('2', 20, 'process', { name: 'Proposal' }),
  stage('3', 30, 'process', { name: 'Negotiation' }),
  stage('4', 40, 'success', { name: 'Won', color: '#7bd500' }),
  stage('5', 50, 'failure', { name: 'Lost' }),
];
const order = (stages: readonly Stage[]) => [...stages].sort(compareStages).map((s) => s.id);

describe('planUndo', () => {
  it('a rename: the previous name, guarded by the one it set', () => {
    const renamed = patchStages(board, [{ id: '2', patch: { name: 'Offer' } }]);
    const c = change({
      stages: [{ before: snapshotOf(board[1] as Stage), after: snapshotOf(renamed[1] as Stage) }],
    });
    expect(planUndo(c, renamed)).toEqual({
      kind: 'update',
      updates: [{ id: '2', patch: { name: 'Proposal' }, expected: { name: 'Offer' } }],
    });
  });

  it('a restore of the original name: the name it replaced, guarded by the original', () => {
    // The stage had been renamed "Offer"; "restore original name" gave it back "Proposal".
    const offer = { ...snapshotOf(board[1] as Stage), name: 'Offer' };
    const c = change({
      kind: 'restore-name',
      stages: [{ before: offer, after: snapshotOf(board[1] as Stage) }],
    });
    expect(planUndo(c, board)).toEqual({
      kind: 'update',
      updates: [{ id: '2', patch: { name: 'Offer' }, expected: { name: 'Proposal' } }],
    });
    expect(
      planUndo(
        c,
        board.filter((s) => s.id !== '2'),
      ),
    ).toEqual({
      kind: 'impossible',
      reason: 'stage-gone',
      name: 'Proposal',
    });
  });

  it('a recolour: the previous colour; "no colour" cannot come back', () => {
    const c = change({
      kind: 'recolour',
      stages: [{ before: snap('4', { color: '#7bd500' }), after: snap('4', { color: '#1eae43' }) }],
    });
    expect(planUndo(c, board)).toEqual({
      kind: 'update',
      updates: [{ id: '4', patch: { color: '#7bd500' }, expected: { color: '#1eae43' } }],
    });
    const none = change({
      kind: 'recolour',
      stages: [{ before: snap('4', { color: null }), after: snap('4') }],
    });
    expect(planUndo(none, board)).toMatchObject({ kind: 'impossible', reason: 'unsupported' });
  });

  it('an add: delete the stage, or say it is gone', () => {
    const c = change({
      kind: 'add',
      stages: [{ before: null, after: snapshotOf(board[2] as Stage) }],
    });
    expect(planUndo(c, board)).toEqual({ kind: 'remove', stage: board[2], itemsBack: null });
    expect(
      planUndo(
        c,
        board.filter((s) => s.id !== '3'),
      ),
    ).toEqual({ kind: 'impossible', reason: 'stage-gone', name: 'Negotiation' });
  });

  it('a delete: the same stage back in its place, its items moved back in', () => {
    const gone = snapshotOf(board[2] as Stage);
    const c = change({
      kind: 'delete',
      stages: [{ before: gone, after: null }],
      items: { ids: [4, 5], from: 'S3', to: 'S1' },
    });
    const left = board.filter((s) => s.id !== '3');
    expect(planUndo(c, left)).toEqual({
      kind: 'add-back',
      stage: gone,
      index: 2,
      itemsBack: { ids: [4, 5], from: 'S1', to: 'S3' },
    });
    expect(planUndo(c, board)).toMatchObject({ kind: 'impossible', reason: 'status-taken' });
  });

  it('explains instead of planning: a refused change, a directory gone', () => {
    expect(planUndo(change({ outcome: { status: 'refused', reason: 'x' } }), board)).toMatchObject({
      reason: 'refused-change',
    });
    expect(planUndo(change(), null)).toEqual({
      kind: 'impossible',
      reason: 'directory-gone',
      name: 'Sales pipeline',
    });
  });

  it('items moved on their own go back where they came from', () => {
    const c: ChangeRecord = change({
      kind: 'move-items',
      stages: [],
      items: { ids: [9], from: 'S2', to: 'S1' },
    });
    expect(planUndo(c, board)).toEqual({
      kind: 'move-items',
      move: { ids: [9], from: 'S1', to: 'S2' },
    });
  });

  it('undoing any move restores the previous order, never writing more than the move did (property)', () => {
    const stages = fc
      .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 25 })
      .map((sorts) => sorts.map((sort, i) => stage(String(i + 1), sort)));
    fc.assert(
      fc.property(stages, fc.nat(), fc.nat(), (before, pick, to) => {
        const moved = before[pick % before.length] as Stage;
        const { writes } = planMove(before, moved.id, to % before.length);
        const after = patchStages(
          before,
          writes.map((w) => ({ id: w.id, patch: { sort: w.sort } })),
        );
        const byId = new Map(after.map((s) => [s.id, s]));
        const record = change({
          kind: 'move',
          stages: writes.map((w) => ({
            before: snapshotOf(before.find((s) => s.id === w.id) as Stage),
            after: snapshotOf(byId.get(w.id) as Stage),
          })),
        });
        const plan = planUndo(record, after);
        if (writes.length === 0) return;
        expect(plan.kind).toBe('update');
        if (plan.kind !== 'update') return;
        expect(plan.updates.length).toBeLessThanOrEqual(writes.length);
        expect(order(patchStages(after, plan.updates))).toEqual(order(before));
      }),
    );
  });
});

describe('planUndo of an add someone changed since', () => {
  it('asks first, and deletes only when told to', () => {
    const c = change({
      kind: 'add',
      stages: [{ before: null, after: snap('3', { name: 'Qualified', color: null }) }],
    });
    const renamed = [stage('3', 30, 'process', { name: 'Qualified leads' })];
    expect(planUndo(c, renamed)).toEqual({
      kind: 'impossible',
      reason: 'changed-since',
      name: 'Qualified',
      now: 'Qualified leads',
    });
    expect(planUndo(c, renamed, { force: true })).toMatchObject({ kind: 'remove' });
  });
});

describe('planUndo of a replacement (an outcome change, its steps joined)', () => {
  // "Proposal" (S2, in progress) became a failure stage: S9 added, items 4 and 5 moved, S2 gone.
  const old = snapshotOf(board[1] as Stage);
  const added = stage('9', 60, 'failure', { name: 'Proposal', statusId: 'S9' });
  const now = [...board.filter((s) => s.id !== '2'), added];
  const c = change({
    kind: 'outcome',
    stages: [
      { before: null, after: snapshotOf(added) },
      { before: old, after: null },
    ],
    items: { ids: [4, 5], from: 'S2', to: 'S9' },
  });

  it('adds the old stage back in its place, moves the items back, then removes the new one', () => {
    expect(planUndo(c, now)).toEqual({
      kind: 'replace-back',
      stage: old,
      index: 1,
      remove: added,
      itemsBack: { ids: [4, 5], from: 'S9', to: 'S2' },
    });
  });

  it('its undo reads the same way round, so a redo replaces again', () => {
    const back = stage('10', 20, 'process', { name: 'Proposal', statusId: 'S2' });
    const undone = change({
      kind: 'undo',
      stages: [
        { before: null, after: snapshotOf(back) },
        { before: snapshotOf(added), after: null },
      ],
      items: { ids: [4, 5], from: 'S9', to: 'S2' },
    });
    expect(planUndo(undone, [...board.filter((s) => s.id !== '2'), back])).toEqual({
      kind: 'replace-back',
      stage: snapshotOf(added),
      index: 1,
      remove: back,
      itemsBack: { ids: [4, 5], from: 'S2', to: 'S9' },
    });
  });

  it('explains instead: the new stage gone or renamed, the old code taken again', () => {
    expect(planUndo(c, board)).toMatchObject({ reason: 'stage-gone', name: 'Proposal' });
    const renamed = patchStages(now, [{ id: '9', patch: { name: 'Lost: proposal' } }]);
    expect(planUndo(c, renamed)).toMatchObject({ reason: 'changed-since', now: 'Lost: proposal' });
    expect(planUndo(c, renamed, { force: true })).toMatchObject({ kind: 'replace-back' });
    const taken = [...now, stage('11', 25, 'process', { statusId: 'S2' })];
    expect(planUndo(c, taken)).toMatchObject({ reason: 'status-taken', name: 'Proposal' });
  });

  it('items that went elsewhere are no replacement: nothing the app can put back', () => {
    const odd = { ...c, items: { ids: [4], from: 'S1', to: 'S9' } };
    expect(planUndo(odd, now)).toMatchObject({ kind: 'impossible', reason: 'unsupported' });
  });
});
