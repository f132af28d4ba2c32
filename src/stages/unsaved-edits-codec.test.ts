import { describe, expect, it } from 'vitest';
import { PortalError } from '../b24/portal-error';
import { decodeUnsavedEdits, encodeUnsavedEdits } from './unsaved-edits-codec';
import type { StageEdit } from './stage-edit';

const rename: StageEdit = {
  id: 'e1',
  entityId: 'DEAL_STAGE',
  label: { kind: 'rename', name: 'Final Invoice', value: 'Closing' },
  updates: [{ id: '109', patch: { name: 'Closing' }, expected: { name: 'Final Invoice' } }],
};
const refusal = new PortalError('refused', '', 'There are active items in this status.', 'x');

const stored = (edits: unknown[]) => JSON.stringify({ v: 2, edits });
const good = {
  edit: rename,
  state: 'failed',
  failures: [{ update: rename.updates[0], error: { ...refusal, kind: 'refused' } }],
};
const withEdit = (change: Record<string, unknown>) => ({ ...good, edit: { ...rename, ...change } });
const withUpdate = (update: unknown) => withEdit({ updates: [update] });

describe('decodeUnsavedEdits', () => {
  it('reads back what it wrote', () => {
    const text = encodeUnsavedEdits([
      { edit: rename, state: 'failed', failures: [{ update: rename.updates[0]!, error: refusal }] },
    ]);
    const { kept, dropped } = decodeUnsavedEdits(text);
    expect(dropped).toBe(0);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.edit).toEqual(rename);
    expect(kept[0]?.failures[0]?.error).toMatchObject({
      kind: 'refused',
      description: 'There are active items in this status.',
    });
  });

  it('keeps what the change journal knows of an edit: a retried undo is still one', () => {
    const undo: StageEdit = {
      ...rename,
      journal: {
        directory: 'Sales pipeline',
        stageId: '109',
        cause: { kind: 'undo', of: 'k1', ofKind: 'rename' },
      },
    };
    const text = encodeUnsavedEdits([{ edit: undo, state: 'failed', failures: [] }]);
    expect(decodeUnsavedEdits(text).kept[0]?.edit).toEqual(undo);
  });

  it.each([
    ['nothing kept', null, 0],
    ['an empty option', '', 0],
  ])('%s: no entries, nothing dropped', (_spec, text, dropped) => {
    expect(decodeUnsavedEdits(text)).toEqual({ kept: [], dropped });
  });

  it.each([
    ['text that is no JSON', '{"v":2,'],
    ['JSON of another shape', '{"v":2,"edits":"x"}'],
    ['a number', '42'],
  ])('%s is dropped as one unreadable entry, never thrown', (_spec, text) => {
    expect(decodeUnsavedEdits(text)).toEqual({ kept: [], dropped: 1 });
  });

  it.each([
    ['an entry that is not an object', 'x'],
    ['an edit without id', withEdit({ id: 7 })],
    ['journal notes naming no directory', withEdit({ journal: { stageId: '1' } })],
    [
      'journal notes undoing an unknown kind',
      withEdit({ journal: { directory: 'x', cause: { kind: 'undo', of: 'k', ofKind: 'boom' } } }),
    ],
    ['a directory code with markup', withEdit({ entityId: '<img src=x>' })],
    ['an unknown kind of change', withEdit({ label: { kind: 'explode', name: 'A' } })],
    ['a rename without its new value', withEdit({ label: { kind: 'rename', name: 'A' } })],
    ['a row id that is no number', withUpdate({ id: '../1', patch: { name: 'A' } })],
    ['an empty name', withUpdate({ id: '1', patch: { name: '   ' } })],
    ['a name with control characters', withUpdate({ id: '1', patch: { name: 'A\u0000B' } })],
    ['a name over 100 characters', withUpdate({ id: '1', patch: { name: 'x'.repeat(101) } })],
    [
      'a colour that is CSS, not hex',
      withUpdate({ id: '1', patch: { color: 'red;background:url(x)' } }),
    ],
    ['a SORT below 1', withUpdate({ id: '1', patch: { sort: 0 } })],
    ['a SORT that is text', withUpdate({ id: '1', patch: { sort: '10' } })],
    ['a patch with nothing to change', withUpdate({ id: '1', patch: {} })],
    [
      'an add with a hostile colour',
      withEdit({
        add: {
          entityId: 'DEAL_STAGE',
          code: 'X',
          statusId: 'X',
          name: 'X',
          sort: 10,
          semantics: '',
          color: 'url(x)',
          categoryId: 0,
        },
      }),
    ],
    [
      'a refusal without its words',
      { ...good, failures: [{ update: rename.updates[0], error: { kind: 'refused' } }] },
    ],
  ])('%s is dropped and counted', (_spec, entry) => {
    const { kept, dropped } = decodeUnsavedEdits(stored([entry, good]));
    expect(dropped).toBe(1);
    expect(kept.map((k) => k.edit.id)).toEqual(['e1']);
  });

  it('validates names again, as typed: surrounding blanks are trimmed', () => {
    const { kept } = decodeUnsavedEdits(
      stored([withUpdate({ id: '1', patch: { name: '  Won  ' } })]),
    );
    expect(kept[0]?.edit.updates[0]?.patch).toEqual({ name: 'Won' });
  });

  it('an unknown error kind from another version reads as a server error', () => {
    const failure = {
      update: rename.updates[0],
      error: { kind: 'meteor', code: '', description: 'x', method: 'm' },
    };
    const { kept } = decodeUnsavedEdits(stored([{ ...good, failures: [failure] }]));
    expect(kept[0]?.failures[0]?.error.kind).toBe('server');
  });

  it('reads the first version, a bare list with REST field names', () => {
    const legacy = JSON.stringify([
      {
        write: {
          id: 'w1',
          entityId: 'DEAL_STAGE',
          label: { kind: 'move', name: 'New' },
          updates: [{ id: '101', fields: { SORT: 15 } }],
        },
        state: 'saving',
        failures: [],
      },
    ]);
    const { kept, dropped } = decodeUnsavedEdits(legacy);
    expect(dropped).toBe(0);
    expect(kept[0]?.edit.updates).toEqual([{ id: '101', patch: { sort: 15 } }]);
    // It was on its way when the page went away: whether it landed is unknown.
    expect(kept[0]?.failures[0]?.error.kind).toBe('network');
  });
});
