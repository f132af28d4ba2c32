import { describe, expect, it } from 'vitest';
import { PortalError } from '../../b24/portal-error';
import { snapshotOf, type ChangeRecord } from '../../domain/change';
import type { UndoPlan } from '../../domain/journal/undo-plan';
import { entry } from '../../domain/journal/test-entries';
import { dealDirectory, stage } from '../../domain/test-stages';
import { undoReplace } from './undo-replace';
import type { UndoContext } from './undo-steps';

// The undo of an outcome change: "Proposal" (S2, in progress) had been replaced by S9 (failure),
// items 1-3 moved into it. Each step's call is logged, so the order that keeps every item in a
// stage is visible.
const old = snapshotOf(stage('2', 20, 'process', { name: 'Proposal', statusId: 'S2' }));
const replacement = stage('9', 60, 'failure', { name: 'Proposal', statusId: 'S9' });
const others = [stage('1', 10), stage('3', 30), stage('4', 40, 'success')];
const plan: Extract<UndoPlan, { kind: 'replace-back' }> = {
  kind: 'replace-back',
  stage: old,
  index: 1,
  remove: replacement,
  itemsBack: { ids: [1, 2, 3], from: 'S9', to: 'S2' },
};

function setUp({ addFails = false, movedBeforeError = null as number | null, held = 0 } = {}) {
  const calls: string[] = [];
  const records: ChangeRecord[] = [];
  const ctx: UndoContext = {
    entry: entry({ key: 'k9' }),
    cause: 'undo',
    directory: dealDirectory(),
    stages: [...others, replacement],
    notes: { directory: 'General Deal Stages' },
    record: (change) => void records.push(change),
    sendEdit: () => Promise.reject(new Error('not used')),
    addStage: async ({ stage: s }) => {
      calls.push(`add ${s.statusId} at ${s.sort}`);
      if (addFails) throw new PortalError('refused', '', 'No', 'crm.status.add');
      return { id: '12', stages: null };
    },
    removeStage: async ({ stage: s }) => {
      calls.push(`delete ${s.statusId}`);
      return null;
    },
    countItems: async (statusId) => {
      calls.push(`count ${statusId}`);
      return held;
    },
    moveIds: async (ids, to) => {
      calls.push(`move ${ids.join(',')} to ${to}`);
      if (movedBeforeError === null) return { moved: ids, error: null };
      const error = new PortalError('network', '', 'dropped', 'crm.item.update');
      return { moved: ids.slice(0, movedBeforeError), error };
    },
  };
  return { ctx, calls, records };
}

describe('undoReplace', () => {
  it('adds the old stage back, moves the items into it, then deletes the empty replacement', async () => {
    const { ctx, calls, records } = setUp();
    expect(await undoReplace(ctx, plan)).toMatchObject({ result: 'done' });
    expect(calls).toEqual(['add S2 at 20', 'move 1,2,3 to S2', 'count S9', 'delete S9']);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: 'undo',
      stages: [
        { before: null, after: { id: '12', statusId: 'S2', name: 'Proposal', group: 'process' } },
        { before: { id: '9', statusId: 'S9' }, after: null },
      ],
      items: { ids: [1, 2, 3], from: 'S9', to: 'S2' },
      outcome: { status: 'saved' },
    });
  });

  it('a refused add changes nothing else', async () => {
    const { ctx, calls, records } = setUp({ addFails: true });
    expect(await undoReplace(ctx, plan)).toMatchObject({ result: 'refused' });
    expect(calls).toEqual(['add S2 at 20']);
    expect(records[0]?.outcome.status).toBe('refused');
  });

  it('a move that fails half-way keeps both stages and says how far it got', async () => {
    const { ctx, calls, records } = setUp({ movedBeforeError: 2 });
    expect(await undoReplace(ctx, plan)).toMatchObject({ result: 'partly' });
    expect(calls).toEqual(['add S2 at 20', 'move 1,2,3 to S2']);
    expect(records[0]).toMatchObject({
      stages: [{ before: null, after: { statusId: 'S2' } }],
      items: { ids: [1, 2] },
      outcome: { status: 'partly-saved' },
    });
  });

  it('items that entered the replacement since keep it, and the admin is told how many', async () => {
    const { ctx, calls, records } = setUp({ held: 4 });
    expect(await undoReplace(ctx, plan)).toMatchObject({
      result: 'partly',
      reason: 'has-items',
      detail: '4',
    });
    expect(calls).not.toContain('delete S9');
    expect(records[0]?.stages).toHaveLength(1);
    expect(records[0]?.outcome).toMatchObject({ status: 'partly-saved' });
  });
});
