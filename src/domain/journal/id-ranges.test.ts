import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIdRanges, encodeIdRanges, MAX_ENTRY_IDS } from './id-ranges';

describe('item id ranges', () => {
  it.each([
    [[], ''],
    [[5], '5'],
    [[1, 2, 3], '1-3'],
    [[3, 1, 2, 2, 9, 10, 7], '1-3,7,9-10'],
  ])('%j ↔ %s', (ids, text) => {
    expect(encodeIdRanges(ids)).toBe(text);
    expect(decodeIdRanges(text)).toEqual([...new Set(ids)].sort((a, b) => a - b));
  });

  it.each(['1,,2', '3-1', '0', '-4', 'a', '1-2-3', '1;2', `1-${MAX_ENTRY_IDS + 1}`])(
    'refuses %s',
    (text) => {
      expect(decodeIdRanges(text)).toBeNull();
    },
  );

  it('round-trips any set of ids (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 300 }), (ids) => {
        expect(decodeIdRanges(encodeIdRanges(ids))).toEqual(
          [...new Set(ids)].sort((a, b) => a - b),
        );
      }),
    );
  });
});
