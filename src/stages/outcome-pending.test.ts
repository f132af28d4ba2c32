import { describe, expect, it } from 'vitest';
import { PREPARATION_TO_FAILURE } from '../domain/test-outcome';
import { decodeOutcomes, PendingOutcomes } from './outcome-pending';

const change = PREPARATION_TO_FAILURE;

describe('unfinished outcome changes kept in the user option', () => {
  it('keeps, reads back and drops a change', () => {
    const option = new Map<string, string>();
    const portal = {
      userOption: (n: string) => option.get(n) ?? null,
      setUserOption: (n: string, v: string) => void option.set(n, v),
    };
    const store = new PendingOutcomes(portal);
    store.keep(change);
    expect(new PendingOutcomes(portal).get()).toEqual([change]);
    store.drop(change);
    expect(option.get('outcomeChanges')).toBe('');
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', '{"a":1}'],
    ['a row id that is no number', JSON.stringify([{ ...change, oldId: '../1' }])],
    ['a name with control characters', JSON.stringify([{ ...change, name: 'A\u0000' }])],
    ['an unknown target', JSON.stringify([{ ...change, target: 'success' }])],
    ['a directory code with markup', JSON.stringify([{ ...change, entityId: '<b>' }])],
  ])('%s is left out, never thrown', (_spec, text) => {
    expect(decodeOutcomes(text)).toEqual([]);
  });
});
