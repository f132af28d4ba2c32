import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PortalError } from '../b24/portal-error';
import type { StageUpdate } from '../b24/portal';
import type { StageEdit } from './stage-edit';
import { KEEP_DELAY_MS, UnsavedEdits, type EditKeeper } from './unsaved-edits';

const serverError = new PortalError('server', 'INTERNAL_SERVER_ERROR', 'x', 'crm.status.update');

const edit = (id: string, updates: StageUpdate[]): StageEdit => ({
  id,
  entityId: 'DEAL_STAGE',
  label: { kind: 'move', name: 'A' },
  updates,
});

/** A keeper that records every write, as the portal's user option would receive them. */
function memoryKeeper(initial: string | null = null) {
  const writes: string[] = [];
  const keeper: EditKeeper = {
    read: () => initial,
    write: (value) => void writes.push(value),
  };
  return { keeper, writes };
}

let store: UnsavedEdits;
let writes: string[];

beforeEach(() => {
  vi.useFakeTimers();
  const memory = memoryKeeper();
  store = new UnsavedEdits(memory.keeper);
  writes = memory.writes;
});
afterEach(() => vi.useRealTimers());

/** An edit the portal refused entirely. */
function refused(e: StageEdit) {
  store.saving(e);
  store.failed(
    e,
    e.updates.map((update) => ({ update, error: serverError })),
  );
}

const pending = () =>
  store.get().map((e) => ({
    id: e.edit.id,
    state: e.state,
    updates: e.failures.map((f) => f.update),
  }));

describe('a newer edit supersedes what it replaces among the refused ones', () => {
  it('a second rename of the same stage replaces the refused first one', () => {
    refused(edit('w1', [{ id: '7', patch: { name: 'B' }, expected: { name: 'A' } }]));
    store.saving(edit('w2', [{ id: '7', patch: { name: 'C' }, expected: { name: 'A' } }]));
    expect(pending().map((p) => p.id)).toEqual(['w2']);
  });

  it('keeps the fields and stages the newer edit does not touch', () => {
    refused(
      edit('w1', [
        {
          id: '7',
          patch: { name: 'B', color: '#111111' },
          expected: { name: 'A', color: '#000000' },
        },
        { id: '8', patch: { sort: 20 } },
      ]),
    );
    store.saving(edit('w2', [{ id: '7', patch: { name: 'C' } }]));
    expect(pending()).toEqual([
      {
        id: 'w1',
        state: 'failed',
        updates: [
          { id: '7', patch: { color: '#111111' }, expected: { color: '#000000' } },
          { id: '8', patch: { sort: 20 } },
        ],
      },
      { id: 'w2', state: 'saving', updates: [] },
    ]);
  });

  it('leaves other stages and edits still on their way alone', () => {
    refused(edit('w1', [{ id: '7', patch: { color: '#111111' } }]));
    store.saving(edit('w2', [{ id: '9', patch: { color: '#222222' } }]));
    store.saving(edit('w3', [{ id: '9', patch: { color: '#333333' } }]));
    expect(pending().map((p) => [p.id, p.state])).toEqual([
      ['w1', 'failed'],
      ['w2', 'saving'],
      ['w3', 'saving'],
    ]);
  });

  it('a retry of an edit is not superseded by itself', () => {
    const e = edit('w1', [{ id: '7', patch: { name: 'B' } }]);
    refused(e);
    store.saving(e);
    expect(pending().map((p) => [p.id, p.state])).toEqual([['w1', 'saving']]);
  });
});

describe('deleting a stage forgets its refused edits', () => {
  it('drops updates of that stage only', () => {
    refused(edit('w1', [{ id: '7', patch: { name: 'B' } }]));
    refused(
      edit('w2', [
        { id: '7', patch: { sort: 10 } },
        { id: '8', patch: { sort: 20 } },
      ]),
    );
    store.forgetStage('7');
    expect(pending()).toEqual([
      { id: 'w2', state: 'failed', updates: [{ id: '8', patch: { sort: 20 } }] },
    ]);
  });
});

describe('what is kept in the portal, and when', () => {
  it('an edit confirmed within the delay is never written', () => {
    const e = edit('w1', [{ id: '7', patch: { sort: 15 } }]);
    store.saving(e);
    store.remove(e.id);
    vi.advanceTimersByTime(KEEP_DELAY_MS * 2);
    expect(writes).toEqual([]);
  });

  it('a refusal is kept at once, and its confirmation on retry clears it at once', () => {
    const e = edit('w1', [{ id: '7', patch: { name: 'B' } }]);
    refused(e);
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] ?? '')).toMatchObject({ v: 2, edits: [{ state: 'failed' }] });
    store.saving(e);
    store.remove(e.id);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe('');
  });

  it('an edit still on its way after the delay is kept, then dropped once it lands', () => {
    const e = edit('w1', [{ id: '7', patch: { sort: 15 } }]);
    store.saving(e);
    vi.advanceTimersByTime(KEEP_DELAY_MS);
    expect(writes).toHaveLength(1);
    store.remove(e.id);
    expect(writes).toEqual([writes[0], '']);
  });

  it('comes back after a reload, an interrupted edit as refused by a lost connection', () => {
    const e = edit('w1', [{ id: '7', patch: { sort: 15 } }]);
    store.saving(e);
    store.flush();
    const next = new UnsavedEdits(memoryKeeper(writes.at(-1) ?? null).keeper);
    expect(next.get()).toMatchObject([
      { state: 'failed', restored: true, failures: [{ error: { kind: 'network' } }] },
    ]);
    expect(next.droppedOnLoad).toBe(0);
  });
});
