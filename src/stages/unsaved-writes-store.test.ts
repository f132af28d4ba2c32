import { afterEach, describe, expect, it } from 'vitest';
import { PortalError } from '../b24/portal-error';
import type { StageUpdate } from '../b24/portal';
import type { StageWrite } from './stage-write';
import { unsavedWrites } from './unsaved-writes-store';

const serverError = new PortalError('server', 'INTERNAL_SERVER_ERROR', 'x', 'crm.status.update');

const write = (id: string, updates: StageUpdate[]): StageWrite => ({
  id,
  entityId: 'DEAL_STAGE',
  label: { kind: 'move', name: 'A' },
  updates,
});

/** A write the portal refused entirely. */
function refused(w: StageWrite) {
  unsavedWrites.saving(w);
  unsavedWrites.failed(
    w,
    w.updates.map((update) => ({ update, error: serverError })),
  );
}

const pending = () =>
  unsavedWrites.get().map((e) => ({
    id: e.write.id,
    state: e.state,
    updates: e.failures.map((f) => f.update),
  }));

afterEach(() => {
  for (const e of unsavedWrites.get()) unsavedWrites.remove(e.write.id);
});

describe('a newer write supersedes what it replaces among the refused ones', () => {
  it('a second rename of the same stage replaces the refused first one', () => {
    refused(write('w1', [{ id: '7', fields: { NAME: 'B' }, expected: { NAME: 'A' } }]));
    unsavedWrites.saving(
      write('w2', [{ id: '7', fields: { NAME: 'C' }, expected: { NAME: 'A' } }]),
    );
    expect(pending().map((p) => p.id)).toEqual(['w2']);
  });

  it('keeps the fields and stages the newer write does not touch', () => {
    refused(
      write('w1', [
        {
          id: '7',
          fields: { NAME: 'B', COLOR: '#111111' },
          expected: { NAME: 'A', COLOR: '#000000' },
        },
        { id: '8', fields: { SORT: 20 } },
      ]),
    );
    unsavedWrites.saving(write('w2', [{ id: '7', fields: { NAME: 'C' } }]));
    expect(pending()).toEqual([
      {
        id: 'w1',
        state: 'failed',
        updates: [
          { id: '7', fields: { COLOR: '#111111' }, expected: { COLOR: '#000000' } },
          { id: '8', fields: { SORT: 20 } },
        ],
      },
      { id: 'w2', state: 'saving', updates: [] },
    ]);
  });

  it('leaves other stages and writes still on their way alone', () => {
    refused(write('w1', [{ id: '7', fields: { COLOR: '#111111' } }]));
    unsavedWrites.saving(write('w2', [{ id: '9', fields: { COLOR: '#222222' } }]));
    unsavedWrites.saving(write('w3', [{ id: '9', fields: { COLOR: '#333333' } }]));
    expect(pending().map((p) => [p.id, p.state])).toEqual([
      ['w1', 'failed'],
      ['w2', 'saving'],
      ['w3', 'saving'],
    ]);
  });

  it('a retry of a write is not superseded by itself', () => {
    const w = write('w1', [{ id: '7', fields: { NAME: 'B' } }]);
    refused(w);
    unsavedWrites.saving(w);
    expect(pending().map((p) => [p.id, p.state])).toEqual([['w1', 'saving']]);
  });
});

describe('deleting a stage forgets its refused edits', () => {
  it('drops updates of that stage only', () => {
    refused(write('w1', [{ id: '7', fields: { NAME: 'B' } }]));
    refused(
      write('w2', [
        { id: '7', fields: { SORT: 10 } },
        { id: '8', fields: { SORT: 20 } },
      ]),
    );
    unsavedWrites.forgetStage('7');
    expect(pending()).toEqual([
      { id: 'w2', state: 'failed', updates: [{ id: '8', fields: { SORT: 20 } }] },
    ]);
  });
});
