import { describe, expect, it } from 'vitest';
import type { Stage } from '../domain/stage';
import { findOurs } from './stage-add';
import { notSaved, restFields } from './stage-rows';

const held: Stage = {
  id: '109',
  statusId: 'C1:FINAL_INVOICE',
  entityId: 'DEAL_STAGE_1',
  name: 'Final Invoice',
  nameInit: null,
  sort: 50,
  color: '#ffa900',
  group: 'process',
  system: false,
  categoryId: 1,
};

describe('notSaved: what was sent against what the portal holds afterwards', () => {
  it.each([
    [{ name: 'Final Invoice' }, null],
    [{ name: '  Final Invoice ' }, null],
    [{ color: '#FFA900' }, null],
    [{ color: 'ffa900' }, null],
    [{ sort: 50 }, null],
    [{ name: '' }, ['empty-name', 'Final Invoice']],
    [{ name: '   ' }, ['empty-name', 'Final Invoice']],
    [{ name: '0' }, ['empty-name', 'Final Invoice']],
    [{ name: 'x'.repeat(101) }, ['name-too-long', 'Final Invoice']],
    [{ name: 'Closing invoice' }, ['not-kept', 'Final Invoice']],
    [{ sort: -5 }, ['not-kept', '50']],
    [{ color: '#000000' }, ['not-kept', '#ffa900']],
    [{ name: 'Final Invoice', sort: 0 }, ['not-kept', '50']],
  ] as const)('%j → %j', (sent, expected) => {
    const error = notSaved(sent, held);
    expect(error && [error.reason, error.description]).toEqual(expected);
    if (error) expect(error.kind).toBe('not-saved');
  });
});

describe('restFields', () => {
  it('names the REST fields and always sends a colour with its #', () => {
    expect(restFields({ name: 'A', sort: 10, color: 'aabbcc' })).toEqual({
      NAME: 'A',
      SORT: 10,
      COLOR: '#aabbcc',
    });
    expect(restFields({ sort: 20 })).toEqual({ SORT: 20 });
  });
});

describe('findOurs: our stage after a lost answer, by STATUS_ID in any case', () => {
  const plan = {
    entityId: 'DEAL_STAGE_1',
    code: 'FINAL_INVOICE',
    statusId: 'C1:FINAL_INVOICE',
    name: 'Final Invoice ',
    sort: 50,
    semantics: '' as const,
    color: '#ffa900',
    categoryId: 1,
  };
  it.each([
    ['C1:FINAL_INVOICE', 'Final Invoice', true],
    ['c1:final_invoice', 'Final Invoice', true],
    ['C1:FINAL_INVOICE', 'Someone else’s stage', false],
    ['C1:FINAL', 'Final Invoice', false],
  ])('%s named %s → %s', (statusId, name, ours) => {
    expect(findOurs([{ ...held, statusId, name }], plan) !== null).toBe(ours);
  });
});
