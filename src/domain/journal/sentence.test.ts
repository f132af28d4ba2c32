import { describe, expect, it } from 'vitest';
import { sentenceOf } from './sentence';
import { change, entry, snap } from './test-entries';

const of = (c: Parameters<typeof change>[0], who = entry().who) =>
  sentenceOf(entry({ change: change(c), who }), 'me');

describe('sentenceOf', () => {
  it.each([
    [
      'a move after another stage',
      {
        kind: 'move',
        follows: 'Proposal',
        stages: [
          {
            before: snap('2', { name: 'Negotiation', sort: 10 }),
            after: snap('2', { name: 'Negotiation', sort: 35 }),
          },
        ],
      },
      {
        key: 'journalMove',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Negotiation',
          follows: 'Proposal',
        },
      },
    ],
    [
      'a move to the top of its group',
      {
        kind: 'move',
        follows: null,
        stages: [{ before: snap('2', { sort: 50 }), after: snap('2', { sort: 5 }) }],
      },
      {
        key: 'journalMoveFirst',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Stage 2' },
      },
    ],
    [
      'a rename',
      {},
      {
        key: 'journalRename',
        values: { who: 'Anna', directory: 'Sales pipeline', from: 'Invoice', to: 'Final Invoice' },
      },
    ],
    [
      'a recolour',
      {
        kind: 'recolour',
        stages: [
          {
            before: snap('4', { name: 'Won' }),
            after: snap('4', { name: 'Won', color: '#1eae43' }),
          },
        ],
      },
      {
        key: 'journalRecolour',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Won',
          from: '#7bd500',
          to: '#1eae43',
        },
      },
    ],
    [
      'a delete with its items',
      {
        kind: 'delete',
        stages: [{ before: snap('5', { name: 'Negotiation', statusId: 'C1:NEG' }), after: null }],
        items: { ids: [1, 2], from: 'C1:NEG', to: 'C1:NEW', toName: 'New' },
      },
      {
        key: 'journalDeleteItems',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Negotiation',
          statusId: 'C1:NEG',
          count: 2,
          target: 'New',
        },
      },
    ],
    [
      'an undo names what it undid',
      {
        kind: 'undo',
        ofKind: 'rename',
        of: 'k0',
        stages: [
          { before: snap('1', { name: 'Final Invoice' }), after: snap('1', { name: 'Invoice' }) },
        ],
      },
      {
        key: 'journalUndo',
        values: { who: 'Anna', directory: 'Sales pipeline', name: 'Final Invoice' },
        action: 'rename',
      },
    ],
    [
      'an outcome change’s add: the new stage’s code',
      {
        kind: 'outcome',
        stages: [
          { before: null, after: snap('9', { name: 'Proposal', statusId: 'C1:PROPOSAL' }) },
          { before: snap('5', { sort: 50 }), after: snap('5', { sort: 70 }) },
        ],
      },
      {
        key: 'journalOutcomeAdd',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Proposal',
          statusId: 'C1:PROPOSAL',
        },
      },
    ],
    [
      'an outcome change’s page of items: both codes (the two stages share a name)',
      {
        kind: 'outcome',
        stages: [],
        items: { ids: [1, 2], from: 'C1:OFFER', to: 'C1:PROPOSAL', fromName: 'Proposal' },
      },
      {
        key: 'journalOutcomeItems',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Proposal',
          count: 2,
          from: 'C1:OFFER',
          to: 'C1:PROPOSAL',
        },
      },
    ],
    [
      'an outcome change’s delete: the old stage’s code',
      {
        kind: 'outcome',
        stages: [{ before: snap('2', { name: 'Proposal', statusId: 'C1:OFFER' }), after: null }],
      },
      {
        key: 'journalOutcomeDelete',
        values: {
          who: 'Anna',
          directory: 'Sales pipeline',
          name: 'Proposal',
          statusId: 'C1:OFFER',
        },
      },
    ],
    [
      'a change from another feature',
      { kind: 'pipeline-add', stages: [] },
      {
        key: 'journalOther',
        values: { who: 'Anna', directory: 'Sales pipeline' },
        action: 'pipeline-add',
      },
    ],
  ] as const)('%s', (_what, c, sentence) => {
    expect(of(c as Parameters<typeof change>[0])).toEqual(sentence);
  });

  it('names an author without a name by id, and an unknown one by the fallback', () => {
    expect(of({}, { id: '7', name: ' ' }).values['who']).toBe('#7');
    expect(of({}, null).values['who']).toBe('me');
  });
});
