import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../change';
import type { JournalEntry } from './entry';
import { afterChange, EMPTY_STACKS, STACK_LIMIT, type UndoStacks } from './stacks';
import { change, entry } from './test-entries';

const e = (key: string, c: Partial<ChangeRecord> = {}): JournalEntry =>
  entry({ key, id: null, change: change(c) });
const keys = (s: UndoStacks) => ({
  undo: s.undo.map((x) => x.key),
  redo: s.redo.map((x) => x.key),
});
const run = (...entries: JournalEntry[]) => entries.reduce(afterChange, EMPTY_STACKS);

describe('undo stacks', () => {
  it.each([
    ['an edit goes on the undo stack', [e('a')], { undo: ['a'], redo: [] }],
    [
      'a refused edit does not',
      [e('a', { outcome: { status: 'refused', reason: 'x' } })],
      { undo: [], redo: [] },
    ],
    [
      'a partly saved edit does',
      [e('a', { outcome: { status: 'partly-saved', reason: 'x' } })],
      { undo: ['a'], redo: [] },
    ],
    [
      'an undo moves to the redo stack',
      [e('a'), e('u', { kind: 'undo', of: 'a' })],
      { undo: [], redo: ['u'] },
    ],
    [
      'a redo moves back',
      [e('a'), e('u', { kind: 'undo', of: 'a' }), e('r', { kind: 'redo', of: 'u' })],
      { undo: ['r'], redo: [] },
    ],
    [
      'a new edit clears the redo stack',
      [e('a'), e('b'), e('u', { kind: 'undo', of: 'b' }), e('c')],
      { undo: ['a', 'c'], redo: [] },
    ],
    [
      'a revert is a new edit',
      [e('a'), e('u', { kind: 'undo', of: 'a' }), e('v', { kind: 'revert', of: 'x' })],
      { undo: ['v'], redo: [] },
    ],
    [
      'a refused undo leaves both stacks as they were',
      [
        e('a'),
        e('u', { kind: 'undo', of: 'a', outcome: { status: 'refused', reason: 'conflict' } }),
      ],
      { undo: ['a'], redo: [] },
    ],
  ])('%s', (_what, entries, expected) => {
    expect(keys(run(...entries))).toEqual(expected);
  });

  it(`keeps the last ${STACK_LIMIT} changes`, () => {
    const many = Array.from({ length: STACK_LIMIT + 5 }, (_, n) => e(`k${n}`));
    const stacks = run(...many);
    expect(stacks.undo).toHaveLength(STACK_LIMIT);
    expect(stacks.undo[0]?.key).toBe('k5');
  });
});
