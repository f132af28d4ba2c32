import { describe, expect, it } from 'vitest';
import { PortalError } from '../../b24/portal-error';
import { patchStages } from '../../domain/stage';
import { stage } from '../../domain/test-stages';
import type { StageEdit } from '../stage-edit';
import { editRecord, movedItemsRecord, removeRecord } from './records';

const board = [
  stage('1', 10, 'process', { name: 'New' }),
  stage('2', 20, 'process', { name: 'Offer' }),
  stage('3', 30, 'process', { name: 'Invoice' }),
  stage('4', 40, 'success', { name: 'Won' }),
];
const journal = { directory: 'Sales pipeline' };
const conflict = new PortalError('conflict', '', 'Bill', 'crm.status.update');
const refused = new PortalError('has-items', '', 'There are active items', 'crm.status.delete');

/** A move that wrote two stages' SORT. */
const move: StageEdit = {
  id: 'e1',
  entityId: 'DEAL_STAGE',
  label: { kind: 'move', name: 'New' },
  updates: [
    { id: '1', patch: { sort: 25 } },
    { id: '2', patch: { sort: 15 } },
  ],
  journal: { ...journal, stageId: '1' },
};

describe('editRecord, partly saved', () => {
  it('keeps what landed, shows the refused update as unchanged, and says why', () => {
    // The portal kept the first update and refused the second (someone had changed it).
    const after = patchStages(board, [{ id: '1', patch: { sort: 25 } }]);
    const failures = [{ update: move.updates[1]!, error: conflict }];
    const record = editRecord(move, board, after, failures);
    expect(record.outcome).toEqual({ status: 'partly-saved', reason: 'conflict: Bill' });
    expect(record.stages.map((d) => [d.before?.id, d.before?.sort, d.after?.sort])).toEqual([
      ['1', 10, 25],
      ['2', 20, 20],
    ]);
    // The sentence names the neighbour the stage ended up after, as the portal holds it.
    expect(record.follows).toBe('Offer');
  });

  it('a wholly refused edit shows what was asked, so the journal can say what was refused', () => {
    const failures = move.updates.map((update) => ({ update, error: conflict }));
    const record = editRecord(move, board, board, failures);
    expect(record.outcome).toEqual({ status: 'refused', reason: 'conflict: Bill' });
    expect(record.stages.map((d) => d.after?.sort)).toEqual([25, 15]);
  });
});

describe('removeRecord and movedItemsRecord', () => {
  const target = board[0]!;
  const moved = { ids: [5, 6], target };

  it('a delete refused after its items moved out is the item move, partly saved', () => {
    const record = removeRecord(board[2]!, journal, moved, refused);
    expect(record).toEqual({
      kind: 'move-items',
      directory: { entityId: 'DEAL_STAGE', name: 'Sales pipeline' },
      stages: [],
      items: { ids: [5, 6], from: 'S3', to: 'S1', fromName: 'Invoice', toName: 'New' },
      outcome: { status: 'partly-saved', reason: 'has-items: There are active items' },
    });
  });

  it('a delete refused before any item moved is a refused delete', () => {
    const record = removeRecord(board[2]!, journal, { ids: [], target }, refused);
    expect(record.kind).toBe('delete');
    expect(record.items).toBeUndefined();
    expect(record.outcome).toEqual({
      status: 'refused',
      reason: 'has-items: There are active items',
    });
    expect(record.stages).toEqual([{ before: expect.objectContaining({ id: '3' }), after: null }]);
  });

  it('items moved out, the delete not followed: saved, or partly saved when the move broke off', () => {
    expect(movedItemsRecord(board[2]!, journal, moved, null).outcome).toEqual({ status: 'saved' });
    const broke = new PortalError('network', '', 'dropped', 'crm.item.update');
    expect(movedItemsRecord(board[2]!, journal, moved, broke)).toMatchObject({
      kind: 'move-items',
      items: { ids: [5, 6], from: 'S3', to: 'S1' },
      outcome: { status: 'partly-saved', reason: 'network: dropped' },
    });
  });

  it('an undo’s partly saved item move is journalled as the undo, about the entry it undid', () => {
    const cause = { kind: 'undo', of: 'k1', ofKind: 'delete', ofName: 'Invoice' } as const;
    const record = removeRecord(board[2]!, { ...journal, cause }, moved, refused);
    expect(record).toMatchObject({
      kind: 'undo',
      of: 'k1',
      ofKind: 'delete',
      ofName: 'Invoice',
      outcome: { status: 'partly-saved' },
    });
  });
});
