import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUPS } from '../stage';
import {
  decodeEntry,
  decodePendingEntry,
  encodeEntry,
  JOURNAL_APP,
  type StoredMeta,
} from './codec';
import { JOURNAL_KINDS, type JournalEntry } from './entry';
import { change, entry, snap } from './test-entries';

const meta: StoredMeta = { id: '2301', createdBy: '1', createdAt: '2026-11-01T12:00:00+00:00' };

/** The stored JSON of the standard entry with `patch` applied to its object. */
const storedWith = (patch: (raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(encodeEntry(entry(), false)) as Record<string, unknown>;
  patch(raw);
  return JSON.stringify(raw);
};

describe('encodeEntry / decodeEntry', () => {
  it('reads back what it wrote, dated by the storage', () => {
    expect(decodeEntry(encodeEntry(entry(), false), meta)).toEqual(entry());
  });

  it('keeps the time of a late entry, which the storage would date too late', () => {
    const late = entry({ at: '2026-10-31T08:00:00+00:00' });
    expect(decodeEntry(encodeEntry(late, true), meta)?.at).toBe('2026-10-31T08:00:00+00:00');
  });

  it('takes the author from the portal: a name claimed for someone else is not repeated', () => {
    expect(decodeEntry(encodeEntry(entry(), false), { ...meta, createdBy: '3' })?.who).toEqual({
      id: '3',
      name: '',
    });
  });

  it('keeps items as ranges and reads them back as ids', () => {
    const items = { ids: [7, 1, 2, 3, 9], from: 'C1:NEW', to: 'C1:WON', toName: 'Won' };
    const text = encodeEntry(entry({ change: change({ kind: 'delete', items }) }), false);
    expect(text).toContain('"ids":"1-3,7,9"');
    expect(decodeEntry(text, meta)?.change.items?.ids).toEqual([1, 2, 3, 7, 9]);
  });

  it('keeps a pipeline rename’s former name, as text', () => {
    const renamed = entry({
      change: change({
        kind: 'pipeline-rename',
        directory: { entityId: 'DEAL_STAGE_4', name: 'B' },
        formerName: 'A',
        stages: [],
      }),
    });
    expect(decodeEntry(encodeEntry(renamed, false), meta)).toEqual(renamed);
    const odd = storedWith((r) => (r['formerName'] = { html: '<b>' }));
    expect(decodeEntry(odd, meta)).toBeNull();
  });

  it.each([
    ['not JSON', 'not json {'],
    ['JSON but not an object', '[1,2]'],
    ['another app', storedWith((r) => (r['app'] = 'someone-else'))],
    ['another version', storedWith((r) => (r['v'] = 2))],
    ['an unknown kind', storedWith((r) => (r['kind'] = 'explode'))],
    ['a colour that is no hex', storedWith((r) => setStage(r, 'color', 'red;background:url(x)'))],
    ['a name that is no text', storedWith((r) => setStage(r, 'name', { html: '<b>' }))],
    ['a name longer than any stage name', storedWith((r) => setStage(r, 'name', 'x'.repeat(300)))],
    ['a SORT that is no integer', storedWith((r) => setStage(r, 'sort', 1.5))],
    ['an unknown group', storedWith((r) => setStage(r, 'group', 'limbo'))],
    ['a row id that is no number', storedWith((r) => setStage(r, 'id', '1 OR 1'))],
    [
      'a directory id with odd characters',
      storedWith((r) => (r['dir'] = { id: 'A B', name: 'x' })),
    ],
    ['items as a list', storedWith((r) => (r['items'] = { ids: [1], from: 'A', to: 'B' }))],
    ['an outcome without a status', storedWith((r) => (r['outcome'] = { reason: 'x' }))],
    ['a bad key', storedWith((r) => (r['key'] = '../x'))],
    ['an unreadable time', storedWith((r) => (r['at'] = 'yesterday'))],
  ])('skips %s', (_what, text) => {
    expect(decodeEntry(text, meta)).toBeNull();
  });

  it('skips an entry whose storage id is not a number', () => {
    expect(decodeEntry(encodeEntry(entry(), false), { ...meta, id: 'x' })).toBeNull();
  });

  it('round-trips any well-formed entry (property)', () => {
    const text = fc.string({ maxLength: 40 });
    const snapshot = fc.record({
      id: fc.integer({ min: 1, max: 1e9 }).map(String),
      statusId: fc.string({ minLength: 1, maxLength: 30 }),
      name: text,
      color: fc.option(
        fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
      ),
      sort: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      group: fc.constantFrom(...GROUPS),
      system: fc.boolean(),
    });
    const arbitrary = fc.record({
      key: fc.stringMatching(/^[a-z0-9]{1,20}$/),
      kind: fc.constantFrom(...JOURNAL_KINDS),
      name: text,
      before: fc.option(snapshot),
      after: snapshot,
      who: text,
      reason: fc.option(text),
    });
    fc.assert(
      fc.property(arbitrary, (a) => {
        const original: JournalEntry = {
          key: a.key,
          id: '2301',
          at: meta.createdAt,
          who: { id: '1', name: a.who },
          change: {
            kind: a.kind,
            directory: { entityId: 'DEAL_STAGE', name: a.name },
            stages: [{ before: a.before, after: a.after }],
            outcome:
              a.reason === null ? { status: 'saved' } : { status: 'refused', reason: a.reason },
          },
        };
        expect(decodeEntry(encodeEntry(original, false), meta)).toEqual(original);
      }),
    );
  });
});

describe('decodePendingEntry', () => {
  it('reads an entry kept in the browser as not yet recorded, its author unknown until written', () => {
    const pending = entry({ id: null, who: null, at: '2026-11-01T11:00:00+00:00' });
    expect(decodePendingEntry(encodeEntry(pending, true))).toEqual(pending);
  });
  it.each([[42], [null], ['{}'], [JSON.stringify({ app: JOURNAL_APP })]])(
    'drops what is not one (%s)',
    (value) => {
      expect(decodePendingEntry(value)).toBeNull();
    },
  );
});

function setStage(raw: Record<string, unknown>, field: string, value: unknown) {
  const stages = raw['stages'] as { b: Record<string, unknown> }[];
  const first = stages[0];
  if (first) first.b = { ...snap('1'), [field]: value };
}
